// The one table reader: GFM tables from the parse, and tab-separated lines (text pasted from a PDF,
// seed 000). The Bijlagen table and the personal-data detectors (a column headed "Naam", "BSN",
// "Paraaf") both read tables from here.
import type { Root, RootContent, Table, TableCell as MdTableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { partitionPoint } from '../search';
import { plainText } from '../text';
import type { Span } from '../types';
import type { SourceLine, SourceTable, TableCell, TableRow } from './types';

export function readTables(text: string, lines: readonly SourceLine[], tree: Root): SourceTable[] {
  const tables = [...gfmTables(tree, lines), ...tabTables(text, lines)];
  return tables.sort((a, b) => a.span.start - b.span.start);
}

function gfmTables(tree: Root, lines: readonly SourceLine[]): SourceTable[] {
  const found: SourceTable[] = [];
  const visit = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'table') found.push(gfmTable(node, lines));
      else if ('children' in node && (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem')) visit(node.children);
    }
  };
  visit(tree.children);
  return found;
}

function gfmCell(cell: MdTableCell): TableCell {
  const first = cell.children[0]?.position?.start.offset;
  const last = cell.children[cell.children.length - 1]?.position?.end.offset;
  const text = toString(cell).trim();
  const at = cell.position?.start.offset ?? 0;
  const span = first !== undefined && last !== undefined ? { start: first, end: last } : { start: at, end: at };
  return { text, plain: text, span, empty: first === undefined };
}

function gfmTable(table: Table, lines: readonly SourceLine[]): SourceTable {
  const [headerRow, ...bodyRows] = table.children;
  const span = { start: table.position!.start.offset!, end: table.position!.end.offset! };
  const rows: TableRow[] = bodyRows.map((row) => ({
    span: { start: row.position!.start.offset!, end: row.position!.end.offset! },
    line: row.position!.start.line - 1,
    cells: row.children.map(gfmCell),
  }));
  return {
    form: 'gfm',
    span,
    firstLine: table.position!.start.line - 1,
    lastLine: Math.min(table.position!.end.line - 1, lines.length - 1),
    header: headerRow ? headerRow.children.map(gfmCell) : [],
    rows,
  };
}

function tabCells(line: SourceLine): TableCell[] {
  const cells: TableCell[] = [];
  let offset = line.span.start;
  for (const raw of line.text.split('\t')) {
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const start = offset + lead;
    cells.push({ text, plain: plainText(text), span: { start, end: start + text.length }, empty: text === '' });
    offset += raw.length + 1;
  }
  return cells;
}

const holdsTab = (line: SourceLine | undefined) => line !== undefined && line.block !== 'code' && line.block !== 'table' && line.text.includes('\t');

/**
 * Runs of lines with tabs (two or more), the first being the header; blank lines between rows are
 * allowed when a row with tabs follows.
 */
function tabTables(text: string, lines: readonly SourceLine[]): SourceTable[] {
  if (!text.includes('\t')) return [];
  const found: SourceTable[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (!holdsTab(lines[index])) continue;
    const rowLines: SourceLine[] = [lines[index]];
    let next = index + 1;
    for (;;) {
      let probe = next;
      while (probe < lines.length && lines[probe].block === 'blank') probe++;
      if (!holdsTab(lines[probe])) break;
      rowLines.push(lines[probe]);
      next = probe + 1;
    }
    index = next - 1;
    if (rowLines.length < 2) continue;
    const [headerLine, ...body] = rowLines;
    found.push({
      form: 'tabs',
      span: { start: headerLine.span.start, end: body[body.length - 1].span.end },
      firstLine: headerLine.index,
      lastLine: body[body.length - 1].index,
      header: tabCells(headerLine),
      rows: body.map((line) => ({ span: line.span, line: line.index, cells: tabCells(line) })),
    });
  }
  return found;
}

/** Fewest columns a space-aligned table has: two columns are a letterhead ("Nota      Datum …"), not a table. */
const MIN_SPACE_COLUMNS = 3;
/** Fewest body rows of a space-aligned table. */
const MIN_SPACE_ROWS = 2;

/** The cells of a line split at runs of two or more spaces: each with its column in the line. */
function spaceCells(line: SourceLine): { column: number; cell: TableCell }[] {
  const out: { column: number; cell: TableCell }[] = [];
  const text = line.text;
  let i = 0;
  while (i < text.length) {
    while (i < text.length && text[i] === ' ') i++;
    if (i >= text.length) break;
    const start = i;
    let end = i;
    // a cell runs on over single spaces; two spaces end it
    while (i < text.length && !(text[i] === ' ' && (text[i + 1] === ' ' || i + 1 === text.length))) {
      i++;
      if (text[i - 1] !== ' ') end = i;
    }
    const value = text.slice(start, end);
    out.push({ column: start, cell: { text: value, plain: plainText(value), span: { start: line.span.start + start, end: line.span.start + end }, empty: false } });
  }
  return out;
}

const spaceCandidate = (line: SourceLine | undefined) => line !== undefined && line.block !== 'table' && line.block !== 'blank' && !line.text.includes('\t') && line.text.includes('  ');

/**
 * Columns aligned with spaces, as a plain-text nota or a PDF's text lays out a table ("Naam   Geb.datum   V-nummer"):
 * a header line of at least three cells (split at two or more spaces), then at least two lines whose cells each
 * start exactly at a header cell's column, the first at the first. Only the personal-data detectors read these
 * (a column headed "Geb.datum" or "V-nummer"); one pass over the lines.
 */
export function spaceTables(lines: readonly SourceLine[]): SourceTable[] {
  const found: SourceTable[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (!spaceCandidate(lines[index])) continue;
    const header = spaceCells(lines[index]);
    if (header.length < MIN_SPACE_COLUMNS) continue;
    const columns = header.map((h) => h.column);
    const known = new Set(columns);
    const rows: TableRow[] = [];
    let next = index + 1;
    for (; next < lines.length && spaceCandidate(lines[next]); next++) {
      const line = lines[next];
      const cells = spaceCells(line);
      if (cells.length < 2 || cells[0].column !== columns[0] || !cells.every((c) => known.has(c.column))) break;
      // a column the row leaves empty gets an empty cell where it would start
      const at = new Map(cells.map((c) => [c.column, c.cell]));
      const byColumn = columns.map((column) => {
        const cell = at.get(column);
        const pos = line.span.start + Math.min(column, line.text.length);
        return cell ?? { text: '', plain: '', span: { start: pos, end: pos }, empty: true };
      });
      rows.push({ span: line.span, line: line.index, cells: byColumn });
    }
    if (rows.length >= MIN_SPACE_ROWS) {
      const headerLine = lines[index];
      found.push({
        form: 'spaces',
        span: { start: headerLine.span.start, end: rows[rows.length - 1].span.end },
        firstLine: headerLine.index,
        lastLine: rows[rows.length - 1].line,
        header: header.map((h) => h.cell),
        rows,
      });
      index = next - 1;
    }
  }
  return found;
}

/** The table whose span holds `offset`. */
export function tableAt(tables: readonly SourceTable[], offset: number): SourceTable | undefined {
  const table = tables[partitionPoint(tables.length, (i) => tables[i].span.end < offset)];
  return table && table.span.start <= offset ? table : undefined;
}

/** The body row and the index of the cell that hold `offset` (the cell starting last at or before it). */
export function cellAt(tables: readonly SourceTable[], offset: number): { table: SourceTable; row: TableRow; column: number } | undefined {
  const table = tableAt(tables, offset);
  if (!table) return undefined;
  const row = table.rows[partitionPoint(table.rows.length, (i) => table.rows[i].span.end < offset)];
  if (!row || row.span.start > offset) return undefined;
  const column = partitionPoint(row.cells.length, (i) => row.cells[i].span.start <= offset) - 1;
  return column >= 0 ? { table, row, column } : undefined;
}

/** The header text of the column that holds `offset` ("Naam", "Geb.datum", "BSN"), in a body row. */
export function columnHeaderAt(tables: readonly SourceTable[], offset: number): string | undefined {
  const at = cellAt(tables, offset);
  return at ? at.table.header[at.column]?.plain : undefined;
}

/** The non-empty body cells of the columns whose header matches. */
export function columnCells(tables: readonly SourceTable[], header: RegExp): Span[] {
  const spans: Span[] = [];
  for (const table of tables) {
    const columns = table.header.flatMap((cell, index) => (header.test(cell.plain) ? [index] : []));
    if (columns.length === 0) continue;
    for (const row of table.rows) {
      for (const column of columns) {
        const cell = row.cells[column];
        if (cell && !cell.empty) spans.push(cell.span);
      }
    }
  }
  return spans;
}
