import { NOTA } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const plain = 'Aan Minister van BZK\nVan DGDOO\n\nTER INFORMATIE\n\nNota actief openbaar\nNee\n\nOnze referentie\n2024-0000098765\n\nDatum\n21 maart 2024\n\nOpgesteld door\n[5.1.2e]\n\nBijlage(n)\n0\n\nAanleiding\nIn het overleg is gevraagd naar de voortgang.\n\nKern\nDe inventarisatie is afgerond.\n';
const marked = plain.replace('\nAanleiding\n', '\n### Aanleiding\n').replace('\nKern\n', '\n### Kern\n');

ruleTester('heading-unmarked', {
  valid: [
    { name: 'Markdown headings', text: NOTA },
    { name: 'a plain line that names no section', text: marked.replace('De inventarisatie', 'Overig\nDe inventarisatie') },
    { name: 'a beantwoording is not checked', kind: 'beantwoording', text: plain },
  ],
  invalid: [
    {
      name: 'plain section lines: each becomes a ### heading (safe)',
      text: plain,
      findings: [
        {
          messageId: 'heading-unmarked', line: 21, column: 1, endLine: 21, endColumn: 11, message: '"Aanleiding" is a section heading written as a plain line.',
          fixes: [{ title: 'Make "Aanleiding" a heading', output: plain.replace('\nAanleiding\n', '\n### Aanleiding\n') }],
        },
        { messageId: 'heading-unmarked', line: 24, column: 1, endLine: 24, endColumn: 5, fixes: [{ title: 'Make "Kern" a heading', output: plain.replace('\nKern\n', '\n### Kern\n') }] },
      ],
      output: marked,
    },
  ],
});
