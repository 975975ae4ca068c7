// Content-based kind detection: how strongly do the labels of this text make it a beantwoording van
// Kamervragen, and does the text read like a letter to parliament? The header evidence (a purpose line,
// the nota's fields) comes from the model's header: decideKind in model/build.ts weighs them all.
import type { SourceDocument } from '../source/types';
import type { Beantwoording } from './model';
import { parseBeantwoording } from './parse';

export interface LabelEvidence {
  /** At least two question labels, a question and a numbered answer label, or two numbered answers. */
  strong: boolean;
  /** Questions (one per label) and answers read. */
  questions: number;
  answers: number;
}

/** The labels' evidence in a parsed text. */
export function labelEvidence(b: Beantwoording): LabelEvidence {
  const questionLabels = new Set(b.questions.map((question) => question.labelSpan.start)).size;
  const numberedAnswers = b.answers.filter((answer) => answer.numbers.length > 0).length;
  const structured = b.layout === 'numbered' || b.layout === 'table' || b.layout === 'alternating';
  const strong = questionLabels >= 2 || (questionLabels >= 1 && numberedAnswers >= 1) || numberedAnswers >= 2 || (structured && b.questions.length > 0);
  return { strong, questions: questionLabels, answers: b.answers.length };
}

/** At least two question labels, a `Vraag N` and a numbered `Antwoord` label, or two numbered `Antwoord` labels. */
export function looksLikeBeantwoording(source: SourceDocument): boolean {
  return labelEvidence(parseBeantwoording(source)).strong;
}

/** The opening of Kamervragen or of their answers: "Vragen van het lid … (ingezonden …)", "Antwoord van … (ontvangen …)". */
const KAMERVRAGEN_OPENING = /^\s*(?:Vragen\s+van\s+(?:het\s+lid|de\s+leden)\b[^\n]{0,400}\(ingezonden|Antwoord\s+van\s+(?:de\s+)?(?:minister|staatssecretaris)\b[^\n]{0,400}\(ontvangen)/im;

/** The text opens like Kamervragen (within its first 3000 characters), labels or not. */
export function opensLikeKamervragen(text: string): boolean {
  return KAMERVRAGEN_OPENING.test(text.slice(0, 3000));
}

/** What makes a text a letter to parliament (a Kamerbrief), each counted once. */
const LETTER_MARKERS: [string, RegExp][] = [
  ['addressee', /^[ \t]*(?:Aan[ \t]+)?de[ \t]+Voorzitter[ \t]+van[ \t]+de[ \t]+(?:Tweede|Eerste)[ \t]+Kamer\b/im],
  ['heading', /\bBRIEF[ \t]+VAN[ \t]+DE[ \t]+(?:MINISTER|STAATSSECRETARIS)\b/],
  ['betreft', /^[ \t]*(?:\*\*)?Betreft\b/m],
  ['salutation', /^[ \t]*Geachte[ \t]+(?:voorzitter|heer|mevrouw|leden)\b/im],
  ['closing', /^[ \t]*(?:Hoogachtend|Met[ \t]+vriendelijke[ \t]+groet(?:en)?)[ \t]*,?[ \t]*$/im],
  ['signature', /^[ \t]*(?:De|DE)[ \t]+(?:Minister|MINISTER|Staatssecretaris|STAATSSECRETARIS)\b[^\n]{0,160},[ \t]*$/m],
  ['place-date', /^[ \t]*Den[ \t]+Haag,[ \t]+\d{1,2}[ \t]+\p{L}+[ \t]+\d{4}[ \t]*$/imu],
];

/** The letter markers the text holds (`addressee`, `salutation`, `closing`, `signature`, …). */
export function letterMarkers(text: string): string[] {
  return LETTER_MARKERS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}
