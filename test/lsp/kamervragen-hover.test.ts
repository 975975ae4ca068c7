// Hover on "ingezonden …" in a beantwoording or a nota about one: the answer date and the uitstelbericht.
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver';
import { hover } from '../../server/src/lsp/features/hover';
import { KV, NOTA, edit } from '../support/fixtures';
import { NOT_CANCELLED, ServiceHarness, testUri } from '../support/service-harness';

describe('hover: Kamervragen deadlines', () => {
  const hoverAt = async (text: string, needle: string, delta: number, options: { locale?: 'en' | 'nl'; name?: string } = {}) => {
    const harness = new ServiceHarness({ locale: options.locale });
    try {
      const name = options.name ?? 'kv.kv.md';
      const context = await harness.open(testUri(name), text, name.endsWith('.kv.md') ? 'nota-kv' : 'nota');
      const lines = text.split('\n');
      const line = lines.findIndex((candidate) => candidate.includes(needle));
      const result = hover(context, { textDocument: { uri: context.uri }, position: { line, character: lines[line].indexOf(needle) + delta } }, NOT_CANCELLED);
      return result && { value: (result.contents as MarkupContent).value, range: result.range };
    } finally {
      await harness.dispose();
    }
  };

  it('on the word "ingezonden" and on its date: due in three weeks, the uitstelbericht by then, six weeks after one', async () => {
    const expected = 'Questions ingezonden on **8 januari 2024**: the answer is due by **29 januari 2024** (three weeks). If that is not possible, an uitstelbericht is due by **29 januari 2024**, and the answer then by **19 februari 2024** (three more weeks).';
    const onWord = await hoverAt(KV, 'ingezonden 8 januari', 2);
    assert.equal(onWord?.value, expected);
    const start = KV.split('\n')[0].indexOf('ingezonden');
    assert.deepEqual(onWord?.range, { start: { line: 0, character: start }, end: { line: 0, character: start + 'ingezonden 8 januari 2024'.length } });
    assert.equal((await hoverAt(KV, '8 januari 2024', 3))?.value, expected);
  });

  it('in a nota about questions, in Dutch, across a month end', async () => {
    const text = edit(NOTA, 'een motie aangenomen', 'Kamervragen (ingezonden 15 februari 2024) gesteld');
    assert.equal(
      (await hoverAt(text, 'ingezonden', 1, { locale: 'nl', name: 'over.nota.md' }))?.value,
      'Vragen ingezonden op **15 februari 2024**: het antwoord is uiterlijk **7 maart 2024** verschuldigd (drie weken). Lukt dat niet, dan moet vóór **7 maart 2024** een uitstelbericht zijn gestuurd, en volgt het antwoord uiterlijk **28 maart 2024** (drie weken later).',
    );
  });

  it('another date keeps its weekday hover', async () => {
    assert.equal((await hoverAt(KV, '29 januari 2024', 2))?.value, '**29 januari 2024** is a Monday.');
  });
});
