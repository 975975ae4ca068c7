// A GFM table block read row by row. micromark parses a table in linear time but at about four times
// the cost of prose per KB (two thirds of it garbage collection), so a table over about 40 KB ran past
// the parse budget and its rows were read as plain text: a long Nr/Vraag/Antwoord or Bijlagen table lost
// its last rows for every rule. Most rows hold plain words and numbers; those are split into cells here,
// line by line, as micromark splits them (at every `|`, trimmed of spaces and tabs, the last cell running
// to the line's end). The header, the delimiter row and every row with inline markup, an escape or a tab
// are still parsed by micromark, in one table of their own, and put back at their lines: the same tree
// as the parse of the whole block (test/unit/table-rows.test.ts compares the two on generated tables).
import type { RootContent, Table, TableCell, TableRow } from 'mdast';
import { exceedsStructuralLimits } from './parse-budget';

type Point = { line: number; column: number; offset: number };

/** A row line the reader splits itself: nothing an inline construct could start with, no tab (micromark's columns count tab stops). */
const PLAIN_ROW = /^\|[^\\`*_[\]<&!\t\0]*$/;
/** Every line of a block the reader takes: a row that no other block construct can take (no indentation, a leading `|`). */
const ROW_LINE = /^\|/;
const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;

interface Line {
  /** The line without its line break. */
  content: string;
  /** The line with its line break. */
  raw: string;
  offset: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (const match of text.matchAll(LINE)) {
    if (match[0] === '') break;
    lines.push({ content: match[0].replace(/[\r\n]+$/, ''), raw: match[0], offset: match.index });
  }
  while (lines.length > 0 && lines[lines.length - 1].content.trim() === '') lines.pop();
  return lines;
}

const point = (line: number, lineStart: number, offset: number): Point => ({ line, column: offset - lineStart + 1, offset });

const isSpace = (code: number) => code === 32 || code === 9;

/** The cells of a plain row line (number `line`, 1-based), as micromark and mdast-util-gfm-table give them. */
function plainRow(content: string, offset: number, line: number): TableRow {
  const end = offset + content.length;
  let last = content.length;
  while (last > 0 && isSpace(content.charCodeAt(last - 1))) last--;
  // Each `|` opens a cell, but for a closing one (the last character but white space) after the first.
  const starts: number[] = [];
  for (let i = 0; i < last; i++) if (content.charCodeAt(i) === 124 && (i === 0 || i < last - 1)) starts.push(i);
  const children: TableCell[] = starts.map((start, index) => {
    const cellEnd = index + 1 < starts.length ? starts[index + 1] : content.length;
    const segmentEnd = index + 1 < starts.length ? starts[index + 1] : content.charCodeAt(last - 1) === 124 && last - 1 > start ? last - 1 : last;
    let from = start + 1;
    let to = segmentEnd;
    while (from < to && isSpace(content.charCodeAt(from))) from++;
    while (to > from && isSpace(content.charCodeAt(to - 1))) to--;
    const position = { start: point(line, offset, offset + start), end: point(line, offset, offset + cellEnd) };
    if (from === to) return { type: 'tableCell', children: [], position };
    const textPosition = { start: point(line, offset, offset + from), end: point(line, offset, offset + to) };
    return { type: 'tableCell', children: [{ type: 'text', value: content.slice(from, to), position: textPosition }], position };
  });
  return { type: 'tableRow', children, position: { start: point(line, offset, offset), end: point(line, offset, end) } };
}

/** A copy of a row parsed at another place, moved by `offsetBy` characters and `linesBy` lines. */
function movedRow(row: TableRow, offsetBy: number, linesBy: number): TableRow {
  const move = <N extends { position?: RootContent['position'] }>(node: N): N => {
    const copy = { ...node };
    if (node.position) {
      const { start, end } = node.position;
      copy.position = {
        start: { line: start.line + linesBy, column: start.column, offset: (start.offset ?? 0) + offsetBy },
        end: { line: end.line + linesBy, column: end.column, offset: (end.offset ?? 0) + offsetBy },
      };
    }
    if ('children' in copy) (copy as { children: RootContent[] }).children = (copy as unknown as { children: RootContent[] }).children.map(move);
    return copy;
  };
  return move(row);
}

/** Whether every line of the block (three or more, blank lines at its end aside) starts with `|`: what `readTableBlock` reads. */
export function isRowBlock(text: string): boolean {
  if (text.charCodeAt(0) !== 124) return false;
  const lines = linesOf(text);
  return lines.length >= 3 && lines.every((line) => ROW_LINE.test(line.content));
}

/**
 * The block's nodes when it is one GFM table and nothing else, every line a row that starts with `|`;
 * undefined for any other block (the caller parses it whole); null when a row is too complex to parse
 * within any budget (see `exceedsStructuralLimits`: counted per row, since each cell is parsed alone).
 * `parse` is the block parser that reads the header, the delimiter row and the rows with markup.
 */
export function readTableBlock(text: string, parse: (text: string) => RootContent[]): RootContent[] | null | undefined {
  if (!isRowBlock(text)) return undefined;
  const lines = linesOf(text);
  const [header, delimiter, ...body] = lines;
  if (exceedsStructuralLimits(header.content)) return null;
  const parsedLines = [header, delimiter];
  for (const line of body) {
    if (PLAIN_ROW.test(line.content)) continue;
    if (exceedsStructuralLimits(line.content)) return null;
    parsedLines.push(line);
  }
  const withBreak = (line: Line) => (line.raw === line.content ? `${line.content}\n` : line.raw);
  const parsed = parse(parsedLines.map(withBreak).join(''));
  const [table] = parsed;
  if (parsed.length !== 1 || table.type !== 'table' || table.children.length !== parsedLines.length - 1) return undefined;
  const rows: TableRow[] = [table.children[0]];
  let parsedRow = 1;
  let parsedOffset = header.raw.length + delimiter.raw.length;
  body.forEach((line, index) => {
    const lineNumber = index + 3;
    if (parsedLines[parsedRow + 1] !== line) {
      rows.push(plainRow(line.content, line.offset, lineNumber));
      return;
    }
    rows.push(movedRow(table.children[parsedRow], line.offset - parsedOffset, lineNumber - (parsedRow + 2)));
    parsedOffset += withBreak(line).length;
    parsedRow++;
  });
  const last = rows[rows.length - 1].position!.end;
  const whole: Table = { ...table, children: rows, position: { start: table.position!.start, end: { ...last } } };
  return [whole];
}
