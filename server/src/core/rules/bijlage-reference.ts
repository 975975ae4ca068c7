import type { Rule } from './rule';

/** "bijlage N" in the text points to an existing row of the Bijlagen table. */
export const bijlageReference: Rule = {
  id: 'bijlage-reference',
  defaultSeverity: 'error',
  description: '"bijlage N" in the text points to no row.',
  appliesTo: ['nota'],
  defaultOptions: {},
  check({ doc, report }) {
    const rows = doc.bijlagen?.rows;
    // Without a table, only a count of 0 tells us for certain that there is no such bijlage.
    const numbers = rows ? new Set(rows.map((row) => row.number)) : doc.headerValues.bijlagen === 0 ? new Set<number>() : undefined;
    if (!numbers) return;
    for (const reference of doc.bijlageReferences) {
      if (!numbers.has(reference.number)) report({ message: 'bijlage-reference', args: { number: reference.number, rows: rows?.length ?? 0 }, span: reference.span });
    }
  },
};
