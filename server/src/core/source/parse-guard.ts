// Markdown parsers (micromark included) take super-linear time on pathological nesting: a list 1,000
// levels deep, 10,000 emphasis markers, 100,000 '>' in a row. No real nota looks like that, but the
// checker must not hang on it. Before parsing we neutralise what goes beyond sane limits, replacing
// the excess characters one for one by U+00A0 (no-break space, inert in Markdown): the text keeps its
// length, so every offset in the tree still points at the original text.

const INERT = '\u00a0';
/** Blockquote markers at the start of a line. */
const MAX_QUOTE_DEPTH = 16;
/** Columns of leading indentation (list nesting). */
const MAX_INDENT = 64;
/** A run of one delimiter character (`*`, `_`, `~`, backtick, brackets, `<`, `>`). */
const MAX_RUN = 32;
/** Occurrences of one delimiter character on a single line. */
const MAX_PER_LINE = 256;
const DELIMITERS = '*_~`[]<>!';

/** Index in DELIMITERS + 1 by character code, 0 for any other character. */
const DELIMITER_SLOT = new Uint8Array(128);
for (let slot = 0; slot < DELIMITERS.length; slot++) DELIMITER_SLOT[DELIMITERS.charCodeAt(slot)] = slot + 1;

const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const TAB = 9;
const GREATER_THAN = 62;

export function guardForParsing(text: string): string {
  let out: string[] | undefined;
  const replace = (index: number) => {
    out ??= text.split('');
    out[index] = INERT;
  };
  let column = 0;
  let quoteDepth = 0;
  let inPrefix = true;
  let runSlot = 0;
  let runLength = 0;
  // Counts per delimiter on the current line, indexed by slot.
  const perLine = new Uint32Array(DELIMITERS.length + 1);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE || code === CARRIAGE_RETURN) {
      column = 0;
      quoteDepth = 0;
      inPrefix = true;
      runSlot = 0;
      runLength = 0;
      perLine.fill(0);
      continue;
    }
    if (inPrefix) {
      if (code === SPACE || code === TAB) {
        column += code === TAB ? 4 : 1;
        if (column > MAX_INDENT) replace(i);
        continue;
      }
      if (code === GREATER_THAN) {
        quoteDepth++;
        if (quoteDepth > MAX_QUOTE_DEPTH) replace(i);
        continue;
      }
      inPrefix = false;
    }
    const slot = code < 128 ? DELIMITER_SLOT[code] : 0;
    if (slot === 0) {
      runSlot = 0;
      runLength = 0;
      continue;
    }
    runLength = slot === runSlot ? runLength + 1 : 1;
    runSlot = slot;
    const count = ++perLine[slot];
    if (runLength > MAX_RUN || count > MAX_PER_LINE) replace(i);
  }
  return out ? out.join('') : text;
}
