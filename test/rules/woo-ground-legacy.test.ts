import { KV, edit, withSentence } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('woo-ground-legacy', {
  valid: [
    { name: 'Woo grounds', text: withSentence('De naam [5.1.2e].') },
    { name: 'a beantwoording without markers', kind: 'beantwoording', text: KV },
  ],
  invalid: [
    {
      name: 'a Wob ground: the Woo ground as fix',
      text: withSentence('De naam [10.2.e].'),
      findings: [
        {
          messageId: 'woo-ground-legacy', line: 33, column: 101, endLine: 33, endColumn: 107, message: '"10.2.e" is a ground of the former Wob; the Woo ground is 5.1.2e.',
          fixes: [{ title: 'Change to "5.1.2e"', output: withSentence('De naam [5.1.2e].') }],
        },
      ],
    },
    {
      name: 'Wob 10.2.g became 5.1.5, and 11.1 became 5.2',
      text: withSentence('Schade [10.2.g] en beraad [11.1].'),
      findings: [
        { messageId: 'woo-ground-legacy', line: 33, column: 100, endLine: 33, endColumn: 106, fixes: [{ title: 'Change to "5.1.5"', output: withSentence('Schade [5.1.5] en beraad [11.1].') }] },
        { messageId: 'woo-ground-legacy', line: 33, column: 119, endLine: 33, endColumn: 123, fixes: [{ title: 'Change to "5.2"', output: withSentence('Schade [10.2.g] en beraad [5.2].') }] },
      ],
    },
    {
      name: 'in a beantwoording',
      kind: 'beantwoording',
      text: edit(KV, 'Ja.', 'Ja, zie [10.1.c].'),
      findings: [{ messageId: 'woo-ground-legacy', line: 9, column: 10, endLine: 9, endColumn: 16, fixes: [{ title: 'Change to "5.1.1c"', output: edit(KV, 'Ja.', 'Ja, zie [5.1.1c].') }] }],
    },
  ],
});
