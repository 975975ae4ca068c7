import { BIJLAGEN_ID } from '../catalog';
import type { BijlagenTable, NotaDocument } from '../model/types';
import type { Rule } from './rule';

/**
 * The Bijlagen section holds a table: missing is an error; the tolerated tab-separated (seed 000) and
 * plain-line (seed 001) forms get a hint whose safe fix converts them to a GFM table, keeping every text.
 */
export const bijlagenTable: Rule = {
  id: 'bijlagen-table',
  defaultSeverity: 'error',
  description: 'The Bijlagen table is missing (error) or in a tolerated form (hint).',
  appliesTo: ['nota'],
  defaultOptions: {},
  check({ doc, report }) {
    const section = doc.sections.find((s) => s.def?.id === BIJLAGEN_ID);
    if (!section) return;
    const table = doc.bijlagen;
    if (!table) {
      report({ message: 'bijlagen-table.missing', span: section.headingSpan });
      return;
    }
    if (table.form === 'gfm') return;
    report({
      message: 'bijlagen-table.form',
      args: { form: { message: table.form === 'tabs' ? 'bijlagen-table.tabs' : 'bijlagen-table.plain' } },
      span: table.span,
      severity: 'hint',
      fixes: [{ title: 'fix.convert-table', edits: [{ span: table.span, newText: toGfm(doc, table) }], safe: true }],
    });
  },
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function toGfm(doc: NotaDocument, table: BijlagenTable): string {
  const lines = ['| Volgnummer | Naam | Informatie |', '| --- | --- | --- |'];
  for (const row of table.rows) lines.push(`| ${cell(row.numberText)} | ${cell(row.naam)} | ${cell(row.informatie)} |`);
  return lines.join(doc.eol);
}
