// The light word scan of the prose (plain-word and abbreviation-undefined read it; the sentence rules read
// parse-dutch's words): letters and digits joined by a hyphen, apostrophe, ampersand, slash or full stop
// ("e-mail", "J&V", "en/of", "c.q."), what parse-dutch calls a word, without building sentences. A 1 MB
// nota has 150,000 words: they are kept as offsets, and a word's text or lower case is made only for the
// words a rule asks about, not an object per word.
import type { Span } from '../types';

const OTHER = 1;
const LETTER = 2;
const NUMBER = 3;

/** The kind of each UTF-16 unit, looked up once per character (0: not yet). */
const KINDS = new Uint8Array(65536);
const ASTRAL_KINDS = new Map<number, number>();

const kindOfCharacter = (character: string) => (/\p{L}/u.test(character) ? LETTER : /\p{N}/u.test(character) ? NUMBER : OTHER);

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The kind of the code point at `i` (a surrogate pair is one code point, a lone surrogate none). */
function kindAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) {
    const point = text.codePointAt(i)!;
    let kind = ASTRAL_KINDS.get(point);
    if (kind === undefined) ASTRAL_KINDS.set(point, (kind = kindOfCharacter(String.fromCodePoint(point))));
    return kind;
  }
  let kind = KINDS[code];
  if (kind === 0) KINDS[code] = kind = kindOfCharacter(String.fromCharCode(code));
  return kind;
}

const widthAt = (text: string, i: number) => (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1);

/** - ' ’ & / . between two letters or digits keep them one word. */
const isJoiner = (code: number) => code === 45 || code === 39 || code === 0x2019 || code === 38 || code === 47 || code === 46;

/** Past the letters and digits from `i`. */
function skipLettersAndDigits(text: string, i: number): number {
  while (i < text.length && kindAt(text, i) !== OTHER) i += widthAt(text, i);
  return i;
}

/** A full stop right after ".<letter>" ends the word too: "c.q.", "d.w.z.". */
function endsInitialism(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 46) return false;
  const letter = isLowSurrogate(text.charCodeAt(end - 1)) && isHighSurrogate(text.charCodeAt(end - 2)) ? end - 2 : end - 1;
  return letter >= 1 && kindAt(text, letter) === LETTER && text.charCodeAt(letter - 1) === 46;
}

/**
 * The words of `text`, as [start, end) pairs relative to it: the same as
 * /[\p{L}\p{N}]+(?:[-'’&/.][\p{L}\p{N}]+)*(?:(?<=[.][\p{L}])[.])?/gu, scanned by hand (a tenth of the time).
 */
export function scanWords(text: string, found: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    if (kindAt(text, i) === OTHER) {
      i += widthAt(text, i);
      continue;
    }
    const start = i;
    i = skipLettersAndDigits(text, i);
    while (isJoiner(text.charCodeAt(i)) && i + 1 < text.length && kindAt(text, i + 1) !== OTHER) i = skipLettersAndDigits(text, i + 1);
    if (endsInitialism(text, i)) i++;
    found(start, i);
  }
}

/** The words of a prose unit: offsets into the document, a redaction marker as one word. */
export class WordList {
  /** Start and end of each word, two numbers per word. */
  private readonly offsets: number[] = [];
  /** The words that stand for a redaction marker (their offsets are the marker's). */
  private readonly redactedWords = new Set<number>();

  constructor(private readonly source: string) {}

  get length(): number {
    return this.offsets.length >> 1;
  }

  add(start: number, end: number, redacted: boolean): void {
    if (redacted) this.redactedWords.add(this.length);
    this.offsets.push(start, end);
  }

  start(index: number): number {
    return this.offsets[2 * index];
  }

  end(index: number): number {
    return this.offsets[2 * index + 1];
  }

  span(index: number): Span {
    return { start: this.start(index), end: this.end(index) };
  }

  /** The word as written (for a redaction marker: the marker). */
  text(index: number): string {
    return this.source.slice(this.start(index), this.end(index));
  }

  /** In lower case; '' for a redaction marker, so that it matches no word list. */
  lower(index: number): string {
    return this.redacted(index) ? '' : this.text(index).toLowerCase();
  }

  /** The word stands for a redaction marker: it counts as a word but is no word to judge. */
  redacted(index: number): boolean {
    return this.redactedWords.size > 0 && this.redactedWords.has(index);
  }

  /** The first UTF-16 unit of the word as written. */
  firstCode(index: number): number {
    return this.source.charCodeAt(this.start(index));
  }

  /** Only ASCII: the word's lower case has its length and its letters lowered one by one. */
  isAscii(index: number): boolean {
    for (let i = this.start(index); i < this.end(index); i++) if (this.source.charCodeAt(i) >= 128) return false;
    return true;
  }

  /** Whether the lower-case words of `phrase` stand here from `index` on. */
  hasPhraseAt(index: number, phrase: readonly string[]): boolean {
    if (index + phrase.length > this.length) return false;
    for (let offset = 0; offset < phrase.length; offset++) if (this.lower(index + offset) !== phrase[offset]) return false;
    return true;
  }
}
