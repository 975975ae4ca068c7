// Character classes, one module for every reader of the text. ASCII is tested by code first: these run
// for every character of a document, and the Unicode regular expressions are the slow path.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export function isAlnum(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(ch);
}

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}

export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(ch);
}

export function isLower(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Space within a line: space, tab, and the no-break spaces of PDF text. */
export function isHSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u202f' || ch === '\u2007';
}

export function isAnySpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}
