// Content-based kind detection: is this text a beantwoording van Kamervragen?

import type { SourceDocument } from '../source/types';
import { matchLabel } from './labels';

// Applied to a line with its indentation, heading marks and opening emphasis removed (see bare()), so
// no two adjacent whitespace quantifiers can make a long blank line quadratic.
const PURPOSE = /^TER\s+[A-Z]{4,}\b/;
const FIELD = /^(?:Aan|Van|Onze referentie|Datum|Nota actief openbaar|Opgesteld door|Bijlage\(n\))(?:\*\*|__|<\/b>)?:?(?:\s|:|$)/;

function bare(s: string): string {
  let t = s.trimStart();
  if (t.startsWith('#')) t = t.replace(/^#{1,6}/, '').trimStart();
  if (t.startsWith('**') || t.startsWith('__')) t = t.slice(2).trimStart();
  else if (t.startsWith('<b>')) t = t.slice(3).trimStart();
  return t;
}

/**
 * True when the text is a question/answer document: at least two `Vraag N` labels, or a `Vraag N` and
 * an `Antwoord N` label, or two `Antwoord N` labels — and it does not carry a nota header (a `TER …`
 * purpose line together with two or more header fields `Aan`, `Van`, `Onze referentie`, `Datum`, …).
 * (A first-line `<!-- nota-type: … -->` comment decides before this is asked: see the source's directives.)
 */
export function looksLikeBeantwoording(source: SourceDocument): boolean {
  let questions = 0;
  let answers = 0;
  let purpose = false;
  let fields = 0;
  for (const { text: s } of source.lines) {
    const m = matchLabel(s);
    if (m) {
      if (m.kind === 'question') questions++;
      else if (m.numbers.length > 0) answers++;
      continue;
    }
    const t = bare(s);
    if (!purpose && PURPOSE.test(t)) purpose = true;
    else if (FIELD.test(t)) fields++;
  }
  if (purpose && fields >= 2) return false;
  return questions >= 2 || (questions >= 1 && answers >= 1) || answers >= 2;
}
