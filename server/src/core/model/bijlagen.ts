// The Bijlagen table (spec §4) in its three forms: GFM table, tab-separated lines, plain `N Naam` lines.
import type { SourceDocument, TableCell } from '../source/types';
import type { Span } from '../types';
import type { BijlageRow, BijlagenTable, Section, SourceLine } from './types';

const HEADER_KEYS = ['volgnummer', 'naam', 'informatie'];
const PLAIN_ROW = /^\s*(\d{1,3})\s+(\S.*?)\s*$/;

export function parseBijlagen(section: Section, source: SourceDocument): BijlagenTable | undefined {
  return tableIn(section, source, 'gfm') ?? tableIn(section, source, 'tabs') ?? plainTable(section, source.lines);
}

function rowOf(cells: readonly TableCell[], span: Span): BijlageRow {
  const [numberCell, naamCell, infoCell] = cells;
  const numberText = numberCell?.plain ?? '';
  return {
    number: /^\d+$/.test(numberText) ? Number(numberText) : undefined,
    numberText,
    numberSpan: numberCell && !numberCell.empty ? numberCell.span : { start: span.start, end: span.start },
    naam: naamCell?.text ?? '',
    naamSpan: naamCell && !naamCell.empty ? naamCell.span : undefined,
    informatie: infoCell?.text ?? '',
    span,
  };
}

/**
 * The section's table of the given form: a GFM table (any header), or tab-separated lines whose header
 * reads Volgnummer, Naam, Informatie (seed 000).
 */
function tableIn(section: Section, source: SourceDocument, form: 'gfm' | 'tabs'): BijlagenTable | undefined {
  const table = source.tables.find(
    (candidate) =>
      candidate.form === form &&
      candidate.span.start >= section.span.start &&
      candidate.span.end <= section.span.end &&
      (form === 'gfm' || isHeaderRow(source.lines[candidate.firstLine])),
  );
  return table && { form, span: table.span, rows: table.rows.map((row) => rowOf(row.cells, row.span)) };
}

function sectionLines(section: Section, lines: readonly SourceLine[]): SourceLine[] {
  return lines.slice(section.headingLine + 1, section.lastLine + 1);
}

function isHeaderRow(line: SourceLine): boolean {
  const words = line.key.split(/\s+/);
  return HEADER_KEYS.every((key, i) => words[i] === key);
}

/** Seed 001: a `Volgnummer Naam Informatie` line, then `N Naam…` rows whose name may wrap. */
function plainTable(section: Section, lines: readonly SourceLine[]): BijlagenTable | undefined {
  const body = sectionLines(section, lines);
  const headerIndex = body.findIndex(isHeaderRow);
  if (headerIndex < 0) return undefined;
  const rows: BijlageRow[] = [];
  let end = body[headerIndex].span.end;
  let current: BijlageRow | undefined;
  for (const line of body.slice(headerIndex + 1)) {
    const match = PLAIN_ROW.exec(line.text);
    if (match) {
      const numberStart = line.span.start + line.text.indexOf(match[1]);
      const naamStart = line.span.start + line.text.indexOf(match[2], line.text.indexOf(match[1]) + match[1].length);
      current = {
        number: Number(match[1]),
        numberText: match[1],
        numberSpan: { start: numberStart, end: numberStart + match[1].length },
        naam: match[2],
        naamSpan: { start: naamStart, end: naamStart + match[2].length },
        informatie: '',
        span: line.span,
      };
      rows.push(current);
    } else if (line.block === 'blank') {
      current = undefined;
      continue;
    } else if (current) {
      // A wrapped name continues on the next line.
      current.naam = `${current.naam} ${line.plain}`.trim();
      current.naamSpan = { start: current.naamSpan!.start, end: line.span.start + line.text.trimEnd().length };
      current.span = { start: current.span.start, end: line.span.end };
    } else {
      break;
    }
    end = line.span.end;
  }
  return { form: 'plain', span: { start: body[headerIndex].span.start, end }, rows };
}
