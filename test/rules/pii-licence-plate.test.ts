import { KV, NOTA, inAnswer, inKern } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('pii-licence-plate', {
  valid: [
    { name: 'the complete nota', text: NOTA },
    { name: 'the complete beantwoording', kind: 'beantwoording', text: KV },
    { name: 'digits only, vowels, a case number: no sidecode', text: inKern('De vrachtwagen 12-34-56 en het formulier AB-CD-EF, bijlage 2026-NN-00913.') },
  ],
  invalid: [
    {
      name: 'sidecodes 8 and 10 with a vehicle word: errors',
      text: inKern('Haar auto met kenteken 47-HRT-6 is gestolen; de oplegger W-217-DK niet.'),
      findings: [
        {
          messageId: 'pii-licence-plate', severity: 'error', line: 41, column: 26, endLine: 41, endColumn: 34, message: 'Licence plate "47-HRT-6" (93% sure).',
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Haar auto met kenteken [5.1.2e] is gestolen; de oplegger W-217-DK niet.') }],
        },
        {
          messageId: 'pii-licence-plate', severity: 'error', line: 41, column: 60, endLine: 41, endColumn: 68,
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Haar auto met kenteken 47-HRT-6 is gestolen; de oplegger [5.1.2e] niet.') }],
        },
      ],
    },
    {
      name: 'a sidecode without a vehicle word: a warning',
      text: inKern('Artikel 6:174 BW en het kenmerk VG-391-J.'),
      findings: [{ messageId: 'pii-licence-plate', severity: 'warning', line: 41, column: 35, endLine: 41, endColumn: 43, message: 'Licence plate "VG-391-J" (70% sure).', fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Artikel 6:174 BW en het kenmerk [5.1.2e].') }] }],
    },
    {
      name: 'in a beantwoording',
      kind: 'beantwoording',
      text: inAnswer('Het voertuig BP-837-V is in beslag genomen.'),
      findings: [{ messageId: 'pii-licence-plate', severity: 'error', line: 9, column: 14, endLine: 9, endColumn: 22, fixes: [{ title: 'Redact as [5.1.2e]', output: inAnswer('Het voertuig [5.1.2e] is in beslag genomen.') }] }],
    },
  ],
});
