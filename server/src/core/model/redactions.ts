// Redaction markers (spec §7.2): [Redacted], [geanonimiseerd], [gelakt], runs of █, and ground codes.
import type { ResolvedConfig } from '../config';
import type { PiiCandidate } from '../pii';
import { normalizeGroundCode, wooGround } from '../woo';
import type { NotaDocument, Redaction } from './types';

/**
 * The marker that redacts personal data: an absolute ground where the detector names one (a BSN or V-nummer
 * on 5.1.1e, identification numbers; special categories on 5.1.1d), all else on the configured marker.
 */
export function redactionMarkerFor(candidate: Pick<PiiCandidate, 'ground'>, config: ResolvedConfig): string {
  return candidate.ground ? `[${candidate.ground}]` : config.redactionMarker;
}

const WORD_MARKER = /\[(?:redacted|geanonimiseerd|gelakt|weggelakt)\]/giu;
const BAR_MARKER = /█+/gu;
// A bracket holding one or more codes like 5.1.2e, 5.1.2.e, 5.2, 10.2.e, 11.1 (comma or space separated).
const CODE = String.raw`\d{1,2}(?:\.\d{1,2}){1,2}(?:\.?[a-z])?`;
// Spaces around separators are bounded, so no two quantifiers compete for the same characters.
const CODE_MARKER = new RegExp(String.raw`\[ ?(${CODE}(?: {0,2}[,;]? {0,2}${CODE}){0,8}) ?\]`, 'giu');
const SINGLE_CODE = new RegExp(CODE, 'giu');

export function findRedactions(text: string): Redaction[] {
  const found: Redaction[] = [];
  for (const match of text.matchAll(WORD_MARKER)) {
    found.push({ span: { start: match.index, end: match.index + match[0].length }, form: 'text', codes: [] });
  }
  for (const match of text.matchAll(BAR_MARKER)) {
    found.push({ span: { start: match.index, end: match.index + match[0].length }, form: 'bar', codes: [] });
  }
  for (const match of text.matchAll(CODE_MARKER)) {
    const inner = match[1];
    const innerStart = match.index + match[0].indexOf(inner);
    const codes = [...inner.matchAll(SINGLE_CODE)].map((code) => ({
      code: code[0].toLowerCase(),
      span: { start: innerStart + code.index, end: innerStart + code.index + code[0].length },
    }));
    found.push({ span: { start: match.index, end: match.index + match[0].length }, form: 'code', codes });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** Woo grounds used in markers (normalised), and whether the document is redacted at all. */
export function redactionGrounds(doc: NotaDocument): { redacted: boolean; grounds: string[] } {
  const grounds = new Set<string>();
  for (const redaction of doc.redactions) for (const code of redaction.codes) if (wooGround(code.code)) grounds.add(normalizeGroundCode(code.code));
  // An empty Opgesteld door counts as redacted (spec §7.2).
  const emptyAuthor = doc.header.fields.some((field) => field.key === 'opgesteldDoor' && field.value === '');
  return { redacted: doc.redactions.length > 0 || emptyAuthor, grounds: [...grounds].sort() };
}
