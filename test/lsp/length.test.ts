// The length in the status bar: nota/documentInfo gives the words, the estimated pages and the limit of
// the nota-length rule as configured for the document.
import assert from 'node:assert/strict';
import { documentInfo } from '../../server/src/lsp/requests/documentInfo';
import { KV, NOTA, edit } from '../support/fixtures';
import { NOT_CANCELLED, ServiceHarness, testUri } from '../support/service-harness';

const sentence = 'Dit is een zin van precies tien woorden in Kern. ';
/** The example nota with `count` more sentences of ten words in its Kern. */
const withWords = (count: number) => edit(NOTA, '- Met de regeling', `- ${sentence.repeat(count)}Met de regeling`);

describe('nota/documentInfo: length', () => {
  const infoOf = async (text: string, settings?: Record<string, unknown>, name = 'length.nota.md') => {
    const harness = new ServiceHarness({ settings });
    try {
      const uri = testUri(name);
      await harness.open(uri, text, name.endsWith('.kv.md') ? 'nota-kv' : 'nota');
      return (await documentInfo(harness.service, { uri }, NOT_CANCELLED))!.length;
    } finally {
      await harness.dispose();
    }
  };

  it('the example nota: its words, a tenth of a page rounded up, against the default limit of two pages', async () => {
    const base = await infoOf(NOTA);
    assert.equal(base.maxPages, 2);
    assert.equal(base.pages, Math.ceil(base.words / 50) / 10);
    const longer = await infoOf(withWords(90));
    assert.deepEqual(longer, { words: base.words + 900, pages: Math.ceil((base.words + 900) / 50) / 10, maxPages: 2 });
    assert.ok(longer.pages > 2);
  });

  it('the limit and the words a page follow the rule options in the settings; off leaves no limit', async () => {
    const base = await infoOf(NOTA);
    assert.deepEqual(await infoOf(NOTA, { rules: { 'nota-length': ['hint', { maxPages: 1, wordsPerPage: 100 }] } }), { words: base.words, pages: Math.ceil(base.words / 10) / 10, maxPages: 1 });
    assert.deepEqual(await infoOf(NOTA, { rules: { 'nota-length': 'off' } }), { ...base, maxPages: null });
  });

  it('a beantwoording is measured without a limit', async () => {
    const length = await infoOf(KV, undefined, 'length.kv.md');
    assert.equal(length.maxPages, null);
    assert.ok(length.words > 100);
  });
});
