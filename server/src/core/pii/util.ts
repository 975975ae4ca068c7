// Small helpers shared by the personal-data detectors. Everything here is linear in the input size.
import type { Span } from '../types';
import type { PiiCandidate, PiiExplanation, PiiType } from './types';
import { partitionPoint } from '../search';
import { keyOfPlain } from '../text';

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

// ASCII fast paths before the Unicode regular expressions (these run for every character of the text)
export function isAlnum(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(ch);
}

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}

export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** `n` characters before `pos` (fewer at the start of the text). */
export function before(text: string, pos: number, n: number): string {
  return text.slice(Math.max(0, pos - n), pos);
}

/** `n` characters from `pos` on. */
export function after(text: string, pos: number, n: number): string {
  return text.slice(pos, pos + n);
}

let lineCache: { text: string; breaks: number[] } | undefined;

/** Offsets of every '\n' in the text (cached for the last text), for O(log n) line look-ups. */
function lineBreaks(text: string): number[] {
  if (lineCache && lineCache.text === text) return lineCache.breaks;
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  lineCache = { text, breaks };
  return breaks;
}

/** Index of the first line break at or after pos (breaks.length when none). */
function firstBreakFrom(breaks: number[], pos: number): number {
  return partitionPoint(breaks.length, (i) => breaks[i] < pos);
}

/** Start of the line holding pos (the character after the previous '\n'). */
export function lineStart(text: string, pos: number): number {
  const b = lineBreaks(text);
  const k = firstBreakFrom(b, pos) - 1; // last break < pos
  return k < 0 ? 0 : b[k] + 1;
}

/** End of the line holding pos (the next '\n' at or after pos, or the text length). */
export function lineEnd(text: string, pos: number): number {
  const b = lineBreaks(text);
  const k = firstBreakFrom(b, pos);
  return k >= b.length ? text.length : b[k];
}

/** True when `re` (no g flag) matches in the window of `left` chars before and `right` chars after the span. */
export function contextHas(text: string, span: Span, re: RegExp, left: number, right: number): boolean {
  return re.test(before(text, span.start, left)) || re.test(after(text, span.end, right));
}

export function clamp01(x: number): number {
  return Math.max(0, Math.min(1, Math.round(x * 100) / 100));
}

/** Percentage wording of a score for explanations. */
export function sure(score: number): PiiExplanation {
  if (score >= 0.9) return { nl: 'zeer waarschijnlijk', en: 'very likely' };
  if (score >= 0.75) return { nl: 'waarschijnlijk', en: 'likely' };
  if (score >= 0.5) return { nl: 'mogelijk', en: 'possibly' };
  return { nl: 'twijfelachtig', en: 'doubtful' };
}

export function makeCandidate(
  type: PiiType,
  text: string,
  span: Span,
  score: number,
  reasons: string[],
  what: PiiExplanation,
  why: PiiExplanation,
  strong: boolean,
): PiiCandidate {
  const s = clamp01(score);
  const how = sure(s);
  const pct = Math.round(s * 100);
  return {
    type,
    span,
    text: text.slice(span.start, span.end),
    score: s,
    reasons,
    explanation: {
      nl: `${what.nl}: ${why.nl}. Dit is ${how.nl} een persoonsgegeven (score ${pct}%).`,
      en: `${what.en}: ${why.en}. This is ${how.en} personal data (score ${pct}%).`,
    },
    strong,
  };
}

export function isExcluded(span: Span, excluded: readonly Span[] | undefined): boolean {
  if (!excluded || excluded.length === 0) return false;
  for (const e of excluded) if (overlaps(span, e)) return true;
  return false;
}

/** Drop candidates overlapping excluded spans (binary search over sorted excluded spans). */
export function filterExcluded<T extends { span: Span }>(items: T[], excluded: readonly Span[] | undefined): T[] {
  if (!excluded || excluded.length === 0) return items;
  const ex = [...excluded].sort((a, b) => a.start - b.start);
  // prefix max of ends, to answer "does any excluded span overlap [s,e)" in O(log n)
  const maxEnd: number[] = [];
  let m = -Infinity;
  for (const e of ex) {
    m = Math.max(m, e.end);
    maxEnd.push(m);
  }
  return items.filter((it) => {
    // the last excluded span that starts before the candidate ends
    const idx = partitionPoint(ex.length, (i) => ex[i].start < it.span.end) - 1;
    return !(idx >= 0 && maxEnd[idx] > it.span.start);
  });
}

/** Lower-case, strip diacritics. */
export function fold(s: string): string {
  return keyOfPlain(s);
}

interface TableBlock {
  /** Offsets of the first and last line of the table (start of first line, end of last line). */
  start: number;
  end: number;
  /** Header cells (trimmed, markup stripped), or undefined when the table has no header row. */
  header: string[];
  sep: '|' | '\t';
}

let tableCache: { text: string; blocks: TableBlock[] } | undefined;

function splitCells(line: string, sep: '|' | '\t'): string[] {
  let l = line.trim();
  if (sep === '|') {
    if (l.startsWith('|')) l = l.slice(1);
    if (l.endsWith('|')) l = l.slice(0, -1);
  }
  return l.split(sep).map((c) => c.replace(/[*_`]+/g, '').trim());
}

/**
 * Tables in the text: Markdown tables ("| a | b |" with a "| --- |" row under the header) and tab-separated
 * blocks of two or more lines with the same number of tabs (plain text pasted from a PDF; the first line is
 * the header). One pass over the lines; cached for the last text.
 */
function tableBlocks(text: string): TableBlock[] {
  if (tableCache && tableCache.text === text) return tableCache.blocks;
  const blocks: TableBlock[] = [];
  const lines: Array<{ s: number; e: number }> = [];
  for (let s = 0; s <= text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    lines.push({ s, e });
    s = e + 1;
  }
  const isPipe = (k: number) => {
    const l = text.slice(lines[k].s, Math.min(lines[k].e, lines[k].s + 4)).trimStart();
    return l.startsWith('|');
  };
  const isSep = (k: number) => {
    const l = text.slice(lines[k].s, Math.min(lines[k].e, lines[k].s + 2000));
    return /^[\s|:\-]+$/.test(l) && l.includes('--');
  };
  const tabs = (k: number) => {
    let n = 0;
    for (let i = lines[k].s; i < lines[k].e; i++) if (text.charCodeAt(i) === 9) n++;
    return n;
  };
  let k = 0;
  while (k < lines.length) {
    if (isPipe(k)) {
      let j = k;
      while (j < lines.length && isPipe(j)) j++;
      const hasHeader = j - k >= 2 && isSep(k + 1);
      const headerLine = text.slice(lines[k].s, Math.min(lines[k].e, lines[k].s + 2000));
      blocks.push({ start: lines[k].s, end: lines[j - 1].e, header: hasHeader ? splitCells(headerLine, '|') : [], sep: '|' });
      k = j;
      continue;
    }
    const t = tabs(k);
    if (t > 0) {
      let j = k + 1;
      while (j < lines.length && tabs(j) === t) j++;
      if (j - k >= 2) {
        const headerLine = text.slice(lines[k].s, Math.min(lines[k].e, lines[k].s + 2000));
        blocks.push({ start: lines[k].s, end: lines[j - 1].e, header: splitCells(headerLine, '\t'), sep: '\t' });
      }
      k = j;
      continue;
    }
    k++;
  }
  tableCache = { text, blocks };
  return blocks;
}

/**
 * Body cells of the table columns whose header matches `header`: [start, end) of each cell's trimmed text.
 * Linear in the size of the matching tables.
 */
export function tableColumnCells(text: string, header: RegExp): Span[] {
  const out: Span[] = [];
  for (const b of tableBlocks(text)) {
    const cols = b.header.map((h, i) => (header.test(h) ? i : -1)).filter((i) => i >= 0);
    if (cols.length === 0) continue;
    let ls = text.indexOf('\n', b.start);
    while (ls >= 0 && ls < b.end) {
      const s = ls + 1;
      let e = text.indexOf('\n', s);
      if (e < 0 || e > b.end) e = b.end;
      const line = text.slice(s, e);
      if (!(b.sep === '|' && /^[\s|:\-]+$/.test(line))) {
        // cell boundaries
        let col = 0;
        let cs = s;
        let i = s;
        const lead = b.sep === '|' ? line.indexOf('|') : -1;
        if (lead >= 0 && /^\s*$/.test(line.slice(0, lead))) {
          cs = s + lead + 1;
          i = cs;
        }
        for (; i <= e; i++) {
          if (i === e || text[i] === b.sep) {
            if (cols.includes(col)) {
              let a = cs;
              let z = i;
              while (a < z && /\s/.test(text[a])) a++;
              while (z > a && /\s/.test(text[z - 1])) z--;
              if (z > a) out.push({ start: a, end: z });
            }
            col++;
            cs = i + 1;
          }
        }
      }
      ls = e < b.end ? e : -1;
    }
  }
  return out;
}

/**
 * The header cell of the table column that holds `pos` ("Naam", "Geb.datum", "BSN"), when `pos` is in a body
 * row of a Markdown or tab-separated table; undefined otherwise (also in the header row itself).
 */
export function tableColumnHeader(text: string, pos: number): string | undefined {
  const blocks = tableBlocks(text);
  if (blocks.length === 0) return undefined;
  const b = blocks[partitionPoint(blocks.length, (i) => blocks[i].end < pos)];
  if (!b || b.start > pos || b.header.length === 0) return undefined;
  const ls = lineStart(text, pos);
  if (ls === b.start || pos - ls > 4000) return undefined; // the header row, or no table row
  const cellText = text.slice(ls, pos);
  let col = 0;
  for (let i = 0; i < cellText.length; i++) if (cellText[i] === b.sep) col++;
  if (b.sep === '|' && /^\s*\|/.test(cellText)) col--;
  return col >= 0 && col < b.header.length ? b.header[col] : undefined;
}

/** In a Markdown table row ("| a | b |"), the start of the cell holding `pos`; otherwise the line start. */
export function cellStart(text: string, pos: number): number {
  const ls = lineStart(text, pos);
  let i = ls;
  while (i < pos && (text[i] === ' ' || text[i] === '>')) i++;
  if (text[i] !== '|') return ls;
  for (let j = pos - 1; j >= ls && pos - j <= 400; j--) if (text[j] === '|') return j + 1;
  return ls;
}
