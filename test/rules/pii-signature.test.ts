import { KV, NOTA, inAnswer, inKern } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('pii-signature', {
  valid: [
    { name: 'the complete nota', text: NOTA },
    { name: 'the complete beantwoording', kind: 'beantwoording', text: KV },
    { name: 'the word paraaf without initials', text: inKern('Na paraaf gaat de nota door.') },
  ],
  invalid: [
    {
      name: 'dotted initials with a particle after a paraaf label',
      text: inKern('Paraaf directeur Wegen en Verkeersveiligheid: A.C.d.B.'),
      findings: [
        {
          messageId: 'pii-signature', severity: 'error', line: 41, column: 49, endLine: 41, endColumn: 57,
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Paraaf directeur Wegen en Verkeersveiligheid: [5.1.2e]') }],
        },
      ],
    },
    {
      name: 'the initials of whoever took the minutes ("Voor het verslag:")',
      text: inKern('Voor het verslag: H.T.V.'),
      findings: [
        {
          messageId: 'pii-signature', severity: 'error', line: 41, column: 21, endLine: 41, endColumn: 27,
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Voor het verslag: [5.1.2e]') }],
        },
      ],
    },
    {
      name: 'initials after "Paraaf directeur:"',
      text: inKern('Paraaf directeur: PJ.'),
      findings: [
        {
          messageId: 'pii-signature', severity: 'error', line: 41, column: 21, endLine: 41, endColumn: 23, message: 'Signature or initials "PJ" (85% sure).',
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Paraaf directeur: [5.1.2e].') }],
        },
      ],
    },
    {
      name: 'initials after "Paraaf:"',
      text: inKern('Paraaf: PJ.'),
      findings: [{ messageId: 'pii-signature', severity: 'error', line: 41, column: 11, endLine: 41, endColumn: 13, fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Paraaf: [5.1.2e].') }] }],
    },
    {
      name: 'in a beantwoording',
      kind: 'beantwoording',
      text: inAnswer('Paraaf directeur: PJ.'),
      findings: [{ messageId: 'pii-signature', severity: 'error', line: 9, column: 19, endLine: 9, endColumn: 21, fixes: [{ title: 'Redact as [5.1.2e]', output: inAnswer('Paraaf directeur: [5.1.2e].') }] }],
    },
  ],
});
