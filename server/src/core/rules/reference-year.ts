import type { Rule } from './rule';

/** A reference number is issued when the file opens: its year is the Datum year or the year before. */
export const referenceYear: Rule = {
  id: 'reference-year',
  defaultSeverity: 'warning',
  description: 'The reference year is neither the Datum year nor the year before.',
  appliesTo: ['nota'],
  defaultOptions: {},
  check({ doc, report }) {
    const field = doc.header.fields.find((f) => f.key === 'referentie');
    const reference = doc.headerValues.referentie;
    if (!reference || !field?.valueSpan || !doc.notaDate) return;
    const refYear = reference.year;
    const year = doc.notaDate.year;
    if (refYear === year || refYear === year - 1) return;
    report({ message: 'reference-year', args: { refYear, year }, span: { start: field.valueSpan.start, end: field.valueSpan.start + 4 } });
  },
};
