import { KV, NOTA, inAnswer, inKern } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('pii-case-number', {
  valid: [
    { name: 'the complete nota', text: NOTA },
    { name: 'the complete beantwoording', kind: 'beantwoording', text: KV },
    { name: 'an organisation’s case, no person in the paragraph', text: inKern('De aanbesteding (zaaknummer 31178402) is gegund.') },
    { name: 'an inspection number and the government’s own reference', text: inKern('Zie het inspectienummer 222463766 en het kenmerk 2024-0000012345.') },
  ],
  invalid: [
    {
      name: 'a citizen’s klantnummer a few words after the label',
      text: inKern('Het klantnummer van mevrouw Wijnbergen bij het CJIB is 8822-4107-3359.'),
      findings: [
        {
          messageId: 'pii-case-number', severity: 'error', line: 41, column: 58, endLine: 41, endColumn: 72, message: 'Case or file number of a person "8822-4107-3359" (85% sure).',
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Het klantnummer van mevrouw Wijnbergen bij het CJIB is [5.1.2e].') }],
        },
      ],
    },
    {
      name: 'a parketnummer is always a person’s; the same number again without its label',
      text: inKern('De zaak staat bekend onder parketnummer 05/881274-22; zie ook 05/881274-22.'),
      findings: [
        {
          messageId: 'pii-case-number', severity: 'error', line: 41, column: 43, endLine: 41, endColumn: 55,
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('De zaak staat bekend onder parketnummer [5.1.2e]; zie ook 05/881274-22.') }],
        },
        {
          messageId: 'pii-case-number', severity: 'error', line: 41, column: 65, endLine: 41, endColumn: 77,
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('De zaak staat bekend onder parketnummer 05/881274-22; zie ook [5.1.2e].') }],
        },
      ],
    },
    {
      name: 'a number with a letter prefix and suffix in a beantwoording',
      kind: 'beantwoording',
      text: inAnswer('Hij is bekend onder rekestnummer C/13/7732 R bij de rechtbank.'),
      findings: [{ messageId: 'pii-case-number', severity: 'error', line: 9, column: 34, endLine: 9, endColumn: 45, fixes: [{ title: 'Redact as [5.1.2e]', output: inAnswer('Hij is bekend onder rekestnummer [5.1.2e] bij de rechtbank.') }] }],
    },
  ],
});
