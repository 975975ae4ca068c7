// Personeelsnummer: an employee's number after its label ("personeelsnummer 71025836", "pers.nr. 117384",
// "registratienummer medewerker"), also over a line break, or in a table column headed so.
import type { SourceDocument } from '../source/types';
import { findLabelledNumbers } from './labelled';
import type { PiiCandidate } from './types';
import { makeCandidate } from './util';

const LABEL = /\b(?:personeels-?(?:nummer|nr\.?)|pers\.\s?nr\.?|medewerkersnummer|werknemersnummer|stamnummer|employee (?:number|id))(?:\s*:)?/giu;
const HEADER = /^(?:personeels-?(?:nummer|nr)|pers\.\s?nr|medewerkersnummer|werknemersnummer|stamnummer)/i;

export function findPersonnelNumbers(source: SourceDocument): PiiCandidate[] {
  const { text } = source;
  return findLabelledNumbers(source, LABEL, HEADER, { minDigits: 4, maxDigits: 12, letters: false, separators: '' }, 20).map(({ span, label }) =>
    makeCandidate('personnel-number', text, span, 0.92, ['context:personnel-number'], { message: 'pii.personnel-number.what', args: { text: text.slice(span.start, span.end) } }, { message: 'pii.labelled.why', args: { label } }, true),
  );
}
