import { KV, edit, withSentence } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('date-relative', {
  valid: [
    { name: 'jl. before the Datum, within a year', text: withSentence('Op 4 maart jl. is het besproken.') },
    { name: 'a.s. after the Datum', text: withSentence('Op 20 maart a.s. volgt het besluit.') },
    { name: 'jl. with a year', text: withSentence('Op 4 maart 2024 jl. is het besproken.') },
    { name: 'a date that does not exist is left to date-invalid', text: withSentence('Op 30 februari jl. is het besproken.') },
    { name: 'a beantwoording with no relative dates', kind: 'beantwoording', text: KV },
  ],
  invalid: [
    {
      name: '"j.l." is misspelt (safe fix)',
      text: withSentence('Op 4 maart j.l. is het besproken.'),
      findings: [
        {
          messageId: 'date-relative.spelling', line: 33, column: 103, endLine: 33, endColumn: 107, message: 'Write "jl.", not "j.l.".',
          fixes: [{ title: 'Change to "jl."', output: withSentence('Op 4 maart jl. is het besproken.') }],
        },
      ],
      output: withSentence('Op 4 maart jl. is het besproken.'),
    },
    {
      name: '"as." is misspelt',
      text: withSentence('Op 20 maart as. volgt het besluit.'),
      findings: [{ messageId: 'date-relative.spelling', line: 33, column: 104, endLine: 33, endColumn: 107, fixes: [{ title: 'Change to "a.s."', output: withSentence('Op 20 maart a.s. volgt het besluit.') }] }],
      output: withSentence('Op 20 maart a.s. volgt het besluit.'),
    },
    {
      name: 'jl. after the Datum',
      text: withSentence('Op 20 maart 2024 jl. is het besproken.'),
      findings: [{ messageId: 'date-relative.not-before', line: 33, column: 95, endLine: 33, endColumn: 112, message: '"20 maart 2024 jl." (jongstleden) must lie before the nota date 12 maart 2024, but 20 maart 2024 does not.' }],
    },
    {
      name: 'jl. more than a year before the Datum',
      text: withSentence('Op 4 maart 2022 jl. is het besproken.'),
      findings: [{ messageId: 'date-relative.too-old', line: 33, column: 95, endLine: 33, endColumn: 111 }],
    },
    {
      name: 'a.s. before the Datum',
      text: withSentence('Op 4 maart 2024 a.s. volgt het besluit.'),
      findings: [{ messageId: 'date-relative.not-after', line: 33, column: 95, endLine: 33, endColumn: 112 }],
    },
    {
      name: 'jl. on the Datum itself',
      text: withSentence('Op 12 maart jl. is het besproken.'),
      findings: [{ messageId: 'date-relative.same-day', line: 33, column: 95, endLine: 33, endColumn: 107, message: '"12 maart jl." refers to the nota date itself (12 maart 2024).' }],
    },
    {
      name: 'misspelt and after the Datum: both reported',
      text: withSentence('Op 20 maart 2024 j.l. is het besproken.'),
      findings: [
        { messageId: 'date-relative.not-before', line: 33, column: 95, endLine: 33, endColumn: 113 },
        { messageId: 'date-relative.spelling', line: 33, column: 109, endLine: 33, endColumn: 113, fixes: [{ title: 'Change to "jl."', output: withSentence('Op 20 maart 2024 jl. is het besproken.') }] },
      ],
      output: withSentence('Op 20 maart 2024 jl. is het besproken.'),
    },
    {
      name: 'in a beantwoording',
      kind: 'beantwoording',
      text: edit(KV, 'Op 1 januari 2024 stonden', 'Op 1 januari j.l. stonden'),
      findings: [{ messageId: 'date-relative.spelling', line: 15, column: 14, endLine: 15, endColumn: 18, fixes: [{ title: 'Change to "jl."', output: edit(KV, 'Op 1 januari 2024 stonden', 'Op 1 januari jl. stonden') }] }],
      output: edit(KV, 'Op 1 januari 2024 stonden', 'Op 1 januari jl. stonden'),
    },
  ],
});
