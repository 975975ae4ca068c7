import { KV, NOTA, inAnswer, inKern } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const SENTENCE = 'Dossier van BSN 111222333.';

ruleTester('pii-bsn', {
  valid: [
    { name: 'the complete nota', text: NOTA },
    { name: 'the complete beantwoording', kind: 'beantwoording', text: KV },
    { name: 'nine digits that fail the elfproef', text: inKern('Dossier van BSN 111222334.') },
    { name: 'a redacted BSN', text: inKern('Dossier van BSN [5.1.1e].') },
    { name: 'numbers on two lines without "BSN" before them', text: inKern('In 2026 waren er 1184\n87 334 meldingen.') },
  ],
  invalid: [
    {
      name: 'a BSN split by a line wrap',
      text: inKern('De studente (BSN 1184\n87 334) maakte bezwaar.'),
      findings: [
        {
          messageId: 'pii-bsn', severity: 'error', line: 41, column: 20, endLine: 42, endColumn: 7,
          fixes: [{ title: 'Redact as [5.1.1e]', output: inKern('De studente (BSN [5.1.1e]) maakte bezwaar.') }],
        },
      ],
    },
    {
      name: 'a BSN: an error, redacted on ground 5.1.1e',
      text: inKern(SENTENCE),
      findings: [
        {
          messageId: 'pii-bsn', severity: 'error', line: 41, column: 19, endLine: 41, endColumn: 28, message: 'Possible BSN (citizen service number) "111222333" (97% sure).',
          fixes: [{ title: 'Redact as [5.1.1e]', output: inKern('Dossier van BSN [5.1.1e].') }],
        },
      ],
    },
    {
      name: 'a BSN keeps 5.1.1e whatever marker is configured',
      config: { redactionMarker: '[5.1.2.e]' },
      text: inKern(SENTENCE),
      findings: [{ messageId: 'pii-bsn', severity: 'error', line: 41, column: 19, endLine: 41, endColumn: 28, fixes: [{ title: 'Redact as [5.1.1e]', output: inKern('Dossier van BSN [5.1.1e].') }] }],
    },
    {
      name: 'a configured severity wins over the evidence',
      severity: 'hint',
      text: inKern(SENTENCE),
      findings: [{ messageId: 'pii-bsn', line: 41, column: 19, endLine: 41, endColumn: 28, fixes: [{ title: 'Redact as [5.1.1e]', output: inKern('Dossier van BSN [5.1.1e].') }] }],
    },
    {
      name: 'in a beantwoording',
      kind: 'beantwoording',
      text: inAnswer('Het BSN van verzoeker is 111222333.'),
      findings: [{ messageId: 'pii-bsn', severity: 'error', line: 9, column: 26, endLine: 9, endColumn: 35, fixes: [{ title: 'Redact as [5.1.1e]', output: inAnswer('Het BSN van verzoeker is [5.1.1e].') }] }],
    },
  ],
});
