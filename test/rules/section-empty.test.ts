import { NOTA, edit } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const KERN_TEXT = '- Met de regeling voldoen alle overheidswebsites in 2026 aan de toegankelijkheidseisen.\n\n';

ruleTester('section-empty', {
  valid: [
    { name: 'every section has text', text: NOTA },
    { name: 'a beantwoording is not checked', kind: 'beantwoording', text: edit(NOTA, KERN_TEXT, '') },
  ],
  invalid: [
    {
      name: 'a heading followed by the next heading',
      text: edit(NOTA, KERN_TEXT, ''),
      findings: [{ messageId: 'section-empty', line: 39, column: 1, endLine: 39, endColumn: 9, message: 'Section "Kern" has no text.' }],
    },
    {
      name: 'a page header (PDF residue) is not text',
      text: edit(NOTA, KERN_TEXT, 'Pagina 2 van 3\n\n'),
      findings: [{ messageId: 'section-empty', line: 39, column: 1, endLine: 39, endColumn: 9 }],
    },
    {
      name: 'a comment is not text',
      text: edit(NOTA, KERN_TEXT, '<!-- nog schrijven -->\n\n'),
      findings: [{ messageId: 'section-empty', line: 39, column: 1, endLine: 39, endColumn: 9 }],
    },
    {
      name: 'the last section empty at the end of the text',
      text: NOTA + '\n### Toelichting\n',
      findings: [{ messageId: 'section-empty', line: 49, column: 1, endLine: 49, endColumn: 16 }],
    },
  ],
});
