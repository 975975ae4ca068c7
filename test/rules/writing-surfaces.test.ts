// The writing rules' surfaces: hover on an abbreviation and on a section heading, and the CLI's
// `metrics` in --format json (additive: the array of files keeps its shape).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Position } from 'vscode-languageserver';
import { CachedReaders } from '../../server/src/core/cache/readers';
import { resolveConfig } from '../../server/src/core/config';
import { checkText } from '../../server/src/core/engine';
import { hover } from '../../server/src/lsp/features/hover';
import { REPO, check } from '../support/check';
import { nota } from './writing';

const NEVER = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };

function hoverText(text: string, position: Position, layer?: Parameters<typeof resolveConfig>[0][number]['layer']): string | undefined {
  const config = resolveConfig(layer ? [{ layer, origin: 'test' }] : []);
  const result = check(text, { layer });
  const context = { uri: 'file:///x.nota.md', version: 1, result, config, locale: 'en' as const, now: new Date(), fixAllText: async () => undefined };
  const answer = hover(context, { textDocument: { uri: context.uri }, position }, NEVER);
  return answer && typeof answer.contents === 'object' && 'value' in answer.contents ? answer.contents.value : undefined;
}

describe('writing rules in hover and the CLI', () => {
  const text = nota('- Wij doen dit elk jaar.\n- Het kost geen geld en de AMvB en de WCAG (Web Content Accessibility Guidelines) zijn klaar.');

  it('hover on an abbreviation shows its expansion: built in, configured, or given in the document', () => {
    const line = text.split('\n')[41];
    assert.equal(hoverText(text, { line: 41, character: line.indexOf('AMvB') + 1 }), '**AMvB**: algemene maatregel van bestuur');
    assert.equal(hoverText(text, { line: 41, character: line.indexOf('WCAG') }), '**WCAG**: Web Content Accessibility Guidelines');
    assert.equal(hoverText(text, { line: 4, character: 2 }), '**DGDOO**: directoraat-generaal Digitalisering en Overheidsorganisatie');
    const layer = { rules: { 'abbreviation-undefined': { severity: 'hint' as const, options: { expansions: { AMvB: 'Algemene Maatregel van Bestuur' } } } } };
    assert.equal(hoverText(text, { line: 41, character: line.indexOf('AMvB') }, layer), '**AMvB**: Algemene Maatregel van Bestuur');
  });

  it('hover on a section heading adds the section\'s readability figures', () => {
    const value = hoverText(text, { line: 38, character: 5 })!;
    assert.match(value, /^\*\*Kern\*\*: /);
    assert.match(value, /\n\nReadability: Flesch–Douma \*\*\d+(\.\d)?\*\*, 100% of 2 sentences within B1 guidance \(at most 20 words\), 21 words\.$/);
  });

  it('the language server\'s readers tokenize again only the paragraph an edit changed, with the same findings', () => {
    const config = resolveConfig([{ layer: { rules: { 'sentence-length': { severity: 'hint', options: { max: 3 } } } }, origin: 'test' }]);
    const readers = new CachedReaders();
    const many = nota(Array.from({ length: 40 }, (_, i) => `Alinea ${i} heeft een zin van zeven woorden.`).join('\n\n'));
    const run = (text: string, withReaders: boolean) => checkText(text, { config, locale: 'en', readers: withReaders ? readers : undefined }).findings.filter((f) => f.ruleId === 'sentence-length').map((f) => [f.span.start, f.span.end, f.message]);
    run(many, true);
    const before = readers.proseSentences.computedCharacters;
    const edited = many.replace('Alinea 20 heeft', 'Alinea 20 had');
    assert.deepEqual(run(edited, true), run(edited, false));
    assert.equal(readers.proseSentences.computedCharacters - before, 'Alinea 20 had een zin van zeven woorden.'.length);
  });

  it('nota check --format json gives metrics per file beside the diagnostics', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-writing-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.nota.md'), text);
      const result = spawnSync(process.execPath, [path.join(REPO, 'bin', 'nota.js'), 'check', '--format', 'json', 'a.nota.md'], { cwd: dir, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      const [file] = JSON.parse(result.stdout);
      assert.deepEqual(Object.keys(file), ['file', 'kind', 'diagnostics', 'metrics']);
      assert.deepEqual(file.diagnostics.map((d: { rule: string; line: number; column: number }) => `${d.rule} ${d.line}:${d.column}`), ['abbreviation-undefined 42:28']);
      const kern = file.metrics.sections.find((section: { title: string }) => section.title === 'Kern');
      assert.deepEqual([kern.line, kern.sentences, kern.words, kern.b1Share], [39, 2, 21, 1]);
      assert.equal(file.metrics.sentences, 5);
      const stylish = spawnSync(process.execPath, [path.join(REPO, 'bin', 'nota.js'), 'check', 'a.nota.md'], { cwd: dir, encoding: 'utf8' });
      assert.doesNotMatch(stylish.stdout, /metrics|Flesch/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
