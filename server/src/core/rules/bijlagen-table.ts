import { BIJLAGEN_ID } from '../catalog';
import type { BijlageRow, BijlagenTable, NotaDocument } from '../model/types';
import type { Rule } from './rule';

/**
 * The Bijlagen section holds a table: missing is an error; the tolerated tab-separated (seed 000) and
 * plain-line (seed 001) forms get an information finding whose safe fix converts them to a GFM table, keeping every text.
 */
export const bijlagenTable: Rule = {
  id: 'bijlagen-table',
  defaultSeverity: 'error',
  description: 'The Bijlagen table is missing (error) or in a tolerated form (information).',
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
      severity: 'information',
      fixes: [{ title: 'fix.convert-table', edits: [{ span: table.span, newText: toGfm(doc, table) }], safe: true }],
    });
  },
};

/** A cell's source as written: wrapped lines joined by one space, a bare `|` escaped so it stays in its cell. */
const cell = (source: string) => source.trim().replace(/[ \t]*(?:\r\n|\r|\n)\s*/g, ' ').replace(/(\\*)\|/g, (pipe, slashes: string) => (slashes.length % 2 === 1 ? pipe : `${slashes}\\|`));

/** Volgnummer, Naam and Informatie of a row, cut from the source (never from its plain text, which lost markup). */
function rowCells(doc: NotaDocument, table: BijlagenTable, row: BijlageRow): [string, string, string] {
  const source = doc.text.slice(row.span.start, row.span.end);
  if (table.form === 'tabs') {
    const [number = '', naam = '', ...informatie] = source.split('\t');
    return [number, naam, informatie.join(' ')];
  }
  const naamStart = row.naamSpan ? row.naamSpan.start - row.span.start : row.numberSpan.end - row.span.start;
  return [doc.text.slice(row.numberSpan.start, row.numberSpan.end), source.slice(naamStart), ''];
}

function toGfm(doc: NotaDocument, table: BijlagenTable): string {
  const lines = ['| Volgnummer | Naam | Informatie |', '| --- | --- | --- |'];
  for (const row of table.rows) lines.push(`| ${rowCells(doc, table, row).map(cell).join(' | ')} |`);
  return lines.join(doc.eol);
}
