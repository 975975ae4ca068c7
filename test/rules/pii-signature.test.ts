import { KV, NOTA, inAnswer, inKern, withPersonsTable } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('pii-signature', {
  valid: [
    { name: 'the complete nota', text: NOTA },
    { name: 'the complete beantwoording', kind: 'beantwoording', text: KV },
    { name: 'the word paraaf without initials', text: inKern('Na paraaf gaat de nota door.') },
  ],
  invalid: [
    {
      name: "a paraaf in emphasis: '*paraaf* hoofd afdeling: **A.B.T.**'",
      text: withPersonsTable(['*paraaf* hoofd afdeling: **A.B.T.**']),
      findings: [{ messageId: 'pii-signature', severity: 'error', line: 49, column: 28, endLine: 49, endColumn: 34, fixes: [{ title: 'Redact as [5.1.2e]', output: withPersonsTable(['*paraaf* hoofd afdeling: **A.B.T.**']).replace('A.B.T.', '[5.1.2e]') }] }],
    },
    {
      name: "'paraaf' at a line's end, its label and initials on the next line",
      text: withPersonsTable(['[Concept opgesteld door: Tim Bergsma; paraaf', 'juridisch: ACvO]']),
      findings: [{ messageId: 'pii-signature', severity: 'error', line: 50, column: 12, endLine: 50, endColumn: 16, fixes: [{ title: 'Redact as [5.1.2e]', output: withPersonsTable(['[Concept opgesteld door: Tim Bergsma; paraaf', 'juridisch: ACvO]']).replace('ACvO', '[5.1.2e]') }] }],
    },
    {
      name: 'a signature block whose title ends in -begeleider',
      text: withPersonsTable(['Grace Oduya-Jansen', 'Woonbegeleider | COA Budel-Cranendonck']),
      findings: [{ messageId: 'pii-signature', severity: 'error', line: 49, column: 1, endLine: 49, endColumn: 19, fixes: [{ title: 'Redact as [5.1.2e]', output: withPersonsTable(['Grace Oduya-Jansen', 'Woonbegeleider | COA Budel-Cranendonck']).replace('Grace Oduya-Jansen', '[5.1.2e]') }] }],
    },
    {
      name: 'a name with a nickname in parentheses after the closing',
      text: withPersonsTable(['Met vriendelijke groet,', '', 'Hendrikus (Henk) de Wit', 'Teamleider Huisvesting Zuid']),
      findings: [{ messageId: 'pii-signature', severity: 'error', line: 51, column: 1, endLine: 51, endColumn: 24, fixes: [{ title: 'Redact as [5.1.2e]', output: withPersonsTable(['Met vriendelijke groet,', '', 'Hendrikus (Henk) de Wit', 'Teamleider Huisvesting Zuid']).replace('Hendrikus (Henk) de Wit', '[5.1.2e]') }] }],
    },
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
