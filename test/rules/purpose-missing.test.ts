import { NOTA, edit } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const noPurpose = edit(NOTA, '### TER BESLUITVORMING\n\n', '');
const insertAfterOnderwerp = (line: string) => edit(noPurpose, 'overheidswebsites\n', `overheidswebsites\n\n${line}\n`);
const plain = 'Aan Minister van BZK\nVan DGDOO\n\nNota actief openbaar\nNee\n\nOnze referentie\n2024-0000098765\n\nDatum\n21 maart 2024\n';
const addressOnly = 'Aan Minister van BZK\nVan DGDOO\n';
const noOnderwerp = edit(edit(NOTA, 'Voorstel voor de Regeling digitale toegankelijkheid overheidswebsites\n\n', ''), '### TER BESLUITVORMING\n\n', '\n');
const twoPurposes = edit(NOTA, '### TER BESLUITVORMING\n', '### TER BESLUITVORMING\n\n### TER INFORMATIE\n');

ruleTester('purpose-missing', {
  valid: [
    { name: 'one purpose line', text: NOTA },
    { name: 'a beantwoording has no purpose line', kind: 'beantwoording', text: noPurpose },
  ],
  invalid: [
    {
      name: 'no purpose line: one fix per configured purpose, after the onderwerp',
      text: noPurpose,
      config: { purposes: ['BESLUITVORMING', 'INFORMATIE'] },
      findings: [
        {
          messageId: 'purpose-missing', line: 9, column: 1, endLine: 9, endColumn: 70,
          fixes: [
            { title: 'Insert purpose line "TER BESLUITVORMING"', output: insertAfterOnderwerp('### TER BESLUITVORMING') },
            { title: 'Insert purpose line "TER INFORMATIE"', output: insertAfterOnderwerp('### TER INFORMATIE') },
          ],
        },
      ],
    },
    {
      name: 'a plain-text nota without an onderwerp: a plain line before the first body field',
      text: plain,
      config: { purposes: ['INFORMATIE'] },
      findings: [
        {
          messageId: 'purpose-missing', line: 1, column: 1, endLine: 1, endColumn: 21,
          fixes: [{ title: 'Insert purpose line "TER INFORMATIE"', output: edit(plain, 'Nota actief openbaar\n', 'TER INFORMATIE\n\nNota actief openbaar\n') }],
        },
      ],
    },
    {
      name: 'only address fields: inserted after the last of them',
      text: addressOnly,
      config: { purposes: ['INFORMATIE'] },
      findings: [{ messageId: 'purpose-missing', line: 1, column: 1, endLine: 1, endColumn: 21, fixes: [{ title: 'Insert purpose line "TER INFORMATIE"', output: 'Aan Minister van BZK\nVan DGDOO\n\nTER INFORMATIE\n' }] }],
    },
    {
      name: 'a second purpose line',
      text: twoPurposes,
      findings: [{ messageId: 'purpose-multiple', line: 13, column: 1, endLine: 13, endColumn: 19, message: 'A nota has exactly one purpose line; this is purpose line 2.' }],
    },
    {
      name: 'no header before the first section: reported on the first line with text, inserted before the section',
      text: '\n\nAanleiding\n\nTekst.\n',
      config: { purposes: ['INFORMATIE'] },
      findings: [{ messageId: 'purpose-missing', line: 3, column: 1, endLine: 3, endColumn: 11, fixes: [{ title: 'Insert purpose line "TER INFORMATIE"', output: '\n\nTER INFORMATIE\n\nAanleiding\n\nTekst.\n' }] }],
    },
    {
      name: 'a Markdown nota that starts with a section: a Markdown purpose line before it',
      text: '### Aanleiding\n\nTekst.\n',
      config: { purposes: ['INFORMATIE'] },
      findings: [{ messageId: 'purpose-missing', line: 1, column: 1, endLine: 1, endColumn: 15, fixes: [{ title: 'Insert purpose line "TER INFORMATIE"', output: '### TER INFORMATIE\n\n### Aanleiding\n\nTekst.\n' }] }],
    },
    {
      name: 'an empty nota: reported at its start, the line is inserted there',
      text: '',
      config: { purposes: ['INFORMATIE'] },
      findings: [{ messageId: 'purpose-missing', line: 1, column: 1, endLine: 1, endColumn: 1, fixes: [{ title: 'Insert purpose line "TER INFORMATIE"', output: 'TER INFORMATIE\n\n' }] }],
    },
    {
      name: 'three purpose lines: the second and the third are reported',
      text: edit(NOTA, '### TER BESLUITVORMING\n', '### TER BESLUITVORMING\n\n### TER INFORMATIE\n\n### TER KENNISNAME\n'),
      findings: [
        { messageId: 'purpose-multiple', line: 13, column: 1, endLine: 13, endColumn: 19 },
        { messageId: 'purpose-multiple', line: 15, column: 1, endLine: 15, endColumn: 19, message: 'A nota has exactly one purpose line; this is purpose line 3.' },
      ],
    },
    {
      name: 'no onderwerp: inserted right after the "nota" line',
      text: noOnderwerp,
      config: { purposes: ['INFORMATIE'] },
      findings: [{ messageId: 'purpose-missing', line: 1, column: 1, endLine: 1, endColumn: 10, fixes: [{ title: 'Insert purpose line "TER INFORMATIE"', output: edit(noOnderwerp, '## nota\n\n', '## nota\n\n### TER INFORMATIE\n\n') }] }],
    },
    {
      name: 'blank lines between the address and the body fields: inserted right before the first body field',
      text: 'Aan X\nVan Y\n\n\nNota actief openbaar\nNee\n',
      config: { purposes: ['INFORMATIE'] },
      findings: [{ messageId: 'purpose-missing', line: 1, column: 1, endLine: 1, endColumn: 6, fixes: [{ title: 'Insert purpose line "TER INFORMATIE"', output: 'Aan X\nVan Y\n\n\nTER INFORMATIE\n\nNota actief openbaar\nNee\n' }] }],
    },
    {
      name: 'only address fields, Van first: inserted after the last of them',
      text: 'Van DGDOO\nAan Minister van BZK\n',
      config: { purposes: ['INFORMATIE'] },
      findings: [{ messageId: 'purpose-missing', line: 1, column: 1, endLine: 1, endColumn: 10, fixes: [{ title: 'Insert purpose line "TER INFORMATIE"', output: 'Van DGDOO\nAan Minister van BZK\n\nTER INFORMATIE\n' }] }],
    },
  ],
});
