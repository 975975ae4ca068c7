// Numbers that are personal data because of the label before them (a V-nummer, a personeelsnummer, a
// citizen's zaaknummer): one bounded scanner shared by those detectors. A label is found with a
// bounded regular expression; the number is read from the characters after it, at most a short gap away.
import type { SourceDocument } from '../source/types';
import type { Span } from '../types';
import { isAlnum, isDigit, isUpper } from '../source/chars';
import { tableColumnHeader } from './util';
import { tableAt } from '../source/tables';

export interface LabelledNumber {
  span: Span;
  /** The label as written ("V-nummer", "parketnummer"), or the table column's header. */
  label: string;
}

export interface NumberShape {
  /** Fewest digits the number has (separators not counted). */
  minDigits: number;
  maxDigits: number;
  /** Letters allowed in the number (case numbers: "WIA-2026-118340", "C/13/7732 R"). */
  letters: boolean;
  /** Separators allowed between groups: "-", "/", ".", " ". */
  separators: string;
}

/** Characters a number may span at most; keeps each read bounded. */
const MAX_NUMBER = 32;

/** The number at `pos` in the given shape, or undefined; reads at most MAX_NUMBER characters. */
export function readNumber(text: string, pos: number, shape: NumberShape): Span | undefined {
  if (isAlnum(text[pos - 1])) return undefined;
  let i = pos;
  let digits = 0;
  let lastGood = -1;
  while (i < text.length && i - pos < MAX_NUMBER) {
    const ch = text[i];
    if (isDigit(ch)) digits++;
    else if (shape.letters && isUpper(ch)) {
      // a letter group; lower-case letters end the number
    } else if (shape.separators.includes(ch) && i > pos && isAlnum(text[i - 1]) && isAlnum(text[i + 1])) {
      // a single separator between two groups; a space only before a digit or a one-letter suffix ("7732 R")
      if (ch === ' ' && !(isDigit(text[i + 1]) || (shape.letters && isUpper(text[i + 1]) && !isAlnum(text[i + 2])))) break;
    } else break;
    if (isAlnum(ch)) lastGood = i + 1;
    i++;
  }
  if (lastGood < 0 || isAlnum(text[lastGood]) || digits < shape.minDigits || digits > shape.maxDigits) return undefined;
  // a number that is only letters, or letters glued to a lower-case word, is no number
  if (!isDigit(text[pos]) && !isUpper(text[pos])) return undefined;
  return { start: pos, end: lastGood };
}

/**
 * Numbers after a label matched by `label` (a regex with the g flag, ending where the number may start),
 * allowing a gap of at most `gap` characters without digits or a sentence end ("het klantnummer van mevrouw X
 * bij het CJIB is 8822-…"), and numbers in a table column whose header matches `header`.
 */
export function findLabelledNumbers(source: SourceDocument, label: RegExp, header: RegExp | undefined, shape: NumberShape, gap: number): LabelledNumber[] {
  const { text } = source;
  const out: LabelledNumber[] = [];
  let from = 0;
  label.lastIndex = 0;
  for (let m = label.exec(text); m; m = label.exec(text)) {
    let i = m.index + m[0].length;
    const limit = Math.min(text.length, i + gap);
    // a label in the key cell of a table row may have its number in the next cell ("| Dossiernummer | TBS-… |")
    let cellBorders = tableAt(source.tables, m.index) ? 1 : 0;
    // skip the gap: no sentence end, no blank line, no table cell border but that one
    while (i < limit && !isDigit(text[i]) && !(text[i] === '\n' && text[i + 1] === '\n')) {
      if (text[i] === '|' && cellBorders > 0) cellBorders--;
      else if (/[.!?;|]/.test(text[i])) break;
      i++;
    }
    if (!isDigit(text[i])) continue;
    const span = readNumber(text, shape.letters ? letterPrefixStart(text, i) : i, shape);
    if (span && span.start >= from) {
      out.push({ span, label: m[0].trim() });
      from = span.end;
    }
  }
  if (header) {
    for (const table of source.tables) {
      const column = table.header.findIndex((cell) => header.test(cell.plain));
      if (column < 0) continue;
      for (const row of table.rows) {
        const cell = row.cells[column];
        if (!cell || cell.empty) continue;
        const span = readNumber(text, cell.span.start, shape);
        if (span && span.end === cell.span.end && !out.some((o) => o.span.start === span.start)) out.push({ span, label: table.header[column].plain });
      }
    }
    // a key-value row keyed by the label, one value per person in the columns ("| V-nummer | 2741859362 | 3018 4475 20 |")
    for (const table of source.tables) {
      for (const row of table.rows) {
        const key = row.cells[0];
        if (!key || !header.test(key.plain)) continue;
        for (const cell of row.cells.slice(1)) {
          if (cell.empty) continue;
          const span = readNumber(text, cell.span.start, shape);
          if (span && span.end === cell.span.end && !out.some((o) => o.span.start === span.start)) out.push({ span, label: key.plain });
        }
      }
    }
  }
  return withRepeats(text, out).sort((a, b) => a.span.start - b.span.start);
}

/** How many distinct numbers are looked for again elsewhere in the text; bounds the work to a few passes. */
const MAX_REPEATED = 20;

/** A number found after its label is the same number where it recurs without one ("(zaak WIA-2026-118340)"). */
function withRepeats(text: string, found: LabelledNumber[]): LabelledNumber[] {
  const seen = new Set(found.map((f) => f.span.start));
  const out = [...found];
  const distinct = [...new Map(found.map((f) => [text.slice(f.span.start, f.span.end), f.label])).entries()].slice(0, MAX_REPEATED);
  for (const [number, label] of distinct) {
    for (let at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + number.length)) {
      if (seen.has(at) || isAlnum(text[at - 1]) || isAlnum(text[at + number.length])) continue;
      seen.add(at);
      out.push({ span: { start: at, end: at + number.length }, label });
    }
  }
  return out;
}

/** Letter groups a number may start with ("KL-OB-2026-…" has two). */
const MAX_LETTER_GROUPS = 3;

/** Where a number that starts with letter groups glued to its digits begins ("WIA-2026-…", "KL-OB-2026-…", "C/13/…", "NL26.…"). */
function letterPrefixStart(text: string, digit: number): number {
  let start = digit;
  for (let group = 0; group < MAX_LETTER_GROUPS; group++) {
    let at = start;
    if ('-/'.includes(text[at - 1] ?? ' ') && isUpper(text[at - 2])) at--;
    else if (group > 0) break;
    let letters = 0;
    while (letters < 4 && isUpper(text[at - 1])) {
      at--;
      letters++;
    }
    if (letters === 0 || isAlnum(text[at - 1])) break;
    start = at;
  }
  return start !== digit && !isAlnum(text[start - 1]) ? start : digit;
}

/** Whether a table column header at `pos` matches. */
export function inColumn(source: SourceDocument, pos: number, header: RegExp): boolean {
  const h = tableColumnHeader(source, pos);
  return h !== undefined && header.test(h);
}
