import { GFM_HEAD, withBijlagen } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('bijlagen-name', {
  valid: [
    { name: 'every row has a Naam', text: withBijlagen('2', [...GFM_HEAD, '| 1 | Concept | |', '| 2 | Advies | x |']) },
    { name: 'a beantwoording is not checked', kind: 'beantwoording', text: withBijlagen('1', [...GFM_HEAD, '| 1 |  | x |']) },
  ],
  invalid: [
    {
      name: 'an empty Naam: the whole row is marked',
      text: withBijlagen('2', [...GFM_HEAD, '| 1 | Concept | |', '| 2 |  | ter inzage |']),
      findings: [{ messageId: 'bijlagen-name', line: 54, column: 1, endLine: 54, endColumn: 22, message: 'Bijlage 2 has no Naam.' }],
    },
    {
      name: 'a Naam of spaces only, in a tab-separated table',
      text: withBijlagen('1', ['Volgnummer\tNaam\tInformatie', '1\t  \tx']),
      findings: [{ messageId: 'bijlagen-name', line: 52, column: 1, endLine: 52, endColumn: 7 }],
    },
    {
      name: 'a row without a number is named by its position',
      text: withBijlagen('1', [...GFM_HEAD, '| x |  | |']),
      findings: [{ messageId: 'bijlagen-name', line: 53, column: 1, endLine: 53, endColumn: 11, message: 'Bijlage 1 has no Naam.' }],
    },
  ],
});
