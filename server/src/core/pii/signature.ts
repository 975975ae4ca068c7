// Signatures: "w.g. J. Jansen", a paraaf with initials or a name, and a closing ("Hoogachtend,", "De directeur
// …,") followed by a name line. A minister's or state secretary's signature is public and not reported.
import type { SourceDocument } from '../source/types';
import { closingBefore, type NameAnalysis } from './doc';
import { PARTICLES, TITLES } from './lexicon';
import { isStopWord } from './nameparse';
import type { Span } from '../types';
import type { MessageRef } from '../messages';
import type { PiiCandidate } from './types';
import { lineEnd, lineStart, makeCandidate, tableColumnCells } from './util';
import { partitionPoint } from '../search';

/** A line that is only a name: optional titles, initials or first name(s), particles, surname(s). Bounded. */
const NAME_LINE = /^(?:(?:[Mm]r|[Dd]r|[Dd]rs|[Ii]r|[Ii]ng|[Pp]rof|[Dd]s)\.?\s{1,2}){0,3}(?:\p{Lu}\p{Ll}{0,2}\.(?:\s?-?\p{Lu}\p{Ll}{0,2}\.){0,5}\s{0,2}|(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?\s{1,2}){1,2}(?:\(\p{Lu}\p{Ll}{1,15}\)\s{1,2})?)(?:(?:van|de|der|den|ter|ten|te|het|'t|in|op|la|le|du|da|el|al|von)\s{1,2}){0,3}\p{Lu}[\p{L}'’]+(?:[- ]\p{Lu}[\p{L}'’]+){0,2}$/u;
const WG_RE = /(?<![\p{L}])\(?w\.\s?g\.?\)?(?![\p{L}])/giu;
const PARAAF_RE = /(?<![\p{L}])(?:paraaf|parafen|geparafeerd(?:\s+door)?|voor het verslag|notulist)\b(?:[ \t]+[\p{L}&\-]{1,14})?[ \t]*(?:[:|][ \t]*)?/giu;
/** The rest of a paraaf label: up to five words, then ':' or '|' ("directeur Arbeidszaken Rijk:"). */
const PARAAF_LABEL = /^[*_]{0,2}[ \t.]{0,2}[\p{L}&\-/]{1,30}(?:[ \t.]{1,2}[\p{L}&\-/]{1,30}){0,5}\.?[ \t]*[:|][ \t]*/u;
/** Initials as a paraaf: "JdV", "AvdB", "J.P.", "H.T.V.", also with particles between dots: "R.v.O.", "A.C.d.B.". */
const PARAAF_VALUE = /^(?:(\p{Lu}\.(?:\s?\p{Lu}\.){0,3}(?:\s?\p{Ll}{1,3}\.){1,2}\s?\p{Lu}\.)|(\p{Lu}\.(?:\s?\p{Lu}\.){1,4})|(\p{Lu}\p{Ll}{0,2}(?:\p{Lu}\p{Ll}{0,2}){0,3}\p{Lu}?)(?![\p{L}\p{N}])|(\p{Lu}\.))/u;
const NOT_PARAAF_VALUE = new Set(['DG', 'SG', 'PSG', 'DGDOO', 'CZW', 'BA', 'KIEM', 'BZK', 'Ja', 'Nee', 'Datum', 'Naam', 'Functie', 'Directeur', 'Minister', 'Staatssecretaris', 'Akkoord', 'Voor', 'Na', 'Door']);

/** A name line must not contain ordinary words ("Team Communicatie", "Directie Wetgeving"). */
function plainName(line: string): boolean {
  for (const w of line.split(/[\s.]+/)) {
    if (!w) continue;
    const lw = w.toLowerCase();
    if (PARTICLES.has(lw) || TITLES.has(lw) || TITLES.has(lw + '.')) continue;
    if (isStopWord(w)) return false;
  }
  return true;
}

function nameOnLine(source: SourceDocument, from: number): { start: number; end: number } | undefined {
  const { text } = source;
  // skip spaces/newlines (at most one blank line) to the name
  let i = from;
  let nls = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r' || text[i] === '*' || text[i] === '_' || text[i] === '>')) {
    if (text[i] === '\n') nls++;
    if (nls > 2) return undefined;
    i++;
  }
  const le = Math.min(lineEnd(source, i), i + 200);
  let line = text.slice(i, le);
  // trailing markup / spaces
  line = line.replace(/[\s*_]+$/, '');
  if (line.length === 0 || line.length > 60) return undefined;
  if (!NAME_LINE.test(line) || !plainName(line)) return undefined;
  return { start: i, end: i + line.length };
}

/** Signatures and parafen; `analysis` is the document's name analysis (see analyseNames). */
export function findSignatures(source: SourceDocument, analysis: NameAnalysis): PiiCandidate[] {
  const { text } = source;
  const out: PiiCandidate[] = [];
  const add = (span: Span, score: number, reasons: string[], what: MessageRef, why: MessageRef) =>
    out.push(makeCandidate('signature', text, span, score, reasons, what, why, true));
  const ms = analysis.mentions;
  const mentionAt = (span: { start: number; end: number }) => {
    for (let k = partitionPoint(ms.length, (i) => ms[i].start < span.start); k < ms.length && ms[k].start < span.end; k++) if (ms[k].end <= span.end && ms[k].capCount > 0) return ms[k];
    return undefined;
  };
  const isPublicSpan = (span: { start: number; end: number }): boolean => {
    const m = mentionAt(span);
    if (!m) return false;
    return m.publicBy.length > 0 || analysis.isPublic(m) !== undefined;
  };
  const seen = new Set<number>();
  // w.g. + name
  WG_RE.lastIndex = 0;
  for (let m = WG_RE.exec(text); m; m = WG_RE.exec(text)) {
    const name = nameOnLine(source, m.index + m[0].length);
    if (!name) continue;
    if (isPublicSpan(name) || closingBefore(source, m.index) === 'public') continue;
    seen.add(name.start);
    add({ start: m.index, end: name.end }, 0.92, ['pattern:w.g.', 'name'], { message: 'pii.signature.what', args: { text: text.slice(m.index, name.end).replace(/\s+/g, ' ') } }, { message: 'pii.signature.wg' });
  }
  // paraaf + initials or name
  PARAAF_RE.lastIndex = 0;
  for (let m = PARAAF_RE.exec(text); m; m = PARAAF_RE.exec(text)) {
    let at = m.index + m[0].length;
    // a longer label up to a colon: "Paraaf directeur Arbeidszaken Rijk: GtV", "Paraaf plv. DG DOO: AvdB"
    let labelAt = m.index + m[0].trimEnd().length;
    // "paraaf" at a line's end, its label on the next line ("…; paraaf\njuridisch: ACvO]")
    const eol = lineEnd(source, labelAt);
    if (!/[:|]\s*$/.test(m[0]) && /^[ \t]*$/.test(text.slice(labelAt, eol)) && text[eol] !== undefined) {
      const next = lineStart(source, Math.min(text.length, eol + 1 + (text[eol] === '\r' && text[eol + 1] === '\n' ? 1 : 0)));
      if (next > eol && PARAAF_LABEL.test(text.slice(next, Math.min(lineEnd(source, next), next + 80)))) labelAt = next;
    }
    const label = PARAAF_LABEL.exec(text.slice(labelAt, Math.min(lineEnd(source, labelAt), labelAt + 80)));
    if (label && !/[:|]\s*$/.test(m[0])) at = labelAt + label[0].length;
    // emphasis around the value: "*paraaf* hoofd afdeling: **A.B.T.**"
    while (text[at] === '*' || text[at] === '_') at++;
    const rest = text.slice(at, Math.min(lineEnd(source, at), at + 60));
    let span: { start: number; end: number } | undefined;
    const asName = nameOnLine(source, at);
    if (asName && asName.start < lineEnd(source, at) + 1) span = asName;
    else {
      const v = PARAAF_VALUE.exec(rest);
      if (v && !NOT_PARAAF_VALUE.has(v[0]) && v[0].length >= 2) span = { start: at, end: at + v[0].length };
    }
    if (!span || isPublicSpan(span)) continue;
    seen.add(span.start);
    add(span, 0.85, ['pattern:paraaf'], { message: 'pii.signature.paraaf', args: { text: text.slice(span.start, span.end) } }, { message: 'pii.signature.paraaf-label' });
  }
  // a parafenblad: a table column headed "Paraaf" ("| Directeur DB | mr. A. de Vries | AdV | 3-3-2025 |")
  for (const cell of tableColumnCells(source, /^(?:paraaf|parafen|initialen|paraaf\s*\/\s*datum)$/i)) {
    const value = text.slice(cell.start, cell.end);
    const v = PARAAF_VALUE.exec(value);
    if (!v || v[0].length < 2 || NOT_PARAAF_VALUE.has(v[0]) || !/^[\s.,;]*$/.test(value.slice(v[0].length))) continue;
    const span = { start: cell.start, end: cell.start + v[0].length };
    if (seen.has(span.start) || isPublicSpan(span)) continue;
    seen.add(span.start);
    add(span, 0.85, ['pattern:paraaf', 'table:column'], { message: 'pii.signature.paraaf', args: { text: v[0] } }, { message: 'pii.signature.paraaf-column' });
  }
  // closing line + name line
  const CLOSING = /^[ \t*_>]*(?:hoogachtend|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|met hartelijke groet(?:en)?|hartelijke groet(?:en)?|met collegiale groet(?:en)?|groet(?:en)?|namens [^\n,]{1,60}|(?:de|het)\s+(?:plv\.?\s+|plaatsvervangend\s+|waarnemend\s+)?(?:directeur|directeur-generaal|secretaris-generaal|afdelingshoofd|hoofd|teamleider|programmadirecteur|programmamanager|plaatsvervangend directeur|clustercoördinator|coördinator|manager)[^\n,]{0,60}),[ \t*_]*$/gimu;
  for (let m = CLOSING.exec(text); m; m = CLOSING.exec(text)) {
    let pos = m.index + m[0].length;
    // skip "w.g." / placeholder lines
    for (let guard = 0; guard < 3; guard++) {
      const ns = text.indexOf('\n', pos);
      if (ns < 0) break;
      const next = lineStart(source, ns + 1);
      const line = text.slice(next, Math.min(lineEnd(source, next), next + 200)).trim();
      if (line === '' || /^\(?w\.\s?g\.?\)?$/i.test(line) || /^\[?(?:handtekening)\]?$/i.test(line)) {
        pos = lineEnd(source, next);
        continue;
      }
      break;
    }
    const name = nameOnLine(source, pos);
    if (!name || seen.has(name.start)) continue;
    if (isPublicSpan(name)) continue;
    add(name, 0.88, ['pattern:closing', 'name'], { message: 'pii.signature.what', args: { text: text.slice(name.start, name.end) } }, { message: 'pii.signature.closing', args: { closing: m[0].trim() } });
  }
  // an e-mail signature block: a blank line, a name-only line, then a job title / organisation / contact line
  const BLOCK = /(?:^|\n)[ \t>]*\n[ \t>]*([^\n]{2,60})\n[ \t>]*((?:senior |junior |strategisch |coördinerend )?(?:\p{L}{0,14}(?:begeleider|leider|consulent|regisseur|specialist|medewerker|adviseur)(?![\p{L}])|beleids|adviseur|programma|project|team|afdeling|directie|directeur|ministerie|rijks|inspectie|agentschap|dienst|gemeente|provincie|stichting|universiteit|hogeschool|secretaris|jurist|medewerker|manager|coördinator|hoofd|[tme]\s?[:.]?\s?(?:\+|0\d)|tel|mob|e-?mail)[^\n]*)/giu;
  // the candidates so far, sorted, for "is this name inside one already" by binary search (linear overall)
  const earlier = out.map((c) => c.span).sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const sp of earlier) maxEnd.push(Math.max(sp.end, maxEnd.length ? maxEnd[maxEnd.length - 1] : 0));
  const inEarlier = (sp: { start: number; end: number }): boolean => {
    const startingBefore = partitionPoint(earlier.length, (i) => earlier[i].start <= sp.start);
    return startingBefore > 0 && maxEnd[startingBefore - 1] >= sp.end;
  };
  for (let m = BLOCK.exec(text); m; m = BLOCK.exec(text)) {
    const lineStartPos = m.index + m[0].indexOf(m[1]);
    BLOCK.lastIndex = lineStartPos + m[1].length; // the title line may start the next block
    const raw = m[1].replace(/[\s*_]+$/, '');
    if (!NAME_LINE.test(raw.trim()) || !plainName(raw)) continue;
    const start = lineStartPos + (raw.length - raw.trimStart().length);
    const span = { start, end: lineStartPos + raw.length };
    if (seen.has(span.start) || inEarlier(span)) continue;
    if (isPublicSpan(span)) continue;
    seen.add(span.start);
    add(span, 0.8, ['pattern:signature-block', 'name'], { message: 'pii.signature.what', args: { text: text.slice(span.start, span.end) } }, { message: 'pii.signature.block' });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
