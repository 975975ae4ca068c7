import { NOTA, edit } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const without = (block: string) => edit(NOTA, block, '');
const noDatum = without('**Datum**  \n12 maart 2024\n\n');
const noAan = without('**Aan**  \nMinister van Binnenlandse Zaken en Koninkrijksrelaties\n\n');
const noVan = without('**Van**  \nDGDOO\n\n');
const noOpenbaar = without('**Nota actief openbaar**  \nJa\n\n');
const noBijlagen = without('**Bijlage(n)**  \n0\n\n');
const noVanDatum = without('**Van**  \nDGDOO\n\n').replace('**Datum**  \n12 maart 2024\n\n', '');
const BODY = NOTA.slice(NOTA.indexOf('**Nota actief openbaar**'), NOTA.indexOf('### Aanleiding'));
const noBodyFields = edit(NOTA, BODY, '');
const commentFirst = '<!-- concept -->\n\nTER INFORMATIE\n\nNota actief openbaar\nNee\n\nOnze referentie\n2024-0000098765\n\nDatum\n21 maart 2024\n\nOpgesteld door\n[5.1.2e]\n\nBijlage(n)\n0\n';
const LEADING_BLANKS = '\n\nTER INFORMATIE\n\nAanleiding\n\nTekst.\n';
const FIELD_LABELS = ['Aan', 'Van', 'Nota actief openbaar', 'Onze referentie', 'Datum', 'Opgesteld door', 'Bijlage(n)'];
const paginaFirst = edit(NOTA, '**Aan**  \nMinister van Binnenlandse Zaken en Koninkrijksrelaties\n\n', 'Pagina 1 van 2\n\n');
const plain = 'Aan Minister van BZK\nVan DGDOO\n\nTER INFORMATIE\n\nOnze referentie\n2024-0000098765\n\nDatum\n21 maart 2024\n\nOpgesteld door\n[5.1.2e]\n\nBijlage(n)\n0\n\nAanleiding\nTekst.\n\nKern\nTekst.\n';

ruleTester('field-missing', {
  valid: [
    { name: 'the complete nota', text: NOTA },
    { name: 'Samengewerkt met is optional', text: without('**Samengewerkt met**  \nCZW, D&B\n\n') },
    { name: 'a beantwoording has no header fields', kind: 'beantwoording', text: noDatum },
  ],
  invalid: [
    {
      name: 'Datum missing: reported on the onderwerp, inserted after Onze referentie',
      text: noDatum,
      findings: [
        {
          messageId: 'field-missing', line: 9, column: 1, endLine: 9, endColumn: 70, message: 'Required header field "Datum" is missing.',
          fixes: [{ title: 'Insert field "Datum"', output: edit(noDatum, '2024-0000012345\n', '2024-0000012345\n\n**Datum**\n') }],
        },
      ],
    },
    {
      name: 'Aan missing: inserted before Van (the first address field present)',
      text: noAan,
      findings: [{ messageId: 'field-missing', line: 6, column: 1, endLine: 6, endColumn: 70, fixes: [{ title: 'Insert field "Aan"', output: `**Aan**\n\n${noAan}` }] }],
    },
    {
      name: 'Van missing: inserted after Aan',
      text: noVan,
      findings: [
        {
          messageId: 'field-missing', line: 6, column: 1, endLine: 6, endColumn: 70,
          fixes: [{ title: 'Insert field "Van"', output: edit(noVan, 'Koninkrijksrelaties\n', 'Koninkrijksrelaties\n\n**Van**\n') }],
        },
      ],
    },
    {
      name: 'the first body field missing: inserted after the purpose line',
      text: noOpenbaar,
      findings: [
        {
          messageId: 'field-missing', line: 9, column: 1, endLine: 9, endColumn: 70,
          fixes: [{ title: 'Insert field "Nota actief openbaar"', output: edit(noOpenbaar, '### TER BESLUITVORMING\n', '### TER BESLUITVORMING\n\n**Nota actief openbaar**\n') }],
        },
      ],
    },
    {
      name: 'the last field missing: inserted after the field before it',
      text: noBijlagen,
      findings: [
        {
          messageId: 'field-missing', line: 9, column: 1, endLine: 9, endColumn: 70,
          fixes: [{ title: 'Insert field "Bijlage(n)"', output: edit(noBijlagen, 'CZW, D&B\n', 'CZW, D&B\n\n**Bijlage(n)**\n') }],
        },
      ],
    },
    {
      name: 'two fields missing: one finding each, in catalog order',
      text: noVanDatum,
      findings: [
        { messageId: 'field-missing', line: 6, column: 1, endLine: 6, endColumn: 70, fixes: [{ title: 'Insert field "Van"', output: edit(noVanDatum, 'Koninkrijksrelaties\n', 'Koninkrijksrelaties\n\n**Van**\n') }] },
        { messageId: 'field-missing', line: 6, column: 1, endLine: 6, endColumn: 70, fixes: [{ title: 'Insert field "Datum"', output: edit(noVanDatum, '2024-0000012345\n', '2024-0000012345\n\n**Datum**\n') }] },
      ],
    },
    {
      name: 'no body fields: each is inserted after the purpose line',
      text: noBodyFields,
      findings: ['Nota actief openbaar', 'Onze referentie', 'Datum', 'Opgesteld door', 'Bijlage(n)'].map((label) => ({
        messageId: 'field-missing', line: 9, column: 1, endLine: 9, endColumn: 70,
        fixes: [{ title: `Insert field "${label}"`, output: edit(noBodyFields, '### TER BESLUITVORMING\n', `### TER BESLUITVORMING\n\n**${label}**\n`) }],
      })),
    },
    {
      name: 'no address fields after a comment: reported on, and inserted before, the first line that is not a comment',
      text: commentFirst,
      findings: [
        { messageId: 'field-missing', line: 3, column: 1, endLine: 3, endColumn: 15, fixes: [{ title: 'Insert field "Aan"', output: edit(commentFirst, 'TER INFORMATIE\n', 'Aan\n\nTER INFORMATIE\n') }] },
        { messageId: 'field-missing', line: 3, column: 1, endLine: 3, endColumn: 15, fixes: [{ title: 'Insert field "Van"', output: edit(commentFirst, 'TER INFORMATIE\n', 'Van\n\nTER INFORMATIE\n') }] },
      ],
    },
    {
      name: 'a plain-text nota gets a plain label',
      text: plain,
      findings: [
        {
          messageId: 'field-missing', line: 1, column: 1, endLine: 1, endColumn: 21,
          fixes: [{ title: 'Insert field "Nota actief openbaar"', output: edit(plain, 'TER INFORMATIE\n', 'TER INFORMATIE\n\nNota actief openbaar\n') }],
        },
      ],
    },
    {
      name: 'no address fields after blank lines: reported on the first line with text, inserted before it',
      text: LEADING_BLANKS,
      findings: FIELD_LABELS.map((label, i) => ({
        messageId: 'field-missing', line: 3, column: 1, endLine: 3, endColumn: 15,
        fixes: [{ title: `Insert field "${label}"`, output: i < 2 ? edit(LEADING_BLANKS, '\n\nTER', `\n\n${label}\n\nTER`) : edit(LEADING_BLANKS, 'INFORMATIE\n\n', `INFORMATIE\n\n${label}\n\n`) }],
      })),
    },
    {
      name: 'a document with CR line breaks (classic Mac): the inserted field uses CR too',
      text: noDatum.replace(/\n/g, '\r'),
      findings: [
        {
          messageId: 'field-missing', line: 9, column: 1, endLine: 9, endColumn: 70,
          fixes: [{ title: 'Insert field "Datum"', output: edit(noDatum, '2024-0000012345\n', '2024-0000012345\n\n**Datum**\n').replace(/\n/g, '\r') }],
        },
      ],
    },
    {
      name: 'a nota of one line of text: the address fields before it, the other fields after it',
      text: 'Tekst.\n',
      findings: FIELD_LABELS.map((label, i) => ({
        messageId: 'field-missing', line: 1, column: 1, endLine: 1, endColumn: 7,
        fixes: [{ title: `Insert field "${label}"`, output: i < 2 ? `${label}\n\nTekst.\n` : `Tekst.\n\n${label}\n` }],
      })),
    },
    {
      name: 'only the address fields: the other fields are appended after a blank line',
      text: 'Aan X\nVan Y\n',
      findings: FIELD_LABELS.slice(2).map((label) => ({
        messageId: 'field-missing', line: 1, column: 1, endLine: 1, endColumn: 6,
        fixes: [{ title: `Insert field "${label}"`, output: `Aan X\nVan Y\n\n${label}\n` }],
      })),
    },
    {
      name: 'the address fields and a section: the other fields go before the section',
      text: 'Aan X\nVan Y\n\n\nAanleiding\n\nTekst.\n',
      findings: FIELD_LABELS.slice(2).map((label) => ({
        messageId: 'field-missing', line: 1, column: 1, endLine: 1, endColumn: 6,
        fixes: [{ title: `Insert field "${label}"`, output: `Aan X\nVan Y\n\n\n${label}\n\nAanleiding\n\nTekst.\n` }],
      })),
    },
    {
      name: 'Aan missing under a page number: inserted right before Van, not at the top',
      text: paginaFirst,
      findings: [{ messageId: 'field-missing', line: 8, column: 1, endLine: 8, endColumn: 70, fixes: [{ title: 'Insert field "Aan"', output: edit(paginaFirst, '**Van**', '**Aan**\n\n**Van**') }] }],
    },
    {
      name: 'an empty nota: reported at its start; each fix writes its label on the first line',
      text: '',
      findings: FIELD_LABELS.map((label) => ({ messageId: 'field-missing', line: 1, column: 1, endLine: 1, endColumn: 1, fixes: [{ title: `Insert field "${label}"`, output: `${label}\n` }] })),
    },
  ],
});
