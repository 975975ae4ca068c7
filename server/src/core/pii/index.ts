// Personal-data detection (Woo): pure functions, the source layer in, candidates out. No editor dependencies.
import { findDates } from '../dates';
import type { SourceDocument } from '../source/types';
import { findAddresses } from './address';
import { analyseNames } from './doc';
import { findBirthdates } from './birthdate';
import { findBsn } from './bsn';
import { findEmails } from './email';
import { findIban } from './iban';
import { findNames } from './names';
import { withNameForms } from './nameforms';
import { findPhones } from './phone';
import { findSignatures } from './signature';
import { aboutPersons, findCaseNumbers } from './casenumber';
import { findIdDocuments } from './iddocument';
import { findPersonnelNumbers } from './personnel';
import { findLicencePlates } from './plate';
import { findSpecialCategories } from './special';
import { findVNumbers } from './vnumber';
import type { PiiCandidate, PiiOptions, PiiType } from './types';
import { filterExcluded } from './util';
import { spaceTables, tableAt } from '../source/tables';

export type { PiiCandidate, PiiExplanation, PiiOptions, PiiType } from './types';
export { findAddresses } from './address';
export { findBirthdates } from './birthdate';
export { elfproef, findBsn } from './bsn';
export { findEmails, FUNCTIONAL_MAILBOX_WORDS } from './email';
export { findIban } from './iban';
export { findNames } from './names';
export { findPhones } from './phone';
export { findSignatures } from './signature';
export { findCaseNumbers } from './casenumber';
export { findIdDocuments } from './iddocument';
export { findPersonnelNumbers } from './personnel';
export { findLicencePlates } from './plate';
export { findSpecialCategories } from './special';
export { findVNumbers } from './vnumber';

/** When candidates of different types overlap, the more specific one wins (lower index = higher priority). */
export const TYPE_PRIORITY: readonly PiiType[] = [
  'iban',
  'bsn',
  'v-number',
  'id-document',
  'personnel-number',
  'case-number',
  'licence-plate',
  'email',
  'phone',
  'birthdate',
  'address',
  'signature',
  'name',
];

/** Run every detector; resolve overlaps; drop excluded spans and low scores. Sorted by position. */
export function detectPersonalData(document: SourceDocument, options: PiiOptions = { publicPersons: [] }): PiiCandidate[] {
  const source = withSpaceTables(document);
  const emails = findEmails(source);
  const phones = findPhones(source);
  const addresses = findAddresses(source, options.publicAddresses);
  const names = analyseNames(source, options, options.tokens);
  const signatures = findSignatures(source, names);
  const all: PiiCandidate[] = [
    ...findIban(source),
    ...findBsn(source),
    ...findVNumbers(source),
    ...findIdDocuments(source),
    ...findPersonnelNumbers(source),
    ...findCaseNumbers(source),
    ...findLicencePlates(source),
    ...emails,
    ...phones,
    ...findBirthdates(source, options.dates ?? findDates(source.text)),
    ...addresses,
    ...signatures,
    ...withNameForms(source, findNames(source, names, { phones, emails, addresses, signatures })),
  ];
  const minScore = options.minScore ?? 0.5;
  const resolved = resolveOverlaps(all.filter((c) => c.score >= minScore));
  const persons = resolved.filter((c) => c.type === 'name' || c.type === 'signature').map((c) => c.span).sort((a, b) => a.start - b.start);
  const kept = aboutPersons(source, resolved, persons);
  // A special category is a statement about a person, not an identifier: it may hold a name or a date that is
  // its own finding, so it takes no part in the overlap resolution.
  const special = findSpecialCategories(source, persons).filter((c) => c.score >= minScore);
  return filterExcluded([...kept, ...special], options.excluded).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/**
 * The source with the tables that a plain-text nota lays out with spaces added to its tables: a column headed
 * "Geb.datum" or "V-nummer" holds birth dates or V-nummers there too. Only the detectors read them.
 */
function withSpaceTables(source: SourceDocument): SourceDocument {
  const extra = spaceTables(source.lines).filter((t) => !tableAt(source.tables, t.span.start) && !tableAt(source.tables, t.span.end));
  if (extra.length === 0) return source;
  return { ...source, tables: [...source.tables, ...extra].sort((a, b) => a.span.start - b.span.start) };
}

function resolveOverlaps(cands: PiiCandidate[]): PiiCandidate[] {
  const rank = (t: PiiType) => TYPE_PRIORITY.indexOf(t);
  const sorted = [...cands].sort((a, b) => rank(a.type) - rank(b.type) || b.score - a.score || a.span.start - b.span.start);
  const kept: PiiCandidate[] = [];
  // characters covered by a kept candidate: checking and marking costs the candidate's length, and candidates of
  // one detector hardly overlap, so this is linear in the text (a sorted array with inserts was quadratic)
  let size = 0;
  for (const c of cands) size = Math.max(size, c.span.end);
  const covered = new Uint8Array(size + 1);
  for (const c of sorted) {
    let clash = false;
    for (let i = c.span.start; i < c.span.end; i++) {
      if (covered[i] === 1) {
        clash = true;
        break;
      }
    }
    if (clash) continue;
    kept.push(c);
    covered.fill(1, c.span.start, c.span.end);
  }
  return kept;
}
