import { KV, edit, withSentence } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('date-format', {
  valid: [
    { name: 'D maand JJJJ', text: withSentence('Op 1 april 2024 begint het.') },
    { name: 'a date that does not exist is date-invalid, not date-format', text: withSentence('Op 31-04-2024 begint het.') },
    { name: 'a beantwoording with canonical dates', kind: 'beantwoording', text: KV },
  ],
  invalid: [
    {
      name: 'a numeric date (safe fix)',
      text: withSentence('Op 01-04-2024 begint het.'),
      findings: [
        {
          messageId: 'date-format', line: 33, column: 95, endLine: 33, endColumn: 105, message: 'Write the date as "1 april 2024" (D maand JJJJ).',
          fixes: [{ title: 'Change to "1 april 2024"', output: withSentence('Op 1 april 2024 begint het.') }],
        },
      ],
      output: withSentence('Op 1 april 2024 begint het.'),
    },
    {
      name: 'an abbreviated month',
      text: withSentence('Op 1 apr. 2024 begint het.'),
      findings: [{ messageId: 'date-format', line: 33, column: 95, endLine: 33, endColumn: 106, fixes: [{ title: 'Change to "1 april 2024"', output: withSentence('Op 1 april 2024 begint het.') }] }],
      output: withSentence('Op 1 april 2024 begint het.'),
    },
    {
      name: 'a capitalised month',
      text: withSentence('Op 1 April 2024 begint het.'),
      findings: [{ messageId: 'date-format', line: 33, column: 95, endLine: 33, endColumn: 107, fixes: [{ title: 'Change to "1 april 2024"', output: withSentence('Op 1 april 2024 begint het.') }] }],
      output: withSentence('Op 1 april 2024 begint het.'),
    },
    {
      name: 'in a beantwoording',
      kind: 'beantwoording',
      text: edit(KV, 'NOS, 5 januari 2024', 'NOS, 05-01-2024'),
      findings: [{ messageId: 'date-format', line: 23, column: 9, endLine: 23, endColumn: 19, fixes: [{ title: 'Change to "5 januari 2024"', output: KV }] }],
      output: KV,
    },
  ],
});
