import { KV, NOTA, inAnswer, inKern } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('pii-phone', {
  valid: [
    { name: 'the complete nota', text: NOTA },
    { name: 'the complete beantwoording', kind: 'beantwoording', text: KV },
    { name: 'a number that is not a phone number', text: inKern('Er zijn 1234567 formulieren.') },
  ],
  invalid: [
    {
      name: 'a mobile number with a dash',
      text: inKern('Voor vragen: 06-12345678.'),
      findings: [
        {
          messageId: 'pii-phone', severity: 'error', line: 41, column: 16, endLine: 41, endColumn: 27, message: 'Personal phone number "06-12345678" (90% sure).',
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Voor vragen: [5.1.2e].') }],
        },
      ],
    },
    {
      name: 'a mobile number without separators, with the configured marker',
      config: { redactionMarker: '[Redacted]' },
      text: inKern('Nummer 0612345678.'),
      findings: [{ messageId: 'pii-phone', severity: 'error', line: 41, column: 10, endLine: 41, endColumn: 20, fixes: [{ title: 'Redact as [Redacted]', output: inKern('Nummer [Redacted].') }] }],
    },
    {
      name: 'in a beantwoording',
      kind: 'beantwoording',
      text: inAnswer('U kunt bellen met 06-12345678.'),
      findings: [{ messageId: 'pii-phone', severity: 'error', line: 9, column: 19, endLine: 9, endColumn: 30, fixes: [{ title: 'Redact as [5.1.2e]', output: inAnswer('U kunt bellen met [5.1.2e].') }] }],
    },
  ],
});
