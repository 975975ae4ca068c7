// Readability figures of Dutch prose: Flesch–Douma (Douma's 1960 adaptation of Flesch's reading ease to
// Dutch) and the share of sentences short enough for readers at language level B1.
import type { Prose, Sentence } from './prose';

export interface ReadabilityOptions {
  /** A sentence of at most this many words is within the B1 guidance. */
  b1MaxWords: number;
}

export const DEFAULT_B1_MAX_WORDS = 20;

export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  /** 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence; undefined without words. */
  fleschDouma?: number;
  /** Share (0–1) of sentences of at most `b1MaxWords` words; undefined without sentences. */
  b1Share?: number;
}

export interface SectionReadability extends Readability {
  title: string;
}

export interface DocumentMetrics extends Readability {
  sections: SectionReadability[];
}

// "ij" is one vowel in Dutch; a diaeresis starts a new syllable (geëvalueerd, coördinatie).
const VOWEL_GROUP = /[aeiouyàáâèéêìíîòóôùúû]+|[äëïöü][aeiouy]*/gu;

/** Syllables of a Dutch word, counted as groups of vowels: an estimate, as every readability formula uses. */
export function syllablesOf(word: string): number {
  const groups = word.toLowerCase().replace(/ij/g, 'y').match(VOWEL_GROUP);
  return Math.max(1, groups?.length ?? 0);
}

function figures(sentences: readonly Sentence[], options: ReadabilityOptions): Readability {
  let words = 0;
  let syllables = 0;
  let short = 0;
  for (const sentence of sentences) {
    if (sentence.words.length <= options.b1MaxWords) short++;
    for (const word of sentence.words) {
      words++;
      // A redaction marker stands for a word, usually a name: one syllable, not the marker's letters.
      syllables += word.redacted ? 1 : syllablesOf(word.text);
    }
  }
  const result: Readability = { sentences: sentences.length, words, syllables };
  if (words > 0 && sentences.length > 0) {
    result.fleschDouma = round(206.84 - 77 * (syllables / words) - 0.93 * (words / sentences.length), 1);
  }
  if (sentences.length > 0) result.b1Share = round(short / sentences.length, 2);
  return result;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

export function documentMetrics(prose: Prose, options: ReadabilityOptions): DocumentMetrics {
  const sections = prose.units.map((unit) => ({ title: unit.title, ...figures(unit.sentences, options) }));
  return { ...figures(prose.units.flatMap((unit) => unit.sentences), options), sections };
}

export function unitReadability(sentences: readonly Sentence[], options: ReadabilityOptions): Readability {
  return figures(sentences, options);
}
