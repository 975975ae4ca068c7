// Content-based kind detection: do the labels of this text make it a beantwoording van Kamervragen?
// The header evidence (a purpose line, Aan or Onze referentie) comes from the model's header: see
// decideKind in model/build.ts, which asks this only for a text without one.
import type { SourceDocument } from '../source/types';
import { matchLabel } from './labels';

/** At least two `Vraag N` labels, a `Vraag N` and an `Antwoord N` label, or two `Antwoord N` labels. */
export function looksLikeBeantwoording(source: SourceDocument): boolean {
  let questions = 0;
  let answers = 0;
  for (const { text } of source.lines) {
    const label = matchLabel(text);
    if (!label) continue;
    if (label.kind === 'question') questions++;
    else if (label.numbers.length > 0) answers++;
    if (questions >= 2 || (questions >= 1 && answers >= 1) || answers >= 2) return true;
  }
  return false;
}
