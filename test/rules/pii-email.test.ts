import { KV, NOTA, inAnswer, inKern } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

// 60 characters exactly: shown whole.
const SIXTY = 'pieter.van.den.berg.beleidsmedewerker@minbinnenlandsezake.nl';
const LONG = 'pieter.van.den.berg.beleidsmedewerker@ministerie-van-binnenlandse-zaken.nl';

ruleTester('pii-email', {
  valid: [
    { name: "a functional mailbox of a recovery operation ('herstel.ouders@')", text: inKern('Ouders kunnen mailen naar herstel.ouders@toeslagen.nl of bellen.') },
    { name: 'the complete nota', text: NOTA },
    { name: 'the complete beantwoording', kind: 'beantwoording', text: KV },
    { name: 'a function address (info@) is not personal', text: inKern('Reacties naar info@minbzk.nl.') },
    { name: 'plain words joined by a dot name a task mailbox', text: inKern('Stuur het bewijs naar controle.uitwonend@duo.nl.') },
    { name: 'a bare "at" in prose is no address', text: inKern('We meet at home punt nl today; Dat punt is at home punt nl.') },
  ],
  invalid: [
    {
      name: 'words joined by a dot, one of them written as a name nearby',
      text: inKern('CC: Chen Xiaoling <xiaoling.chen@minbzk.nl>.'),
      findings: [
        {
          messageId: 'pii-email', severity: 'error', line: 41, column: 22, endLine: 41, endColumn: 45,
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('CC: Chen Xiaoling <[5.1.2e]>.') }],
        },
      ],
    },
    {
      name: 'an address written with "[at]" and "[punt]"',
      text: inKern('Hij gaf hofstee.smit [at] gmail [punt] com op.'),
      findings: [
        {
          messageId: 'pii-email', severity: 'error', line: 41, column: 11, endLine: 41, endColumn: 45,
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Hij gaf [5.1.2e] op.') }],
        },
      ],
    },
    {
      name: 'spoken dots in the local part belong to the address',
      text: inKern('Zij schrijft vanaf ingrid punt ploeger apenstaartje kpnmail punt nl en belt.'),
      findings: [
        {
          messageId: 'pii-email', severity: 'error', line: 41, column: 22, endLine: 41, endColumn: 70,
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Zij schrijft vanaf [5.1.2e] en belt.') }],
        },
      ],
    },
    {
      name: 'a bare "at" with spoken dots',
      text: inKern('Mail: k punt ravenhorst at minbzk punt nl.'),
      findings: [
        {
          messageId: 'pii-email', severity: 'error', line: 41, column: 9, endLine: 41, endColumn: 44,
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Mail: [5.1.2e].') }],
        },
      ],
    },
    {
      name: 'a personal address',
      text: inKern('Reacties naar jan.jansen@minbzk.nl.'),
      findings: [
        {
          messageId: 'pii-email', severity: 'error', line: 41, column: 17, endLine: 41, endColumn: 37, message: 'Personal e-mail address "jan.jansen@minbzk.nl" (92% sure).',
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Reacties naar [5.1.2e].') }],
        },
      ],
    },
    {
      name: 'a text over 60 characters is shortened in the message, not in the fix',
      text: inKern(`Reacties naar ${LONG}.`),
      findings: [
        {
          messageId: 'pii-email', severity: 'error', line: 41, column: 17, endLine: 41, endColumn: 17 + LONG.length,
          message: `Personal e-mail address "${LONG.slice(0, 57)}…" (92% sure).`,
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Reacties naar [5.1.2e].') }],
        },
      ],
    },
    {
      name: 'a text of 60 characters is shown whole',
      text: inKern(`Reacties naar ${SIXTY}.`),
      findings: [
        {
          messageId: 'pii-email', severity: 'error', line: 41, column: 17, endLine: 41, endColumn: 77, message: `Personal e-mail address "${SIXTY}" (92% sure).`,
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Reacties naar [5.1.2e].') }],
        },
      ],
    },
    {
      name: 'in a beantwoording',
      kind: 'beantwoording',
      text: inAnswer('Mail jan.jansen@minbzk.nl.'),
      findings: [{ messageId: 'pii-email', severity: 'error', line: 9, column: 6, endLine: 9, endColumn: 26, fixes: [{ title: 'Redact as [5.1.2e]', output: inAnswer('Mail [5.1.2e].') }] }],
    },
  ],
});
