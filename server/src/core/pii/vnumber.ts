// V-nummer (vreemdelingennummer): the 10-digit number the IND and the immigration chain give a foreign
// national, after its label ("V-nummer 2718430956", "vreemdelingennummer: 27.18.43.09.56") or in a table
// column headed so.
import type { SourceDocument } from '../source/types';
import { findLabelledNumbers } from './labelled';
import type { PiiCandidate } from './types';
import { makeCandidate } from './util';

const LABEL = /\b(?:v-?nummer|v-?nr\.?|vreemdelingen-?nummer)(?:\s*:)?/giu;
const HEADER = /^(?:v-?nummer|v-?nr|vreemdelingennummer)/i;
/** The abbreviation "VN" right before the ten digits, as in an IND or COA list ("VN 2989 114 036"); "VN" alone is the United Nations. */
const SHORT_LABEL = /(?<![\p{L}\p{N}])VN(?= \d)/gu;

export function findVNumbers(source: SourceDocument): PiiCandidate[] {
  const { text } = source;
  // A V-nummer is an identification number prescribed by law: withheld on the absolute ground 5.1.1e.
  const shape = { minDigits: 10, maxDigits: 10, letters: false, separators: '. ' };
  const labelled = findLabelledNumbers(source, LABEL, HEADER, shape, 20);
  const short = findLabelledNumbers(source, SHORT_LABEL, undefined, shape, 1).filter((s) => !labelled.some((l) => l.span.start === s.span.start));
  return [...labelled, ...short].sort((a, b) => a.span.start - b.span.start).map(({ span, label }) => ({
    ...makeCandidate('v-number', text, span, 0.95, ['context:v-number'], { message: 'pii.v-number.what', args: { text: text.slice(span.start, span.end) } }, { message: 'pii.labelled.why', args: { label } }, true),
    ground: '5.1.1e' as const,
  }));
}
