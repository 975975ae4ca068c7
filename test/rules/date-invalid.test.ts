import { KV, NOTA, edit, withSentence } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('date-invalid', {
  valid: [
    { name: 'existing dates', text: withSentence('Dat was op 30 november 2023 en 29 februari 2024.') },
    { name: 'the last day of a month', text: withSentence('Uiterlijk 31 december 2024.') },
    { name: 'a beantwoording with existing dates', kind: 'beantwoording', text: KV },
  ],
  invalid: [
    {
      name: '31 november',
      text: withSentence('Dat was op 31 november 2023.'),
      findings: [{ messageId: 'date-invalid', line: 33, column: 103, endLine: 33, endColumn: 119, message: '"31 november 2023" does not exist: november 2023 has 30 days.' }],
    },
    {
      name: '29 februari in a year that is not a leap year',
      text: withSentence('Dat was op 29 februari 2023.'),
      findings: [{ messageId: 'date-invalid', line: 33, column: 103, endLine: 33, endColumn: 119, message: '"29 februari 2023" does not exist: februari 2023 has 28 days.' }],
    },
    {
      name: 'a date without a year: no year to name',
      text: withSentence('Dat was op 31 april jl.'),
      findings: [{ messageId: 'date-invalid.no-year', line: 33, column: 103, endLine: 33, endColumn: 111, message: '"31 april" does not exist.' }],
    },
    {
      name: 'in the Datum field',
      text: edit(NOTA, '12 maart 2024', '32 maart 2024'),
      findings: [{ messageId: 'date-invalid', line: 20, column: 1, endLine: 20, endColumn: 14 }],
    },
    {
      name: 'in a beantwoording',
      kind: 'beantwoording',
      text: edit(KV, 'ontvangen 29 januari 2024', 'ontvangen 30 februari 2024'),
      findings: [{ messageId: 'date-invalid', line: 3, column: 87, endLine: 3, endColumn: 103 }],
    },
  ],
});
