import type { NotaDocument } from '../model/types';
import type { TextEdit } from '../types';
import type { ReportedFix, Rule } from './rule';

/**
 * Volgnummers are 1..N, unique, in order. Fix: renumber the rows, and update "bijlage N" references in
 * the text that would otherwise point to another row.
 */
export const bijlagenNumbering: Rule = {
  id: 'bijlagen-numbering',
  defaultSeverity: 'error',
  description: 'Volgnummers of the Bijlagen table are not 1..N.',
  appliesTo: ['nota'],
  defaultOptions: {},
  check({ doc, report }) {
    const rows = doc.bijlagen?.rows ?? [];
    const wrong = rows.filter((row, index) => row.number !== index + 1);
    if (wrong.length === 0) return;
    const fix = renumber(doc);
    rows.forEach((row, index) => {
      if (row.number === index + 1) return;
      report({ message: 'bijlagen-numbering', args: { value: row.numberText, expected: index + 1 }, span: row.numberSpan, fixes: [fix] });
    });
  },
};

function renumber(doc: NotaDocument): ReportedFix {
  const rows = doc.bijlagen!.rows;
  const edits: TextEdit[] = [];
  const newNumber = new Map<number, number>();
  const seen = new Set<number>();
  rows.forEach((row, index) => {
    if (row.number !== undefined) {
      if (seen.has(row.number)) newNumber.delete(row.number);
      else newNumber.set(row.number, index + 1);
      seen.add(row.number);
    }
    if (row.number !== index + 1) edits.push({ span: row.numberSpan, newText: String(index + 1) });
  });
  for (const reference of doc.bijlageReferences) {
    const target = newNumber.get(reference.number);
    if (target !== undefined && target !== reference.number) edits.push({ span: reference.numberSpan, newText: String(target) });
  }
  return { title: 'fix.renumber-bijlagen', titleArgs: { count: rows.length }, edits };
}
