// Page furniture of the Kamer's publications: the running header and footer of the Aanhangsel and of
// Kamerstukken ("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 3"), the publication id
// (`ah-tk-20232024-1187`), the ISSN and "’s-Gravenhage 2024" lines, and the page number on its own line
// under a footer without one. A PDF extractor may glue the footer to the next line's text
// ("… Aanhangsel 1Antwoord 3"): then the furniture is the line's prefix and the rest is text.
// Hand-written, sticky regular expressions at known offsets: linear in the line length.
import type { Span } from '../types';
import { isDigit, isHSpace, isUpper } from '../source/chars';
import type { Line } from './lines';

/** One furniture token at a position (sticky): the footer, the publication id, the ISSN, the place and year. */
const TOKENS = [
  /(?:Tweede|Eerste)[ \u00a0]+Kamer,?[ \u00a0]+vergaderjaar[ \u00a0]+\d{4}[ \u00a0]*[–\-/][ \u00a0]*\d{2,4},?[ \u00a0]+Aanhangsel\b(?:[ \u00a0]*\d{1,4})?/iy,
  /Aanhangsel[ \u00a0]+Handelingen[ \u00a0]+I{1,2}[ \u00a0]+\d{4}[ \u00a0]*[–\-/][ \u00a0]*\d{2,4}(?:,?[ \u00a0]+nr\.[ \u00a0]*\d{1,5})?(?:[ \u00a0]*\d{1,4})?/iy,
  /(?:ah|kst|kv|h)-tk-\d{8}-[\dA-Z-]{1,20}/iy,
  /ISSN[ \u00a0]+\d{4}[ \u00a0]*-[ \u00a0]*\d{3}[\dX]/iy,
  /[’']s-Gravenhage[ \u00a0]+\d{4}/y,
];
/** A whole footer line as the Aanhangsel prints it (anything may follow the year). */
const FOOTER_LINE = /^\s*(?:(?:Tweede|Eerste)\s+Kamer,?\s+vergaderjaar\s+\d{4}\s*[–\-/]\s*\d{2,4}\b.*|Aanhangsel\s+Handelingen\s+I{1,2}\s+\d{4}.*)$/i;
/** A footer that names no page: the page number stands on the next line. */
const FOOTER_WITHOUT_PAGE = /Aanhangsel\s*$/i;

export interface Furniture {
  /** The furniture spans, one per line at most (a whole line, or the glued prefix of a line). */
  spans: Span[];
  /** Per line: 0 no furniture, 1 the whole line is furniture, 2 a prefix is (see `contentStart`). */
  kind: Uint8Array;
  /** Per line: the offset where the line's own text starts (after a glued prefix; the line start otherwise). */
  contentStart: Int32Array;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && (isHSpace(text[i]) || text[i] === '\f')) i++;
  return i;
}

/** The end of the run of furniture tokens at `start`, or `start` when none is there. */
function furnitureRun(text: string, start: number, end: number): number {
  let at = start;
  for (;;) {
    const from = skipSpace(text, at, end);
    let next = -1;
    for (const token of TOKENS) {
      token.lastIndex = from;
      const match = token.exec(text);
      if (match && from + match[0].length <= end) {
        next = from + match[0].length;
        break;
      }
    }
    if (next < 0) return at;
    at = next;
  }
}

/** A line holding only a page number (1–4 digits). */
function isPageNumber(text: string, line: Line): boolean {
  const from = skipSpace(text, line.start, line.end);
  let i = from;
  while (i < line.end && isDigit(text[i])) i++;
  return i > from && i - from <= 4 && skipSpace(text, i, line.end) === line.end;
}

export function readFurniture(text: string, lines: readonly Line[]): Furniture {
  const kind = new Uint8Array(lines.length);
  const contentStart = new Int32Array(lines.length);
  const spans: Span[] = [];
  let pageNumberNext = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    contentStart[index] = line.start;
    if (pageNumberNext && isPageNumber(text, line)) {
      kind[index] = 1;
      spans.push({ start: skipSpace(text, line.start, line.end), end: line.end });
      pageNumberNext = false;
      continue;
    }
    pageNumberNext = false;
    const first = skipSpace(text, line.start, line.end);
    const run = furnitureRun(text, line.start, line.end);
    const rest = skipSpace(text, run, line.end);
    if (run > line.start && rest === line.end) {
      kind[index] = 1;
      spans.push({ start: first, end: run });
      pageNumberNext = FOOTER_WITHOUT_PAGE.test(text.slice(first, run));
    } else if (run > line.start && isUpper(text[rest])) {
      // the extractor glued the next line's text to the footer
      kind[index] = 2;
      contentStart[index] = rest;
      spans.push({ start: first, end: run });
    } else if (FOOTER_LINE.test(text.slice(line.start, line.end))) {
      kind[index] = 1;
      spans.push({ start: first, end: line.end });
    }
  }
  return { spans, kind, contentStart };
}
