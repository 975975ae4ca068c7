// The Bijlagen table (spec §4) in its three forms: GFM table, tab-separated lines, plain `N Naam` lines.
import type { Root, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Span } from '../types';
import type { BijlageRow, BijlagenTable, Section, SourceLine } from './types';

const HEADER_KEYS = ['volgnummer', 'naam', 'informatie'];
const PLAIN_ROW = /^\s*(\d{1,3})\s+(\S.*?)\s*$/;

export function parseBijlagen(section: Section, lines: SourceLine[], tree: Root): BijlagenTable | undefined {
  return gfmTable(section, tree) ?? tabTable(section, lines) ?? plainTable(section, lines);
}

function cellSpan(cell: TableCell): Span | undefined {
  const start = cell.children[0]?.position?.start.offset;
  const end = cell.children[cell.children.length - 1]?.position?.end.offset;
  return start !== undefined && end !== undefined ? { start, end } : undefined;
}

function gfmTable(section: Section, tree: Root): BijlagenTable | undefined {
  const table = tree.children.find(
    (node): node is Table =>
      node.type === 'table' &&
      node.position !== undefined &&
      node.position.start.offset! >= section.span.start &&
      node.position.end.offset! <= section.span.end,
  );
  if (!table?.position) return undefined;
  const rows: BijlageRow[] = table.children.slice(1).map((row) => {
    const [numberCell, naamCell, infoCell] = row.children;
    const numberText = numberCell ? toString(numberCell).trim() : '';
    const rowStart = row.position!.start.offset!;
    return {
      number: /^\d+$/.test(numberText) ? Number(numberText) : undefined,
      numberText,
      numberSpan: (numberCell && cellSpan(numberCell)) ?? { start: rowStart, end: rowStart },
      naam: naamCell ? toString(naamCell).trim() : '',
      naamSpan: naamCell ? cellSpan(naamCell) : undefined,
      informatie: infoCell ? toString(infoCell).trim() : '',
      span: { start: rowStart, end: row.position!.end.offset! },
    };
  });
  return { form: 'gfm', span: { start: table.position.start.offset!, end: table.position.end.offset! }, rows };
}

function sectionLines(section: Section, lines: SourceLine[]): SourceLine[] {
  return lines.slice(section.headingLine + 1, section.lastLine + 1);
}

function isHeaderRow(line: SourceLine): boolean {
  const words = line.key.split(/\s+/);
  return HEADER_KEYS.every((key, i) => words[i] === key);
}

/** Seed 000: `<b>Volgnummer</b>\t<b>Naam</b>\t<b>Informatie</b>` then `1\tNaam\tInformatie` lines. */
function tabTable(section: Section, lines: SourceLine[]): BijlagenTable | undefined {
  const body = sectionLines(section, lines);
  const headerIndex = body.findIndex((line) => line.text.includes('\t') && isHeaderRow(line));
  if (headerIndex < 0) return undefined;
  const rows: BijlageRow[] = [];
  let end = body[headerIndex].span.end;
  for (const line of body.slice(headerIndex + 1)) {
    if (line.block === 'blank') continue;
    if (!line.text.includes('\t')) break;
    const cells: { text: string; span: Span }[] = [];
    let offset = line.span.start;
    for (const raw of line.text.split('\t')) {
      const lead = raw.length - raw.trimStart().length;
      cells.push({ text: raw.trim(), span: { start: offset + lead, end: offset + lead + raw.trim().length } });
      offset += raw.length + 1;
    }
    const [numberCell, naamCell, infoCell] = cells;
    rows.push({
      number: /^\d+$/.test(numberCell.text) ? Number(numberCell.text) : undefined,
      numberText: numberCell.text,
      numberSpan: numberCell.span,
      naam: naamCell?.text ?? '',
      naamSpan: naamCell?.text ? naamCell.span : undefined,
      informatie: infoCell?.text ?? '',
      span: line.span,
    });
    end = line.span.end;
  }
  return { form: 'tabs', span: { start: body[headerIndex].span.start, end }, rows };
}

/** Seed 001: a `Volgnummer Naam Informatie` line, then `N Naam…` rows whose name may wrap. */
function plainTable(section: Section, lines: SourceLine[]): BijlagenTable | undefined {
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
