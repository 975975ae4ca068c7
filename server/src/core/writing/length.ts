// The length of a nota as its reader meets it: the words of every visible line (header, headings, prose,
// tables), and an estimate in pages. Code, HTML comments and PDF residue (running headers, page numbers)
// are not counted.
import type { NotaDocument } from '../model/types';
import type { Locale } from '../types';

export interface LengthOptions {
  /** A nota longer than this many pages is reported (two pages is the usual limit for a beslisnota). */
  maxPages: number;
  /** How many words fill a page of the Rijkshuisstijl nota (A4, 9.5 pt, the wide left margin). */
  wordsPerPage: number;
}

export const DEFAULT_LENGTH_OPTIONS: LengthOptions = { maxPages: 2, wordsPerPage: 500 };

export interface DocumentLength {
  words: number;
  /** Estimated pages, rounded up to a tenth. */
  pages: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu;

export function documentLength(doc: NotaDocument, wordsPerPage: number): DocumentLength {
  let words = 0;
  for (const line of doc.lines) {
    if (line.block === 'blank' || line.block === 'code' || line.block === 'html' || doc.residueLines.has(line.index)) continue;
    words += line.plain.match(WORD)?.length ?? 0;
  }
  return { words, pages: Math.ceil((words / wordsPerPage) * 10) / 10 };
}

/** The options of the nota-length rule, with a sane value for each that is missing or out of range. */
export function lengthOptions(options: Partial<LengthOptions> | undefined): LengthOptions {
  const positive = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback);
  return { maxPages: positive(options?.maxPages, DEFAULT_LENGTH_OPTIONS.maxPages), wordsPerPage: positive(options?.wordsPerPage, DEFAULT_LENGTH_OPTIONS.wordsPerPage) };
}

/** A page count as the locale writes it: 2.6 in English, 2,6 in Dutch. */
export function formatPages(pages: number, locale: Locale): string {
  const text = String(Math.round(pages * 10) / 10);
  return locale === 'nl' ? text.replace('.', ',') : text;
}
