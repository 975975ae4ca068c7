// V-nummer (vreemdelingennummer): the 10-digit number the IND and the immigration chain give a foreign
// national, after its label ("V-nummer 2718430956", "vreemdelingennummer: 27.18.43.09.56") or in a table
// column headed so.
import type { SourceDocument } from '../source/types';
import { findLabelledNumbers } from './labelled';
import type { PiiCandidate } from './types';
import { makeCandidate } from './util';

const LABEL = /\b(?:v-?nummer|v-?nr\.?|vreemdelingen-?nummer)(?:\s*:)?/giu;
const HEADER = /^(?:v-?nummer|v-?nr|vreemdelingennummer)/i;

export function findVNumbers(source: SourceDocument): PiiCandidate[] {
  const { text } = source;
  // A V-nummer is an identification number prescribed by law: withheld on the absolute ground 5.1.1e.
  return findLabelledNumbers(source, LABEL, HEADER, { minDigits: 10, maxDigits: 10, letters: false, separators: '. ' }, 20).map(({ span, label }) => ({
    ...makeCandidate('v-number', text, span, 0.95, ['context:v-number'], { message: 'pii.v-number.what', args: { text: text.slice(span.start, span.end) } }, { message: 'pii.labelled.why', args: { label } }, true),
    ground: '5.1.1e' as const,
  }));
}
