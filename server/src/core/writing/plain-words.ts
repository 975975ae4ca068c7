// The formal words with a plainer alternative (data/plain-words-nl.json, sources in data/SOURCES.md),
// changed per entry by the `words` option of plain-word: `false` switches an entry off, a string or a
// list of strings adds an entry or replaces its alternatives.
import plainWordsData from '../../../../data/plain-words-nl.json';
import type { WordList } from './word-list';

export interface PlainWordEntry {
  /** Lower-case words of the formal phrase ("ten", "behoeve", "van"). */
  words: string[];
  alternatives: string[];
}

export type PlainWordSettings = Record<string, false | string | string[]>;

const BUILT_IN: readonly { word: string; alternatives: string[] }[] = plainWordsData;

const wordsOf = (phrase: string) => phrase.trim().toLowerCase().split(/\s+/).filter(Boolean);

/** The entries in effect, by their first word, and which words can be a first word at all. */
export interface PlainWordIndex {
  byFirstWord: Map<string, PlainWordEntry[]>;
  /** Whether the word at `index` can start an entry: most words are ruled out without making their lower case. */
  mayStart(words: WordList, index: number): boolean;
}

const shapeOf = (firstCode: number, length: number) => firstCode * 1024 + length;

/** The entries in effect, indexed by their first word. */
export function plainWordIndex(settings: PlainWordSettings | undefined): PlainWordIndex {
  const entries = new Map<string, string[]>(BUILT_IN.map((entry) => [wordsOf(entry.word).join(' '), entry.alternatives]));
  for (const [phrase, setting] of Object.entries(settings ?? {})) {
    const key = wordsOf(phrase).join(' ');
    if (!key) continue;
    if (setting === false) entries.delete(key);
    else if (typeof setting === 'string' && setting.trim()) entries.set(key, [setting.trim()]);
    else if (Array.isArray(setting)) {
      const alternatives = setting.filter((value): value is string => typeof value === 'string' && value.trim() !== '').map((value) => value.trim());
      if (alternatives.length > 0) entries.set(key, alternatives);
    }
  }
  const index = new Map<string, PlainWordEntry[]>();
  for (const [key, alternatives] of entries) {
    const words = key.split(' ');
    const list = index.get(words[0]) ?? [];
    list.push({ words, alternatives });
    // Longest phrase first: "dan wel" before a shorter entry starting with "dan".
    list.sort((a, b) => b.words.length - a.words.length);
    index.set(words[0], list);
  }
  // A first word's first unit and length; a word outside ASCII is always looked up (its lower case can be longer: İ).
  const shapes = new Set([...index.keys()].map((word) => shapeOf(word.charCodeAt(0), word.length)));
  const mayStart = (words: WordList, at: number) => {
    const first = words.firstCode(at);
    if (first >= 128) return true;
    const lower = first >= 65 && first <= 90 ? first + 32 : first;
    return shapes.has(shapeOf(lower, words.end(at) - words.start(at))) || !words.isAscii(at);
  };
  return { byFirstWord: index, mayStart };
}
