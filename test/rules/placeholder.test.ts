// placeholder: every text that New Nota's skeleton, the snippets or the writer's own templates leave to be
// replaced is an error, at its exact range; real text, also where it resembles a placeholder, is not.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_PURPOSES } from '../../server/src/core/catalog';
import { resolveConfig } from '../../server/src/core/config';
import { applyEdits } from '../../server/src/core/fixes';
import { createNotaSkeleton } from '../../server/src/core/skeleton';
import { buildSnippets } from '../../snippets/snippets';
import { dateVariables, expandSnippet } from '../grammar/snippet-expander';
import { checkText } from '../../server/src/core/engine';
import { REPO, VALID_NOTA, checkOptions, corpusFiles, findingsOf, lineOf } from '../support/check';
import { exampleUnder } from '../unit/rule-docs.test';

const found = (text: string, options: Parameters<typeof findingsOf>[2] = {}) => findingsOf(text, 'placeholder', options).map((finding) => text.slice(finding.span.start, finding.span.end));

/**
 * Snippet defaults that are real text, not placeholders. A new default must be added here or be found by
 * the rule: a snippet cannot gain a placeholder that the rule misses.
 */
const REAL_DEFAULTS = [
  '1', '2', '[5.1.2e]', 'de bijgevoegde brief', 'het voorstel', 'in te stemmen met het voorstel', 'de persoonsgegevens van ambtenaren',
  'In de openbaar gemaakte versie van deze nota zijn de persoonsgegevens van ambtenaren weggelaten op grond van artikel 5.1, tweede lid, onder e, van de Woo (5.1.2e).',
];
const TODAY = new Date(2024, 2, 12);

/** The default texts of a snippet's tab stops, innermost excluded (the date is built from variables). */
function defaultsOf(body: string[]): string[] {
  const defaults = [...body.join('\n').matchAll(/\$\{\d+:((?:[^${}\\]|\\.)*)\}/g)].map((match) => match[1].replace(/\\(.)/g, '$1'));
  // `${1:+januari}` inside a date transform is a format string, not a tab stop.
  return defaults.filter((text) => !/^[+?-]/.test(text));
}

describe('placeholder', () => {
  it('reports the failing example of its doc page at the documented places, and accepts the passing one', () => {
    const page = fs.readFileSync(path.join(REPO, 'docs', 'rules', 'placeholder.md'), 'utf8');
    const failing = exampleUnder(page, 'Failing example')!;
    const findings = findingsOf(failing, 'placeholder', { fileName: 'x.nota.md' });
    assert.deepEqual(
      findings.map((finding) => [lineOf(failing, finding), failing.slice(finding.span.start, finding.span.end), finding.severity]),
      [[2, 'Minister van …', 'error'], [9, '[Onderwerp]', 'error'], [lineOf(failing, findings[2]), '[De kern van de zaak in enkele punten.]', 'error']],
    );
    assert.match(failing.split('\n')[lineOf(failing, findings[2]) - 1], /^- \[De kern/);
    assert.equal(findings[0].message, 'Placeholder "Minister van …" is still in the text: replace it with what belongs here.');
    assert.deepEqual(found(exampleUnder(page, 'Passing example')!), []);
  });

  it('says it in Dutch too', () => {
    const { findings } = checkText('**Aan**  \nMinister van …\n', { ...checkOptions('x.nota.md'), locale: 'nl' });
    assert.deepEqual(findings.filter((f) => f.ruleId === 'placeholder').map((f) => f.message), ['Invultekst "Minister van …" staat nog in de tekst: vervang die door wat hier hoort.']);
  });

  for (const purpose of DEFAULT_PURPOSES) {
    it(`finds every placeholder the skeleton of New Nota leaves (TER ${purpose}), and nothing once they are filled`, () => {
      const skeleton = createNotaSkeleton({ purpose, aan: 'Minister van BZK', van: 'DGDOO', referentie: '2024-0000012345', datum: '12 maart 2024' }, resolveConfig([]));
      // Every bracketed text of the skeleton except its Woo marker is a placeholder, found where it is.
      const bracketed = [...skeleton.matchAll(/\[[^\]\n]+\]/g)].filter((match) => !/^\[5\.1\.\d[a-i]?\]$/.test(match[0]));
      assert.ok(bracketed.length >= 3);
      const findings = findingsOf(skeleton, 'placeholder', { fileName: 'x.nota.md' });
      assert.deepEqual(findings.map((f) => [f.span.start, f.span.end]), bracketed.map((match) => [match.index, match.index! + match[0].length]));
      const filled = applyEdits(skeleton, findings.map((f) => ({ span: f.span, newText: 'Ingevuld.' })));
      assert.deepEqual(found(filled, { fileName: 'x.nota.md' }), []);
    });
  }

  it('the skeleton with a subject has no [Onderwerp]', () => {
    const skeleton = createNotaSkeleton({ purpose: 'INFORMATIE', aan: 'a', van: 'b', referentie: 'c', datum: 'd', onderwerp: 'Voorstel' }, resolveConfig([]));
    assert.ok(!found(skeleton, { fileName: 'x.nota.md' }).includes('[Onderwerp]'));
  });

  for (const [name, snippet] of Object.entries(buildSnippets())) {
    it(`finds every placeholder of the snippet "${name}" expanded with its defaults, and nothing once they are filled`, () => {
      const fileName = snippet.scope.startsWith('nota-kv') ? 'x.kv.md' : 'x.nota.md';
      const text = expandSnippet(snippet.body, dateVariables(TODAY));
      const placeholders = defaultsOf(snippet.body).filter((text) => !REAL_DEFAULTS.includes(text) && !text.includes('${'));
      const findings = findingsOf(text, 'placeholder', { fileName });
      assert.deepEqual(found(text, { fileName }).sort(), placeholders.sort(), 'found is not what the snippet leaves');
      const filled = applyEdits(text, findings.map((f) => ({ span: f.span, newText: 'Ingevuld' })));
      assert.deepEqual(found(filled, { fileName }), []);
    });
  }

  it('a word of a snippet line is a placeholder only where that line is written as in the snippet', () => {
    const kv = 'Vragen van het lid Naam (fractie) aan de minister van … over onderwerp (ingezonden D maand JJJJ).\n\nVraag 1\nWat is de Naam van het onderwerp?\n\nAntwoord 1\nDe Naam van de bijlage staat in de tabel.\n';
    assert.deepEqual(found(kv, { fileName: 'x.kv.md' }), ['Naam', 'fractie', 'minister van …', 'onderwerp', 'D maand JJJJ']);
    const filled = 'Vragen van het lid Van Dijk (SP) aan de minister van BZK over onderwerp X (ingezonden 4 maart 2024).\n\nVraag 1\nWat?\n\nAntwoord 1\nDit.\n';
    assert.deepEqual(found(filled, { fileName: 'x.kv.md' }), []);
    const table = VALID_NOTA.concat('\n### Bijlagen\n\n| Volgnummer | Naam | Informatie |\n| --- | --- | --- |\n| 1 | Naam van de bijlage |  |\n|2|  Naam van de bijlage |x|\n| 3 | Naam van de bijlage over X | |\n');
    assert.deepEqual(findingsOf(table, 'placeholder', { fileName: 'x.nota.md' }).map((f) => [lineOf(table, f), table.slice(f.span.start, f.span.end)]), [
      [53, 'Naam van de bijlage'],
      [54, 'Naam van de bijlage'],
    ]);
  });

  it("finds the writer's own placeholders (option placeholders) and those of configured sections", () => {
    const text = VALID_NOTA.replace('U wordt verzocht', 'XXX: [Naam directeur] verzoekt u').concat('\n### Risico\n\n[Risico]\n');
    const layer = { rules: { placeholder: { severity: 'error' as const, options: { placeholders: ['[Naam directeur]', 'XXX'] } } }, sections: [{ name: 'Risico', required: false }] };
    assert.deepEqual(found(text, { fileName: 'x.nota.md', layer }), ['XXX', '[Naam directeur]', '[Risico]']);
    assert.deepEqual(found(text, { fileName: 'x.nota.md' }), []);
  });

  it('leaves a Woo marker, a quotation\'s [...] and a footnote [1] alone, and finds nothing in the corpus', () => {
    assert.deepEqual(found(VALID_NOTA.replace('- Met de regeling', '- Hij zei: "[…] dat [de minister] het wist" [1]. Met de regeling'), { fileName: 'x.nota.md' }), []);
    for (const file of corpusFiles()) assert.deepEqual(found(fs.readFileSync(file, 'utf8'), { fileName: path.basename(file) }), [], file);
  });
});
