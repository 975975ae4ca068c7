// Names of civil servants and citizens. Public persons (a public role anywhere in the document, configured
// publicPersons, the built-in list of politicians) are never reported; see README.md for the signals and scores.
import type { SourceDocument } from '../source/types';
import type { Span } from '../types';
import { NameIndex, type NameAnalysis, type NameMention } from './doc';
import { compatible, type ParsedName } from './nameparse';
import type { MessageId, MessageRef } from '../messages';
import type { PiiCandidate } from './types';
import { lineEnd, lineStart, makeCandidate, nextLineEnd, overlaps } from './util';
import { PARTICLES } from './lexicon';
import { partitionPoint } from '../search';

/** Endings of Dutch nouns and adjectives, unusual for surnames ("Persoonsgegevens", "Informatiehuishouding"). */
const NOUN_SUFFIX = /(?:ing|ingen|heden|ties|ieën|ssen|heid|schap|isme|iteit|tie|uur|ment|agen|gevens|zaken|beleid|raad|dienst|lijk|lijke|isch|ische|ief|ieve|aal|ale|eel|ele|centrum|centra|loket|desk)$/;

const SIGNAL_SCORE: Record<string, number> = {
  config: 0.95,
  field: 0.92,
  initials: 0.82,
  honorific: 0.8,
  unit: 0.8,
  role: 0.8,
  firstname: 0.78,
  near: 0.75,
  title: 0.72,
  propagated: 0.8,
  firm: 0.6,
};

const REASON_MESSAGE: Record<string, MessageId> = {
  'config:civil-servant': 'pii.reason.civil-servant',
  field: 'pii.reason.field',
  initials: 'pii.reason.initials',
  honorific: 'pii.reason.honorific',
  title: 'pii.reason.title',
  unit: 'pii.reason.unit',
  'list:firstname': 'pii.reason.firstname',
  'near:phone': 'pii.reason.near-phone',
  'near:email': 'pii.reason.near-email',
  propagated: 'pii.reason.propagated',
  firm: 'pii.reason.firm',
};

function reasonText(reason: string): MessageRef {
  if (REASON_MESSAGE[reason]) return { message: REASON_MESSAGE[reason] };
  if (reason.startsWith('role:')) return { message: 'pii.reason.role', args: { role: reason.slice(5) } };
  return { message: 'pii.reason.other', args: { reason } };
}

interface Scored {
  m: NameMention;
  reasons: string[];
  score: number;
  strong: boolean;
}

function spansNear(source: SourceDocument, m: Span, spans: Span[]): boolean {
  // same line, within 100 characters, or the line right before/after
  const ls = lineStart(source, m.start);
  const le = lineEnd(source, m.end);
  const prevLs = ls > 0 ? lineStart(source, ls - 1) : ls;
  const nextLe = nextLineEnd(source, m.end);
  for (const s of spans) {
    if (s.start >= ls && s.end <= le && Math.min(Math.abs(s.start - m.end), Math.abs(m.start - s.end)) <= 100) return true;
    if (s.start >= le && s.end <= nextLe && nextLe - le < 120) return true;
    if (s.start >= prevLs && s.end <= ls && ls - prevLs < 120) return true;
  }
  return false;
}

function sortedSpans(c: PiiCandidate[]): Span[] {
  return c.map((x) => x.span).sort((a, b) => a.start - b.start);
}

/** Index of the first span of a sorted array that ends at or after `from` (binary search). */
function firstEndingFrom(spans: Span[], from: number): number {
  return partitionPoint(spans.length, (i) => spans[i].end < from);
}

/** Whether some span of a sorted array within [from, to) satisfies `pred`, without allocating. */
function someIn(spans: Span[], from: number, to: number, pred: (s: Span) => boolean): boolean {
  for (let k = firstEndingFrom(spans, from); k < spans.length && spans[k].start < to; k++) if (pred(spans[k])) return true;
  return false;
}

/** The spans of a sorted array within [from, to): keeps "near" checks linear overall. */
function window(spans: Span[], from: number, to: number): Span[] {
  const out: Span[] = [];
  for (let k = firstEndingFrom(spans, from); k < spans.length && spans[k].start < to; k++) out.push(spans[k]);
  return out;
}

/** What the other detectors found in the same text. */
export interface NameContext {
  phones: PiiCandidate[];
  emails: PiiCandidate[];
  addresses: PiiCandidate[];
  signatures: PiiCandidate[];
}

/** Names of civil servants and citizens, judged with the document's name analysis and the other detectors' finds. */
export function findNames(source: SourceDocument, a: NameAnalysis, context: NameContext): PiiCandidate[] {
  const { text } = source;
  const phones = sortedSpans(context.phones);
  const emails = sortedSpans(context.emails);
  const addresses = sortedSpans(context.addresses);
  const sigSpans = sortedSpans(context.signatures);
  const inSignature = (m: Span) => someIn(sigSpans, m.start, m.end, (s) => overlaps(s, m));
  const scored: Scored[] = [];
  const unscored: NameMention[] = [];
  // institutions named after someone ("Stichting Jan Vos"): personal only when that person is, in this document
  const orgs: NameMention[] = [];
  for (const m of a.mentions) {
    if (m.org) {
      if (m.publicBy.length === 0 && (m.initials.length > 0 || m.firstNames.length > 0 || m.capCount <= 2)) orgs.push(m);
      continue;
    }
    // a surname that is also a place ("mevrouw Bergen") counts when a form of address says it is a person
    if (m.place && !m.signals.some((s) => s === 'honorific' || s === 'title' || s === 'field')) continue;
    if (m.publicBy.length > 0) continue;
    if (inSignature(m)) continue;
    if (someIn(addresses, m.start, m.end, (s) => overlaps(s, m))) continue;
    // hyphenated compounds with a lower-case part are words, not names ("Frank-stichting")
    if (m.surname.some((w) => w.split('-').slice(1).some((part) => /^\p{Ll}/u.test(part) && !PARTICLES.has(part)))) continue;
    const reasons: string[] = [];
    let civil = false;
    for (const c of a.civilNames) {
      if (compatible(m, c)) {
        civil = true;
        break;
      }
    }
    if (!civil && (a.isPublic(m) || a.isHistorical(m))) continue;
    if (civil) reasons.push('config:civil-servant');
    for (const s of m.signals) reasons.push(s);
    if (m.initials.length > 0 && m.capCount >= 1) reasons.push('initials');
    if (m.firstNames.length > 0 && m.capCount >= 2) reasons.push('list:firstname');
    // (spans further than 400 characters before the name cannot count: bounded also on one very long line)
    const win = (spans: Span[]) => window(spans, Math.max(lineStart(source, Math.max(0, m.start - 250)), m.start - 400), m.end + 250);
    const nearPhone = spansNear(source, m, win(phones));
    const nearEmail = spansNear(source, m, win(emails));
    // contact details make a name-like pair a name even without a first-name list hit ("Kajsa Ollongren, 06 …")
    const structural = m.initials.length > 0 || m.firstNames.length > 0 || m.capCount >= 2 || reasons.length > 0;
    if (nearPhone && structural) reasons.push('near:phone');
    if (nearEmail && structural) reasons.push('near:email');
    const strongShape = m.initials.length > 0 || m.firstNames.length > 0 || reasons.some((r) => r === 'honorific' || r === 'title' || r.startsWith('config'));
    if (!strongShape) {
      // "Secretariaat DGDOO", "Arbeidsverhoudingen", "Informatiesamenleving": a unit or a noun, not a surname
      const nextTok = a.toks[m.to];
      if (m.capCount === 1 && nextTok && nextTok.kind === 'word' && nextTok.nl === 0 && nextTok.t.length >= 2 && nextTok.t === nextTok.t.toUpperCase() && /\p{Lu}/u.test(nextTok.t)) {
        unscored.push(m);
        continue;
      }
      if (m.surname.every((w) => PARTICLES.has(w.toLowerCase()) || NOUN_SUFFIX.test(w))) {
        unscored.push(m);
        continue;
      }
    }
    const personSignal = reasons.some((r) => r !== 'unit' && !r.startsWith('near:'));
    if (!personSignal) {
      const nounLike = m.surname.some((w) => NOUN_SUFFIX.test(w));
      const prevTok = a.toks[m.from - 1];
      const afterAcronym = prevTok !== undefined && prevTok.kind === 'word' && prevTok.t.length >= 2 && prevTok.t === prevTok.t.toUpperCase() && /\p{Lu}/u.test(prevTok.t);
      // "het Logius Servicecentrum", "een Randstad Uitzendbureau": a neuter or indefinite article names a thing
      const afterArticle = prevTok !== undefined && (prevTok.t === 'het' || prevTok.t === 'Het' || prevTok.t === 'een' || prevTok.t === 'Een');
      const pair = m.capCount >= 2 && m.capCount <= 4 && !nounLike && !afterAcronym && !afterArticle;
      // "Beurs van Berlage, Damrak 243": a name right before an address, with no sign of a person, names the venue
      const venue = window(addresses, m.end, m.end + 4).some((s) => s.start >= m.end && /^[\s,:;|-]{0,3}$/.test(text.slice(m.end, s.start)));
      if (!(pair && !venue && reasons.some((r) => r.startsWith('near:')))) {
        unscored.push(m);
        continue;
      }
    }
    scored.push(score(m, reasons));
  }
  // propagation: other mentions of a personal name (incl. signature names and configured civil servants)
  // a pair recognised only by nearby contact details may be an organisation ("Logius Servicecentrum"): no seed
  const seeds: ParsedName[] = [...a.civilNames, ...scored.filter((s) => s.score >= 0.75 && s.reasons.some((r) => !r.startsWith('near:') && r !== 'unit')).map((s) => s.m)];
  for (const m of a.mentions) if (m.capCount > 0 && someIn(sigSpans, m.start, m.end, (s) => s.start <= m.start && m.end <= s.end)) seeds.push(m);
  const seedIndex = new NameIndex(seeds);
  if (seeds.length > 0) {
    // an institution named after a person who is private in this document ("de familie Vos" … "Stichting Jan
    // Vos"); seeds carry a person's own evidence (not only contact details or a firm name)
    for (const m of orgs) {
      if (m.core.length < 3 || a.isPublic(m) || a.isHistorical(m)) continue;
      if (seedIndex.candidates(m).some((s) => s !== m && compatible(m, s))) scored.push(score(m, ['propagated']));
    }
    // partners in a firm name: "Van Houten & Bakker" where Bakker is a person in this document
    const byFrom = new Map<number, NameMention>();
    const byTo = new Map<number, NameMention>();
    for (const m of a.mentions) {
      byFrom.set(m.from, m);
      byTo.set(m.to, m);
    }
    const isSeed = (n: NameMention | undefined) => n !== undefined && seedIndex.candidates(n).some((s) => compatible(n, s));
    for (const m of unscored) {
      if (m.core.length < 3) continue;
      if (inSignature(m)) continue;
      const partner = (a.toks[m.to]?.t === '&' && isSeed(byFrom.get(m.to + 1))) || (a.toks[m.from - 1]?.t === '&' && isSeed(byTo.get(m.from - 1)));
      if (partner && m.capCount <= 2) {
        scored.push(score(m, ['firm']));
        continue;
      }
      for (const s of seedIndex.candidates(m)) {
        if (s === m) continue;
        if (compatible(m, s)) {
          scored.push(score(m, ['propagated']));
          break;
        }
      }
    }
  }
  return scored
    .sort((x, y) => x.m.start - y.m.start)
    .map((s) => {
      return makeCandidate(
        'name',
        text,
        { start: s.m.start, end: s.m.end },
        s.score,
        s.reasons,
        { message: 'pii.name.what', args: { text: text.slice(s.m.start, s.m.end).replace(/\s+/g, ' ') } },
        { message: 'pii.name.why', args: { reasons: s.reasons.map(reasonText) } },
        s.strong,
      );
    });
}

function score(m: NameMention, reasons: string[]): Scored {
  let best = 0;
  for (const r of reasons) {
    const key = r.startsWith('config') ? 'config' : r.startsWith('role:') ? 'role' : r.startsWith('near:') ? 'near' : r === 'list:firstname' ? 'firstname' : r;
    let v = SIGNAL_SCORE[key] ?? 0.6;
    if (key === 'initials' && m.initials.length >= 2) v = 0.86;
    best = Math.max(best, v);
  }
  const s = Math.min(0.98, best + 0.04 * (reasons.length - 1));
  const strong = s >= 0.85 || reasons.some((r) => r.startsWith('config') || r === 'field' || r.startsWith('near:'));
  return { m, reasons, score: s, strong };
}
