// Identifiers in the text (spec §5.1): Kamer zaak/document numbers, kv-tk/ah-tk/kst ids, and
// "bijlage N" references. Each regex is anchored on a literal and has bounded repetition: linear time.
import type { Span } from '../types';

export type KamerIdKind = 'zaak' | 'document' | 'kv-tk' | 'ah-tk' | 'kst';

export interface KamerId {
  kind: KamerIdKind;
  text: string;
  span: Span;
  valid: boolean;
  /** For a zaak/document number with too few digits: the zero-padded form. */
  padded?: string;
}

export interface BijlageReference {
  number: number;
  span: Span;
  numberSpan: Span;
}

// 2024Z01294, 2024D34636 (also inside kv-tk-2024Z01294); look-alikes with too few or many digits.
const ZAAK_OR_DOCUMENT = /(?<![\p{L}\p{N}])(?:kv-tk-)?((?:19|20)\d{2})([ZD])(\d{1,8})(?![\p{L}\p{N}])/gu;
const AH_TK = /(?<![\p{L}\p{N}])ah-tk-(\d{1,10})-(\d{1,6})(?![\p{L}\p{N}])/gu;
const KST = /(?<![\p{L}\p{N}])kst-(\d{1,7})-(\d{1,5})(?![\p{L}\p{N}])/gu;
const BIJLAGE = /(?<![\p{L}\p{N}])bijlage\s{1,3}(\d{1,3})(?![\p{L}\p{N}])/giu;

function consecutiveSession(years: string): boolean {
  return years.length === 8 && Number(years.slice(4)) === Number(years.slice(0, 4)) + 1;
}

export function findKamerIds(text: string): KamerId[] {
  const found: KamerId[] = [];
  for (const match of text.matchAll(ZAAK_OR_DOCUMENT)) {
    const [whole, year, letter, digits] = match;
    const kind: KamerIdKind = whole.startsWith('kv-tk-') ? 'kv-tk' : letter === 'Z' ? 'zaak' : 'document';
    const valid = digits.length === 5 && (kind !== 'kv-tk' || letter === 'Z');
    found.push({
      kind,
      text: whole,
      span: { start: match.index, end: match.index + whole.length },
      valid,
      padded: digits.length < 5 ? whole.replace(`${year}${letter}${digits}`, `${year}${letter}${digits.padStart(5, '0')}`) : undefined,
    });
  }
  for (const match of text.matchAll(AH_TK)) {
    found.push({ kind: 'ah-tk', text: match[0], span: { start: match.index, end: match.index + match[0].length }, valid: consecutiveSession(match[1]) });
  }
  for (const match of text.matchAll(KST)) {
    found.push({ kind: 'kst', text: match[0], span: { start: match.index, end: match.index + match[0].length }, valid: match[1].length >= 4 && match[1].length <= 6 });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

export function findBijlageReferences(text: string, skip: (offset: number) => boolean): BijlageReference[] {
  const found: BijlageReference[] = [];
  for (const match of text.matchAll(BIJLAGE)) {
    if (skip(match.index)) continue;
    const numberStart = match.index + match[0].length - match[1].length;
    found.push({
      number: Number(match[1]),
      span: { start: match.index, end: match.index + match[0].length },
      numberSpan: { start: numberStart, end: numberStart + match[1].length },
    });
  }
  return found;
}
