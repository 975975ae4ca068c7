import { NOTA, edit } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const openbaar = (value: string) => edit(NOTA, '**Nota actief openbaar**  \nJa', `**Nota actief openbaar**  \n${value}`);
const bijlagen = (value: string) => edit(NOTA, '**Bijlage(n)**  \n0', `**Bijlage(n)**  \n${value}`);
const pagina = (line: string) => edit(NOTA, '### Kern\n', `### Kern\n\n${line}\n`);

ruleTester('field-value', {
  valid: [
    { name: 'the complete nota', text: NOTA },
    { name: 'actief openbaar "Nee"', text: openbaar('Nee') },
    { name: 'actief openbaar in lower case', text: openbaar('ja') },
    { name: 'actief openbaar in capitals', text: openbaar('NEE') },
    { name: 'Bijlage(n) a larger whole number', text: bijlagen('12') },
    { name: 'an empty value is field-empty, not field-value', text: openbaar('') },
    { name: 'Pagina 1 van 1 (the lower bound)', text: pagina('Pagina 1 van 1') },
    { name: 'Pagina 3 van 3 (the upper bound)', text: pagina('Pagina 3 van 3') },
    { name: 'a beantwoording is not checked', kind: 'beantwoording', text: openbaar('Misschien') },
  ],
  invalid: [
    {
      name: 'actief openbaar neither Ja nor Nee',
      text: openbaar('Misschien'),
      findings: [{ messageId: 'field-value.actiefOpenbaar', line: 14, column: 1, endLine: 14, endColumn: 10, message: '"Nota actief openbaar" must be "Ja" or "Nee", not "Misschien".' }],
    },
    {
      name: 'actief openbaar "Nee/Ja" (the template choice left in place)',
      text: openbaar('Nee/Ja'),
      findings: [{ messageId: 'field-value.actiefOpenbaar', line: 14, column: 1, endLine: 14, endColumn: 7, message: '"Nota actief openbaar" must be "Ja" or "Nee", not "Nee/Ja".' }],
    },
    {
      name: 'actief openbaar "Ja." (no extra characters)',
      text: openbaar('Ja.'),
      findings: [{ messageId: 'field-value.actiefOpenbaar', line: 14, column: 1, endLine: 14, endColumn: 4 }],
    },
    {
      name: 'Bijlage(n) in words',
      text: bijlagen('twee'),
      findings: [{ messageId: 'field-value.bijlagen', line: 29, column: 1, endLine: 29, endColumn: 5, message: '"Bijlage(n)" must be a whole number (0 or more), not "twee".' }],
    },
    {
      name: 'Bijlage(n) negative',
      text: bijlagen('-1'),
      findings: [{ messageId: 'field-value.bijlagen', line: 29, column: 1, endLine: 29, endColumn: 3 }],
    },
    {
      name: 'Bijlage(n) with a number and text',
      text: bijlagen('2 stuks'),
      findings: [{ messageId: 'field-value.bijlagen', line: 29, column: 1, endLine: 29, endColumn: 8 }],
    },
    {
      name: 'Pagina X van Y with X beyond Y',
      text: pagina('Pagina 4 van 3'),
      findings: [{ messageId: 'field-value.pagina', line: 41, column: 1, endLine: 41, endColumn: 15, message: '"Pagina 4 van 3" is out of range: the page must be between 1 and 3.' }],
    },
    {
      name: 'Pagina 0 van Y',
      text: pagina('Pagina 0 van 3'),
      findings: [{ messageId: 'field-value.pagina', line: 41, column: 1, endLine: 41, endColumn: 15 }],
    },
    {
      name: 'a configured severity replaces the default',
      text: openbaar('Misschien'),
      severity: 'warning',
      findings: [{ messageId: 'field-value.actiefOpenbaar', line: 14, column: 1, endLine: 14, endColumn: 10 }],
    },
  ],
});
