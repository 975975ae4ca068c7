// Prose editing: the editor settings the extension contributes for its two languages (as VS Code does for
// Markdown), and the completion that still comes where Nota offers something once quick suggestions are off.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMPLETION_TRIGGERS, completion } from '../../server/src/lsp/features/completion';
import { REPO, VALID_NOTA } from '../support/check';
import { NOT_CANCELLED, ServiceHarness, testUri } from '../support/service-harness';

const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));

describe('editor defaults for prose', () => {
  for (const language of ['nota', 'nota-kv']) {
    it(`[${language}]: word wrap on, no quick or word-based suggestions, no unicode highlighting of pasted PDF punctuation`, () => {
      assert.deepEqual(manifest.contributes.configurationDefaults[`[${language}]`], {
        'editor.wordWrap': 'on',
        'editor.quickSuggestions': { comments: 'off', strings: 'off', other: 'off' },
        'editor.wordBasedSuggestions': 'off',
        'editor.suggestOnTriggerCharacters': true,
        'editor.unicodeHighlight.ambiguousCharacters': false,
        'editor.unicodeHighlight.invisibleCharacters': false,
      });
    });
  }

  describe('completion with quick suggestions off', () => {
    const harness = new ServiceHarness();
    after(() => harness.dispose());
    const text = VALID_NOTA.replace('een motie aangenomen', 'een motie aangenomen. De pil').replace('### Kern', '### Kern\n\nTER \n\nNaam: [\n\n### ');
    const lines = text.split('\n');
    const itemsAt = async (lineText: string, character = lineText.length) => {
      const context = await harness.open(testUri('defaults.nota.md'), text);
      const line = lines.indexOf(lines.find((candidate) => candidate.startsWith(lineText))!);
      return completion(context, { textDocument: { uri: context.uri }, position: { line, character } }, NOT_CANCELLED).map((item) => item.label);
    };

    it('the trigger characters are those of a heading, a Woo marker and a purpose or month after a space', () => {
      assert.deepEqual(COMPLETION_TRIGGERS, ['#', '[', ' ']);
    });

    it('in running prose nothing is offered, so Enter after "De pil" inserts a line break', async () => {
      const line = lines.find((candidate) => candidate.includes('De pil'))!;
      assert.deepEqual(await itemsAt(line.slice(0, 10), line.indexOf('De pil') + 'De pil'.length), []);
      assert.deepEqual(await itemsAt(line.slice(0, 10), line.indexOf('De pil') + 'De pil '.length), []);
    });

    it('after "TER ", "[" and "### " the purposes, the Woo grounds and the missing sections are offered', async () => {
      assert.deepEqual(await itemsAt('TER '), ['BESLUITVORMING', 'ONDERTEKENING', 'INFORMATIE', 'ADVISERING', 'KENNISNAME', 'GOEDKEURING', 'BESPREKING']);
      assert.deepEqual((await itemsAt('Naam: [')).slice(0, 3), ['5.1.1a', '5.1.1b', '5.1.1c']);
      assert.deepEqual(await itemsAt('### ', 4), ['Toelichting', 'Politieke context', 'Financiële consequenties', 'Juridische aspecten', 'Communicatie', 'Uitvoering', 'Bijlagen']);
    });

    it('each built-in purpose after "TER " carries its one-line description', async () => {
      const context = await harness.open(testUri('defaults.nota.md'), text);
      const line = lines.indexOf('TER ');
      const items = completion(context, { textDocument: { uri: context.uri }, position: { line, character: 4 } }, NOT_CANCELLED);
      assert.deepEqual(items.slice(0, 3).map((item) => [item.label, item.documentation]), [
        ['BESLUITVORMING', 'The addressee decides on a proposal (a beslisnota).'],
        ['ONDERTEKENING', 'The addressee signs a letter or decision that comes with it.'],
        ['INFORMATIE', 'For information: no decision asked.'],
      ]);
    });
  });
});
