// Text normalisation shared by the model builder and the rules (the line model is source/lines.ts).

/** The line break the document uses most, so inserted text matches it. */
export function dominantEol(text: string): string {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  const cr = text.split('\r').length - 1 - crlf;
  if (cr > lf && cr > crlf) return '\r';
  return crlf > lf ? '\r\n' : '\n';
}

const INLINE_MARKUP = /<\/?(?:b|strong|i|em|u)>|\*\*|__|[*_`]/gi;

/**
 * Reduces a line to the words a reader sees: no heading marks, bullets, emphasis, `<b>` tags or a
 * trailing colon; whitespace collapsed. Case is kept.
 */
export function plainText(line: string): string {
  return line
    .replace(/^\s*#{1,6}(?=\s|$)/, '')
    .replace(/^\s*(?:[-+•\uF0B7·]|\d+\.)\s+/, '')
    .replace(INLINE_MARKUP, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*:$/, '');
}

/** Comparison key: plain text, lower case, without diacritics ("Financiële" = "financiele"). */
export function normalizeKey(text: string): string {
  return keyOfPlain(plainText(text));
}

/** `normalizeKey` for text that is already plain. ASCII needs no decomposition (the common case). */
export function keyOfPlain(plain: string): string {
  const folded = /^[\x00-\x7f]*$/.test(plain) ? plain : plain.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return folded.toLowerCase();
}

/** Levenshtein distance, bounded: returns `limit + 1` as soon as it is certain to exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** The candidate closest to `input` within a distance that grows with the word's length. */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const key = normalizeKey(input);
  const limit = Math.max(1, Math.min(3, Math.floor(key.length / 4)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(key, normalizeKey(candidate), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
