import { KV, edit, withSentence } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('date-weekday', {
  valid: [
    { name: 'the right weekday', text: withSentence('Het overleg is op dinsdag 12 maart 2024.') },
    { name: 'the right weekday of a date without a year, resolved against the Datum', text: withSentence('Het overleg was op maandag 4 maart jl.') },
    { name: 'a date without a weekday', text: withSentence('Het overleg is op 12 maart 2024.') },
    { name: 'a date without a year that does not exist is left to date-invalid', text: withSentence('Het overleg was op maandag 30 februari jl.') },
  ],
  invalid: [
    {
      name: 'the wrong weekday: the right one as fix',
      text: withSentence('Het overleg is op woensdag 12 maart 2024.'),
      findings: [
        {
          messageId: 'date-weekday', line: 33, column: 110, endLine: 33, endColumn: 118, message: '12 maart 2024 is a dinsdag, not a woensdag.',
          fixes: [{ title: 'Change to "dinsdag"', output: withSentence('Het overleg is op dinsdag 12 maart 2024.') }],
        },
      ],
    },
    {
      name: 'a capitalised weekday keeps its capital',
      text: withSentence('Woensdag 12 maart 2024 is het overleg.'),
      findings: [{ messageId: 'date-weekday', line: 33, column: 92, endLine: 33, endColumn: 100, fixes: [{ title: 'Change to "Dinsdag"', output: withSentence('Dinsdag 12 maart 2024 is het overleg.') }] }],
    },
    {
      // Was "4 maart is a ?, not a dinsdag.", without a fix: the weekday of the resolved date was not used.
      name: 'a date without a year, resolved against the Datum: the weekday of that date, with a fix',
      text: withSentence('Het overleg was op dinsdag 4 maart jl.'),
      findings: [{ messageId: 'date-weekday', line: 33, column: 111, endLine: 33, endColumn: 118, message: '4 maart is a maandag, not a dinsdag.', fixes: [{ title: 'Change to "maandag"', output: withSentence('Het overleg was op maandag 4 maart jl.') }] }],
    },
    {
      name: 'in a beantwoording',
      kind: 'beantwoording',
      text: edit(KV, 'ingezonden 8 januari 2024', 'ingezonden dinsdag 8 januari 2024'),
      findings: [{ messageId: 'date-weekday', line: 1, column: 146, endLine: 1, endColumn: 153, fixes: [{ title: 'Change to "maandag"', output: edit(KV, 'ingezonden 8 januari 2024', 'ingezonden maandag 8 januari 2024') }] }],
    },
  ],
});
