import { KV, NOTA, inAnswer, inKern } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('pii-iban', {
  valid: [
    { name: 'the complete nota', text: NOTA },
    { name: 'the complete beantwoording', kind: 'beantwoording', text: KV },
    { name: 'an IBAN with a wrong check digit', text: inKern('Rekening NL92 ABNA 0417 1643 00.') },
  ],
  invalid: [
    {
      name: 'an IBAN in groups: the whole number is redacted',
      text: inKern('De vergoeding is overgemaakt op NL91 ABNA 0417 1643 00.'),
      findings: [
        {
          messageId: 'pii-iban', severity: 'error', line: 41, column: 35, endLine: 41, endColumn: 57, message: 'Bank account number (IBAN) "NL91 ABNA 0417 1643 00" (95% sure).',
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('De vergoeding is overgemaakt op [5.1.2e].') }],
        },
      ],
    },
    {
      name: 'the configured marker',
      config: { redactionMarker: '[5.1.2.e]' },
      text: inKern('Referentie NL91ABNA0417164300.'),
      findings: [{ messageId: 'pii-iban', severity: 'error', line: 41, column: 14, endLine: 41, endColumn: 32, fixes: [{ title: 'Redact as [5.1.2.e]', output: inKern('Referentie [5.1.2.e].') }] }],
    },
    {
      name: 'in a beantwoording',
      kind: 'beantwoording',
      text: inAnswer('Het bedrag is overgemaakt op rekening NL91ABNA0417164300.'),
      findings: [{ messageId: 'pii-iban', severity: 'error', line: 9, column: 39, endLine: 9, endColumn: 57, fixes: [{ title: 'Redact as [5.1.2e]', output: inAnswer('Het bedrag is overgemaakt op rekening [5.1.2e].') }] }],
    },
  ],
});
