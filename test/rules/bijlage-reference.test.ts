import { GFM_HEAD, withBijlagen, withSentence } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const two = [...GFM_HEAD, '| 1 | Concept | |', '| 2 | Advies | |'];

ruleTester('bijlage-reference', {
  valid: [
    { name: 'references to existing rows', text: withBijlagen('2', two, 'Zie bijlage 1 en Bijlage 2.') },
    { name: 'no table and a count other than 0: nothing certain', text: withBijlagen('2', ['Zie de lijst.'], 'Zie bijlage 3.') },
    { name: 'a beantwoording is not checked', kind: 'beantwoording', text: withSentence('Zie bijlage 3.') },
  ],
  invalid: [
    {
      name: 'a reference beyond the table',
      text: withBijlagen('2', two, 'Zie bijlage 3.'),
      findings: [{ messageId: 'bijlage-reference', line: 33, column: 96, endLine: 33, endColumn: 105, message: '"bijlage 3" refers to no row of the Bijlagen table (2 row(s)).' }],
    },
    {
      name: 'Bijlage(n) 0 and no table: every reference is wrong',
      text: withSentence('Zie bijlage 1.'),
      findings: [{ messageId: 'bijlage-reference', line: 33, column: 96, endLine: 33, endColumn: 105, message: '"bijlage 1" refers to no row of the Bijlagen table (0 row(s)).' }],
    },
  ],
});
