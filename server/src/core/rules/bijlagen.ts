// Shared reading of the Bijlage(n) field for the Bijlagen rules.
import type { NotaDocument } from '../model/types';

/** The Bijlage(n) count when it is a whole number. */
export function bijlagenCount(doc: NotaDocument): number | undefined {
  const value = doc.header.fields.find((field) => field.key === 'bijlagen')?.value;
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}
