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
  /** 1-based line of the section's heading (an answer's label). */
  line: number;
}

export interface DocumentMetrics extends Readability {
  sections: SectionReadability[];
}

/** 1 for a vowel, 2 for a vowel with a diaeresis (it starts a new syllable: geëvalueerd, coördinatie). */
const VOWEL_KIND = new Uint8Array(256);
for (const char of 'aeiouyàáâèéêìíîòóôùúû') VOWEL_KIND[char.charCodeAt(0)] = 1;
for (const char of 'äëïöü') VOWEL_KIND[char.charCodeAt(0)] = 2;

/**
 * Syllables of a Dutch word (in lower case), counted as groups of vowels: an estimate, as every
 * readability formula uses. "ij" is one vowel: the j continues the group its i started.
 */
export function syllablesOf(lower: string): number {
  let groups = 0;
  let inGroup = false;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    const kind = code < 256 ? VOWEL_KIND[code] : 0;
    if (kind === 2 || (kind === 1 && !inGroup)) groups++;
    inGroup = kind !== 0 || (inGroup && code === 106 /* j */ && lower.charCodeAt(i - 1) === 105 /* i */);
  }
  return groups > 0 ? groups : 1;
}

interface Counts {
  sentences: number;
  words: number;
  syllables: number;
  /** Sentences within the B1 guidance. */
  short: number;
}

function countsOf(sentences: readonly Sentence[], options: ReadabilityOptions): Counts {
  let words = 0;
  let syllables = 0;
  let short = 0;
  for (const sentence of sentences) {
    if (sentence.words.length <= options.b1MaxWords) short++;
    for (const word of sentence.words) {
      words++;
      // A redaction marker stands for a word, usually a name: one syllable, not the marker's letters.
      syllables += word.redacted ? 1 : syllablesOf(word.lower);
    }
  }
  return { sentences: sentences.length, words, syllables, short };
}

function figures({ sentences, words, syllables, short }: Counts): Readability {
  const result: Readability = { sentences, words, syllables };
  if (words > 0 && sentences > 0) {
    result.fleschDouma = round(206.84 - 77 * (syllables / words) - 0.93 * (words / sentences), 1);
  }
  if (sentences > 0) result.b1Share = round(short / sentences, 2);
  return result;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

export function documentMetrics(prose: Prose, options: ReadabilityOptions): DocumentMetrics {
  const counts = prose.units.map((unit) => countsOf(unit.sentences, options));
  // The whole nota's figures from the sections' counts: each sentence is read once.
  const sum = (count: (counts: Counts) => number) => counts.reduce((total, section) => total + count(section), 0);
  const whole = { sentences: sum((c) => c.sentences), words: sum((c) => c.words), syllables: sum((c) => c.syllables), short: sum((c) => c.short) };
  const sections = prose.units.map((unit, index) => ({ title: unit.title, line: unit.headingLine + 1, ...figures(counts[index]) }));
  return { ...figures(whole), sections };
}

export function unitReadability(sentences: readonly Sentence[], options: ReadabilityOptions): Readability {
  return figures(countsOf(sentences, options));
}
