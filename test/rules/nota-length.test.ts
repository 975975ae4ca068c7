import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NOTA, edit } from '../support/fixtures';
import { REPO, check } from '../support/check';
import { ruleTester } from '../support/rule-tester';
import { documentLength } from '../../server/src/core/writing/length';

const page = fs.readFileSync(path.join(REPO, 'docs', 'rules', 'nota-length.md'), 'utf8');
/** The failing example of the rule's page: a nota of about 2.3 pages. */
const LONG = /^## Failing example\s*\n+```nota\n([\s\S]*?)^```$/m.exec(page)![1];
const wordsOf = (text: string) => documentLength(check(text, { fileName: 'w.nota.md' }).doc, 500).words;

ruleTester('nota-length', {
  valid: [
    { name: 'the example nota is well under two pages', text: NOTA },
    { name: 'a long nota under a configured limit of three pages', text: LONG, options: { maxPages: 3 } },
    { name: 'a beantwoording is not measured', kind: 'beantwoording', text: LONG },
    { name: 'exactly at the limit (the example nota has 113 words: one page of 113)', text: NOTA, options: { maxPages: 1, wordsPerPage: 113 } },
  ],
  invalid: [
    {
      name: 'one word over the limit',
      text: NOTA,
      options: { maxPages: 1, wordsPerPage: 112 },
      findings: [{ messageId: 'nota-length', line: 9, column: 1, endLine: 9, endColumn: 70, message: 'The nota is about 1.1 pages (113 words), more than the limit of 1: shorten it or move detail to a bijlage.' }],
    },
    {
      name: 'over two pages: one hint, on the subject',
      text: LONG,
      findings: [{ messageId: 'nota-length', line: 9, column: 1, endLine: 9, endColumn: 52, message: 'The nota is about 2.3 pages (1137 words), more than the limit of 2: shorten it or move detail to a bijlage.' }],
    },
    {
      name: 'fewer words to a page: the example nota is over the limit; in Dutch with a decimal comma',
      text: NOTA,
      options: { maxPages: 1.5, wordsPerPage: 50 },
      locale: 'nl',
      findings: [{ messageId: 'nota-length', line: 9, column: 1, endLine: 9, endColumn: 70, message: `De nota is ongeveer ${Math.ceil((wordsOf(NOTA) / 50) * 10) / 10}`.replace('.', ',') + ` pagina's (${wordsOf(NOTA)} woorden), meer dan de grens van 1,5: kort hem in of zet details in een bijlage.` }],
    },
  ],
});

describe('documentLength', () => {
  it('counts the words a reader sees: header and prose, not code or HTML comments', () => {
    const base = wordsOf(NOTA);
    assert.equal(wordsOf(edit(NOTA, 'digitale toegankelijkheid.', 'digitale toegankelijkheid. Drie woorden erbij.')), base + 3);
    assert.equal(wordsOf(edit(NOTA, '### Kern', '<!-- een opmerking van vier woorden -->\n\n```\ncode telt niet\n```\n\n### Kern')), base);
    assert.equal(wordsOf(edit(NOTA, 'digitale toegankelijkheid.', 'digitale toegankelijkheid. Het VN-verdrag en 2,5 miljoen.')), base + 5);
  });
});
