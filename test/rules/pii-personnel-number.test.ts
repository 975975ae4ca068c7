import { KV, NOTA, inAnswer, inKern } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('pii-personnel-number', {
  valid: [
    { name: 'the complete nota', text: NOTA },
    { name: 'the complete beantwoording', kind: 'beantwoording', text: KV },
    { name: 'the word without a number', text: inKern('Het personeelsnummer staat op de loonstrook.') },
  ],
  invalid: [
    {
      name: 'a personeelsnummer in parentheses',
      text: inKern('De weginspecteur (personeelsnummer 20377914) maakte foto’s.'),
      findings: [
        {
          messageId: 'pii-personnel-number', severity: 'error', line: 41, column: 38, endLine: 41, endColumn: 46, message: 'Employee number "20377914" (92% sure).',
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('De weginspecteur (personeelsnummer [5.1.2e]) maakte foto’s.') }],
        },
      ],
    },
    {
      name: 'the number on the next line, as in a PDF',
      kind: 'beantwoording',
      text: inAnswer('De begeleider (personeelsnummer\n40211887) is gewond.'),
      findings: [{ messageId: 'pii-personnel-number', severity: 'error', line: 10, column: 1, endLine: 10, endColumn: 9, fixes: [{ title: 'Redact as [5.1.2e]', output: inAnswer('De begeleider (personeelsnummer\n[5.1.2e]) is gewond.') }] }],
    },
  ],
});
