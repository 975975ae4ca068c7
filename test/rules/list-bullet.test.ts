import assert from 'node:assert/strict';
import { NOTA, edit, inAnswer } from '../support/fixtures';
import { check, readCorpus } from '../support/check';
import { fixAll } from '../../server/src/core/fixes';
import { ruleTester } from '../support/rule-tester';

/** The nota with `text` after the paragraph of Geadviseerd besluit, no blank line between. */
const inBesluit = (text: string) => edit(NOTA, 'in te stemmen met het voorstel.', `in te stemmen met het voorstel.\n${text}`);
const pasted = inBesluit('\uF0B7 toegankelijkheid;\n  \u2022 vindbaarheid.');
const answer = inAnswer('Het kabinet:\n\u2022 onderzoekt dit.');
// A plain-text nota: two pasted items run into the plain line "Kern"; the third item ends at a blank line.
const PLAIN_ITEMS = 'Aan\nMinister\n\nVan\nDGDOO\n\nOnderwerp\nIets\n\nTER INFORMATIE\n\nNota actief openbaar\nNee\n\nOnze referentie\n2024-0000098765\n\nDatum\n21 maart 2024\n\nOpgesteld door\nA. Auteur\n\nBijlage(n)\n0\n\nAanleiding\n\n\u2022 eerste punt;\n\u2022 tweede punt.\nKern\n\n\u2022 derde punt.\n\nToelichting\n\nTekst.\n';
const BULLET_MESSAGE = 'List item with a bullet pasted from a PDF (•); Markdown writes "-".';
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

ruleTester('list-bullet', {
  valid: [
    { name: 'Markdown bullets', text: NOTA },
    { name: 'a bullet inside a sentence is no list item', text: inBesluit('Het teken \u2022 staat midden in de zin.') },
    { name: 'a bullet in a code block', text: inBesluit('```\n\u2022 code\n```') },
  ],
  invalid: [
    {
      name: 'U+F0B7 and an indented • at line start: each becomes "-" (safe)',
      text: pasted,
      findings: [
        {
          messageId: 'list-bullet', line: lineOf(pasted, 'toegankelijkheid;'), column: 1, endLine: lineOf(pasted, 'toegankelijkheid;'), endColumn: 2,
          message: 'List item with a bullet pasted from a PDF (U+F0B7); Markdown writes "-".',
          fixes: [{ title: 'Replace the bullet with "-"', output: pasted.replace('\uF0B7 toegankelijkheid', '- toegankelijkheid') }],
        },
        { messageId: 'list-bullet', line: lineOf(pasted, 'vindbaarheid'), column: 3, endLine: lineOf(pasted, 'vindbaarheid'), endColumn: 4, message: 'List item with a bullet pasted from a PDF (•); Markdown writes "-".', fixes: [{ title: 'Replace the bullet with "-"', output: pasted.replace('\u2022 vindbaarheid', '- vindbaarheid') }] },
      ],
      output: pasted.replace('\uF0B7 toegankelijkheid', '- toegankelijkheid').replace('\u2022 vindbaarheid', '- vindbaarheid'),
    },
    {
      name: 'in a beantwoording too',
      kind: 'beantwoording',
      text: answer,
      findings: [{ messageId: 'list-bullet', line: 10, column: 1, endLine: 10, endColumn: 2, fixes: [{ title: 'Replace the bullet with "-"', output: answer.replace('\u2022 onderzoekt', '- onderzoekt') }] }],
      output: answer.replace('\u2022 onderzoekt', '- onderzoekt'),
    },
    {
      // Once the first bullet is "-", the next "•" line and "Kern" are read as the rest of that item.
      name: 'items that run into a plain section name wait, also the earlier ones; an item ending at a blank line is fixed',
      text: PLAIN_ITEMS,
      findings: [
        { messageId: 'list-bullet', line: 29, column: 1, endLine: 29, endColumn: 2, message: BULLET_MESSAGE },
        { messageId: 'list-bullet', line: 30, column: 1, endLine: 30, endColumn: 2 },
        { messageId: 'list-bullet', line: 33, column: 1, endLine: 33, endColumn: 2, fixes: [{ title: 'Replace the bullet with "-"', output: PLAIN_ITEMS.replace('\u2022 derde', '- derde') }] },
      ],
      output: PLAIN_ITEMS.replace('\u2022 derde', '- derde'),
    },
    {
      name: 'an item on the last line, without a final line break',
      text: `${NOTA}\n\u2022 laatste punt`,
      findings: [{ messageId: 'list-bullet', line: 49, column: 1, endLine: 49, endColumn: 2, fixes: [{ title: 'Replace the bullet with "-"', output: `${NOTA}\n- laatste punt` }] }],
      output: `${NOTA}\n- laatste punt`,
    },
  ],
});

describe('source layer: PDF bullets', () => {
  it('a line opened by U+F0B7 or • is a list item, one with the bullet inside a sentence stays a paragraph', () => {
    const { doc } = check(inBesluit('\uF0B7 eerste\n\u2022 tweede\nHet \u2022 derde'), { fileName: 'b.nota.md' });
    const blocks = (needle: string) => doc.lines.find((line) => line.text.includes(needle))!.block;
    assert.deepEqual([blocks('eerste'), blocks('tweede'), blocks('derde')], ['list', 'list', 'paragraph']);
  });
});

describe('list-bullet on text pasted from a PDF (seed 001)', () => {
  it('fix-all replaces every bullet and keeps every section, also "Toelichting" right after the last item', () => {
    const text = readCorpus('001');
    const before = check(text, { fileName: '001.nota.txt' });
    const last = before.findings.filter((finding) => finding.ruleId === 'list-bullet').at(-1)!;
    assert.deepEqual([before.doc.lineIndex.lineAt(last.span.start) + 1, last.fixes], [68, []], 'the item before the plain line "Toelichting" waits for heading-unmarked');
    const fixed = fixAll(text, (candidate) => check(candidate, { fileName: '001.nota.txt' }).findings).text;
    const after = check(fixed, { fileName: '001.nota.txt' });
    assert.deepEqual(after.doc.sections.map((section) => section.title), before.doc.sections.map((section) => section.title));
    assert.equal(fixed.includes('\uF0B7'), false);
    assert.match(fixed, /^- Voorts geeft u aan/m);
  });
});
