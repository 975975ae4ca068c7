import { KV, edit, withSentence } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('woo-ground-invalid', {
  valid: [
    { name: 'Woo grounds, with or without the dot before the letter', text: withSentence('De naam [5.1.2.e] en het advies [5.2].') },
    { name: 'a Wob ground is woo-ground-legacy, not invalid', text: withSentence('De naam [10.2.e].') },
    { name: 'a beantwoording without markers', kind: 'beantwoording', text: KV },
  ],
  invalid: [
    {
      name: 'an unknown code: only the code is marked',
      text: withSentence('De naam [5.1.2z].'),
      findings: [{ messageId: 'woo-ground-invalid', line: 33, column: 101, endLine: 33, endColumn: 107, message: '"5.1.2z" is not a ground of the Woo (5.1.1a–e, 5.1.2a–i, 5.1.5, 5.2).' }],
    },
    {
      name: 'each unknown code in a marker with several',
      text: withSentence('De naam [5.1.2e, 5.3, 5.1.9].'),
      findings: [
        { messageId: 'woo-ground-invalid', line: 33, column: 109, endLine: 33, endColumn: 112 },
        { messageId: 'woo-ground-invalid', line: 33, column: 114, endLine: 33, endColumn: 119 },
      ],
    },
    {
      name: 'in a beantwoording',
      kind: 'beantwoording',
      text: edit(KV, 'Ja.', 'Ja, zie [5.4].'),
      findings: [{ messageId: 'woo-ground-invalid', line: 9, column: 10, endLine: 9, endColumn: 13 }],
    },
  ],
});
