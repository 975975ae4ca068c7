import { GFM_HEAD, NOTA, withBijlagen } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const rows = ['| 1 | Conceptregeling | |', '| 2 | Advies Raad van State | ter inzage |'];

ruleTester('bijlagen-count', {
  valid: [
    { name: 'the count equals the rows', text: withBijlagen('2', [...GFM_HEAD, ...rows]) },
    { name: 'Bijlage(n) 0 and no Bijlagen section', text: NOTA },
    { name: 'no table to count (bijlagen-table reports that)', text: withBijlagen('2', ['Zie de lijst.']) },
    { name: 'a count that is not a number (field-value reports that)', text: withBijlagen('twee', [...GFM_HEAD, ...rows]) },
    { name: 'a beantwoording is not checked', kind: 'beantwoording', text: withBijlagen('3', [...GFM_HEAD, ...rows]) },
  ],
  invalid: [
    {
      name: 'more in the count than in the table: fix the count',
      text: withBijlagen('3', [...GFM_HEAD, ...rows]),
      findings: [
        {
          messageId: 'bijlagen-count', line: 29, column: 1, endLine: 29, endColumn: 2, message: '"Bijlage(n)" says 3, but the Bijlagen table has 2 row(s).',
          fixes: [{ title: 'Set "Bijlage(n)" to 2', output: withBijlagen('2', [...GFM_HEAD, ...rows]) }],
        },
      ],
    },
    {
      name: 'fewer in the count than in the table',
      text: withBijlagen('1', [...GFM_HEAD, ...rows]),
      findings: [{ messageId: 'bijlagen-count', line: 29, column: 1, endLine: 29, endColumn: 2, fixes: [{ title: 'Set "Bijlage(n)" to 2', output: withBijlagen('2', [...GFM_HEAD, ...rows]) }] }],
    },
    {
      name: 'a count of 0 with a table of one row',
      text: withBijlagen('0', [...GFM_HEAD, rows[0]]),
      findings: [{ messageId: 'bijlagen-count', line: 29, column: 1, endLine: 29, endColumn: 2, fixes: [{ title: 'Set "Bijlage(n)" to 1', output: withBijlagen('1', [...GFM_HEAD, rows[0]]) }] }],
    },
  ],
});
