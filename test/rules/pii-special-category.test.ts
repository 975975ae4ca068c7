import { KV, NOTA, inAnswer, inKern } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('pii-special-category', {
  valid: [
    { name: 'the complete nota', text: NOTA },
    { name: 'the complete beantwoording', kind: 'beantwoording', text: KV },
    { name: 'about groups, not a person', text: inKern('Het aantal veroordelingen voor mishandeling steeg; mensen met een psychose krijgen behandeling.') },
  ],
  invalid: [
    {
      name: 'a diagnosis: a warning from the predicate on, the name its own finding, redacted on 5.1.1d',
      text: inKern('Mevrouw Brouns is in 2024 gediagnosticeerd met multiple sclerose.'),
      findings: [
        {
          messageId: 'pii-special-category', severity: 'warning', line: 41, column: 18, endLine: 41, endColumn: 67, message: 'Special category of personal data: "is in 2024 gediagnosticeerd met multiple sclerose" (70% sure).',
          fixes: [{ title: 'Redact as [5.1.1d]', output: inKern('Mevrouw Brouns [5.1.1d].') }],
        },
      ],
    },
    {
      name: 'criminal data: not 5.1.1d, the configured marker',
      text: inKern('Hij is in 2021 door de politierechter veroordeeld voor mishandeling.'),
      findings: [{ messageId: 'pii-special-category', severity: 'warning', line: 41, column: 7, endLine: 41, endColumn: 70, fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Hij [5.1.2e].') }] }],
    },
    {
      name: 'religion, the sentence has no subject before it',
      text: inKern('Omdat zij om religieuze redenen een hoofddoek draagt, is de pasfoto aangepast.'),
      findings: [{ messageId: 'pii-special-category', severity: 'warning', line: 41, column: 3, endLine: 41, endColumn: 80, fixes: [{ title: 'Redact as [5.1.1d]', output: inKern('[5.1.1d].') }] }],
    },
    {
      name: 'after a label line in a beantwoording',
      kind: 'beantwoording',
      text: inAnswer('Betrokkene is in 2024 gediagnosticeerd met multiple sclerose.'),
      findings: [{ messageId: 'pii-special-category', severity: 'warning', line: 9, column: 12, endLine: 9, endColumn: 61, fixes: [{ title: 'Redact as [5.1.1d]', output: inAnswer('Betrokkene [5.1.1d].') }] }],
    },
  ],
});
