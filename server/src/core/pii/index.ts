// Personal-data detection (Woo): pure functions, text in, candidates out. No editor dependencies.
import type { Span } from '../types';
import { findAddresses } from './address';
import { findBirthdates } from './birthdate';
import { findBsn } from './bsn';
import { findEmails } from './email';
import { findIban } from './iban';
import { findNames } from './names';
import { findPhones } from './phone';
import { findSignatures } from './signature';
import type { PiiCandidate, PiiOptions, PiiType } from './types';
import { filterExcluded, overlaps } from './util';

export type { PiiCandidate, PiiExplanation, PiiOptions, PiiType } from './types';
export { findAddresses } from './address';
export { findBirthdates } from './birthdate';
export { elfproef, findBsn } from './bsn';
export { findEmails, FUNCTIONAL_MAILBOX_WORDS } from './email';
export { findIban } from './iban';
export { findNames } from './names';
export { findPhones } from './phone';
export { findSignatures } from './signature';

/** When candidates of different types overlap, the more specific one wins (lower index = higher priority). */
export const TYPE_PRIORITY: readonly PiiType[] = ['iban', 'bsn', 'email', 'phone', 'birthdate', 'address', 'signature', 'name'];

/** Run every detector; resolve overlaps; drop excluded spans and low scores. Sorted by position. */
export function detectPersonalData(text: string, options: PiiOptions = { publicPersons: [] }): PiiCandidate[] {
  const all: PiiCandidate[] = [
    ...findIban(text),
    ...findBsn(text),
    ...findEmails(text),
    ...findPhones(text),
    ...findBirthdates(text),
    ...findAddresses(text),
    ...findSignatures(text, options),
    ...findNames(text, options),
  ];
  const minScore = options.minScore ?? 0.5;
  const kept = resolveOverlaps(all.filter((c) => c.score >= minScore));
  return filterExcluded(kept, options.excluded).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

function resolveOverlaps(cands: PiiCandidate[]): PiiCandidate[] {
  const rank = (t: PiiType) => TYPE_PRIORITY.indexOf(t);
  const sorted = [...cands].sort((a, b) => rank(a.type) - rank(b.type) || b.score - a.score || a.span.start - b.span.start);
  const kept: PiiCandidate[] = [];
  // kept spans sorted by start for overlap queries
  const spans: Span[] = [];
  for (const c of sorted) {
    // binary search for spans that could overlap
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start < c.span.end) lo = mid + 1;
      else hi = mid;
    }
    let clash = false;
    // spans[0..lo) start before c ends; check the ones near lo (kept spans do not overlap each other)
    for (let k = lo - 1; k >= 0 && k >= lo - 2; k--) if (overlaps(spans[k], c.span)) clash = true;
    if (clash) continue;
    kept.push(c);
    spans.splice(lo, 0, c.span);
  }
  return kept;
}
