// Cross-references between questions: "(het) antwoord op vraag 3", "zie (ook) vraag 2", "zie antwoord 4",
// "de vragen 5 en 8", "vragen 2 t/m 4". Searched in the hyphenation-joined text (so `ant-\nwoord op
// vraag 3` is found) and mapped back to original offsets.

import type { Span } from '../types';
import type { JoinedText } from './hyphenation';
import { isAnySpace } from '../source/chars';
import { parseNumberList } from './labels';

export interface RefScope {
  /** Original-text span of a question or answer body. */
  span: Span;
  in: 'question' | 'answer';
  index: number;
  fromQuestion: number;
  fromNumbers: number[];
}

export interface RawCrossRef {
  span: Span;
  target: number;
  targetSpan: Span;
  scope: RefScope;
}

const CANDIDATE = /(?<![\p{L}\p{N}])(?:vra(?:ag|gen)|antwoord(?:en)?)(?![\p{L}\p{N}])/giu;
// Anchored at the end of a short look-behind window.
const PREFIX_ANTWOORD_OP = /(?<![\p{L}\p{N}])antwoord(?:en)?\s+op\s+(?:de\s+)?$/iu;
const PREFIX_ZIE_BEFORE_ANTWOORD = /(?<![\p{L}\p{N}])zie\s+(?:ook\s+)?(?:(?:het|mijn|ons|onze|uw)\s+)?$/iu;
const PREFIX_ZIE = /(?<![\p{L}\p{N}])zie\s+(?:ook\s+)?(?:de\s+)?$/iu;
// A reference to a question of ANOTHER set of Kamervragen ("antwoord op vraag 3 van het lid X", "vraag 2
// uit de eerdere vragen", "vraag 4 (2023Z12345)") is not a cross-reference within this document.
const EXTERNAL =
  /^\s*,?\s*(?:(?:van|uit|in)\s+(?:(?:de|het|mijn|uw|die)\s+)?(?:eerdere|vorige|lid|leden|kamerlid|kamerleden|vragen|kamervragen|schriftelijke|aanhangsel|handelingen|brief|beantwoording|commissie|verslag)(?![\p{L}])|\(?\s*(?:\d{4}Z\d{3,6}|kenmerk|aanhangsel|kamerstuk))/iu;
const LOOKBEHIND = 60;
const LOOKAHEAD = 80;

/** Finds cross-references inside the given scopes (sorted by start, disjoint). */
export function findCrossRefs(joined: JoinedText, scopes: readonly RefScope[]): RawCrossRef[] {
  const out: RawCrossRef[] = [];
  const re = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  for (const scope of scopes) {
    if (scope.span.end <= scope.span.start) continue;
    const js = joined.toJoined(scope.span.start);
    // the scope's own text only (offsets below are local; `js` converts them to joined offsets)
    const t = joined.text.slice(js, joined.toJoined(scope.span.end));
    const je = t.length;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t)) !== null) {
      const kw = m[0].toLowerCase();
      const after = m.index + m[0].length;
      let k = after;
      while (k < je && isAnySpace(t[k])) k++;
      if (k === after) continue;
      const list = parseNumberList(t, k, je, isAnySpace);
      if (!list) continue;
      const windowStart = Math.max(0, m.index - LOOKBEHIND);
      const before = t.slice(windowStart, m.index);
      let start = m.index;
      if (kw.startsWith('vra')) {
        const a = PREFIX_ANTWOORD_OP.exec(before);
        if (a) {
          start = windowStart + a.index;
          const z = PREFIX_ZIE_BEFORE_ANTWOORD.exec(t.slice(windowStart, start));
          if (z) start = windowStart + z.index;
        } else {
          const z = PREFIX_ZIE.exec(before);
          if (z) start = windowStart + z.index;
        }
      } else {
        // "antwoord 3" counts only after "zie": "zie (ook) (het) antwoord 3"
        const z = PREFIX_ZIE_BEFORE_ANTWOORD.exec(before);
        if (!z) continue;
        start = windowStart + z.index;
      }
      re.lastIndex = list.end;
      if (EXTERNAL.test(t.slice(list.end, Math.min(je, list.end + LOOKAHEAD)))) continue;
      const span = joined.spanToOriginal({ start: js + start, end: js + list.end });
      for (const item of list.items) {
        out.push({
          span,
          target: item.value,
          targetSpan: joined.spanToOriginal({ start: js + item.start, end: js + item.end }),
          scope,
        });
      }
    }
  }
  return out;
}
