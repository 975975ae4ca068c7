import { GFM_HEAD, withBijlagen } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const table = (...numbers: string[]) => [...GFM_HEAD, ...numbers.map((n, i) => `| ${n} | Stuk ${String.fromCharCode(65 + i)} | |`)];

// Issue 22: 2,000 rows (70 KB) with file names: more than the 256 `_` a paragraph may hold, and a
// split for length; the row reader reads the table whole, so its last row is checked.
const longNumbers = (last: string) => [...Array.from({ length: 1999 }, (_, i) => String(i + 1)), last];
const longTable = (numbers: string[]) => [...GFM_HEAD, ...numbers.map((n, i) => `| ${n} | bijlage_${i + 1}.pdf | Brief van 1 mei |`)];
const longText = withBijlagen('2000', longTable(longNumbers('2001')));

ruleTester('bijlagen-numbering', {
  valid: [
    { name: 'numbered 1..N', text: withBijlagen('3', table('1', '2', '3')) },
    { name: 'a beantwoording is not checked', kind: 'beantwoording', text: withBijlagen('2', table('2', '1')) },
  ],
  invalid: [
    {
      name: 'a table of 2,000 rows with file names: a gap on its last row',
      text: longText,
      findings: [
        {
          messageId: 'bijlagen-numbering', line: longText.split('\n').length - 1, column: 3, endLine: longText.split('\n').length - 1, endColumn: 7,
          message: 'Volgnummer "2001" should be 2000: bijlagen are numbered 1..N in order.',
          fixes: [{ title: 'Renumber the bijlagen 1 to 2000 (references in the text follow)', output: withBijlagen('2000', longTable(longNumbers('2000'))) }],
        },
      ],
    },
    {
      name: 'a gap: the row is renumbered',
      text: withBijlagen('2', table('1', '3')),
      findings: [
        {
          messageId: 'bijlagen-numbering', line: 54, column: 3, endLine: 54, endColumn: 4, message: 'Volgnummer "3" should be 2: bijlagen are numbered 1..N in order.',
          fixes: [{ title: 'Renumber the bijlagen 1 to 2 (references in the text follow)', output: withBijlagen('2', table('1', '2')) }],
        },
      ],
    },
    {
      name: 'swapped rows: both renumbered, and "bijlage N" in the text follows its row',
      text: withBijlagen('2', table('2', '1'), 'Zie bijlage 1.'),
      findings: [
        {
          messageId: 'bijlagen-numbering', line: 53, column: 3, endLine: 53, endColumn: 4,
          fixes: [{ title: 'Renumber the bijlagen 1 to 2 (references in the text follow)', output: withBijlagen('2', table('1', '2'), 'Zie bijlage 2.') }],
        },
        {
          messageId: 'bijlagen-numbering', line: 54, column: 3, endLine: 54, endColumn: 4,
          fixes: [{ title: 'Renumber the bijlagen 1 to 2 (references in the text follow)', output: withBijlagen('2', table('1', '2'), 'Zie bijlage 2.') }],
        },
      ],
    },
    {
      name: 'a duplicate number: a reference to it is ambiguous and left alone',
      text: withBijlagen('3', table('1', '1', '2'), 'Zie bijlage 1 en bijlage 2.'),
      findings: [
        { messageId: 'bijlagen-numbering', line: 54, column: 3, endLine: 54, endColumn: 4, fixes: [{ title: 'Renumber the bijlagen 1 to 3 (references in the text follow)', output: withBijlagen('3', table('1', '2', '3'), 'Zie bijlage 1 en bijlage 3.') }] },
        { messageId: 'bijlagen-numbering', line: 55, column: 3, endLine: 55, endColumn: 4, fixes: [{ title: 'Renumber the bijlagen 1 to 3 (references in the text follow)', output: withBijlagen('3', table('1', '2', '3'), 'Zie bijlage 1 en bijlage 3.') }] },
      ],
    },
    {
      name: 'a Volgnummer that is not a number',
      text: withBijlagen('2', table('1', 'B')),
      findings: [{ messageId: 'bijlagen-numbering', line: 54, column: 3, endLine: 54, endColumn: 4, fixes: [{ title: 'Renumber the bijlagen 1 to 2 (references in the text follow)', output: withBijlagen('2', table('1', '2')) }] }],
    },
  ],
});
