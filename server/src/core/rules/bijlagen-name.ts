import type { Rule } from './rule';

/** Every row of the Bijlagen table has a Naam. */
export const bijlagenName: Rule = {
  id: 'bijlagen-name',
  defaultSeverity: 'error',
  description: 'A Bijlagen row without a Naam.',
  appliesTo: ['nota'],
  defaultOptions: {},
  check({ doc, report }) {
    doc.bijlagen?.rows.forEach((row, index) => {
      if (row.naam.trim() === '') report({ message: 'bijlagen-name', args: { number: row.number ?? index + 1 }, span: row.span });
    });
  },
};
