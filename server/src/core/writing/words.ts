// Small helpers the writing rules share: option values, word sequences, capitals.
import type { Sentence, Word } from './prose';

/** A positive whole number from the configuration, or the fallback when the value is not one. */
export function positiveOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

/** The replacement with the capital of the word it replaces ("Middels" → "Met"). */
export function matchCase(replacement: string, original: string): string {
  const first = original.charAt(0);
  return first !== first.toLowerCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/** The words of a sentence in lower case, in step with `sentence.words`. */
export function lowerWords(sentence: Sentence): string[] {
  return sentence.words.map((word) => word.lower);
}

/** Whether `phrase` (lower-case words) stands in `words` at `index`. */
export function phraseAt(words: readonly string[], index: number, phrase: readonly string[]): boolean {
  for (let offset = 0; offset < phrase.length; offset++) if (words[index + offset] !== phrase[offset]) return false;
  return true;
}

/** From the first word's start to the last word's end. */
export function spanOfWords(words: readonly Word[], first: number, last: number) {
  return { start: words[first].span.start, end: words[last].span.end };
}
