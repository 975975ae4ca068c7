import { wholeNumber } from '../model/values';
import type { Rule } from './rule';

/** Values with a fixed form: actief openbaar Ja/Nee, Bijlage(n) an integer, Pagina X van Y in range. */
export const fieldValue: Rule = {
  id: 'field-value',
  defaultSeverity: 'error',
  description: '"Nota actief openbaar" is not Ja/Nee, "Bijlage(n)" is not a whole number, or "Pagina X van Y" is out of range.',
  appliesTo: ['nota'],
  defaultOptions: {},
  check({ doc, report }) {
    for (const field of doc.header.fields) {
      if (!field.value || !field.valueSpan) continue;
      if (field.key === 'actiefOpenbaar' && !/^(?:ja|nee)$/i.test(field.value)) {
        report({ message: 'field-value.actiefOpenbaar', args: { value: field.value }, span: field.valueSpan });
      }
      if (field.key === 'bijlagen' && wholeNumber(field.value) === undefined) {
        report({ message: 'field-value.bijlagen', args: { value: field.value }, span: field.valueSpan });
      }
    }
    for (const pagina of doc.paginas) {
      if (pagina.page < 1 || pagina.page > pagina.of) {
        report({ message: 'field-value.pagina', args: { page: pagina.page, of: pagina.of }, span: pagina.span });
      }
    }
  },
};
