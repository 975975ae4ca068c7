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

export function guardForParsing(text: string): string {
  let out: string[] | undefined;
  const replace = (index: number) => {
    out ??= text.split('');
    out[index] = INERT;
  };
  let column = 0;
  let quoteDepth = 0;
  let inPrefix = true;
  let runChar = '';
  let runLength = 0;
  // Counts per delimiter on the current line, indexed like DELIMITERS.
  const perLine = new Array<number>(DELIMITERS.length).fill(0);
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n' || char === '\r') {
      column = 0;
      quoteDepth = 0;
      inPrefix = true;
      runChar = '';
      runLength = 0;
      perLine.fill(0);
      continue;
    }
    if (inPrefix) {
      if (char === ' ' || char === '\t') {
        column += char === '\t' ? 4 : 1;
        if (column > MAX_INDENT) replace(i);
        continue;
      }
      if (char === '>') {
        quoteDepth++;
        if (quoteDepth > MAX_QUOTE_DEPTH) replace(i);
        continue;
      }
      inPrefix = false;
    }
    const delimiter = DELIMITERS.indexOf(char);
    if (delimiter >= 0) {
      runLength = char === runChar ? runLength + 1 : 1;
      runChar = char;
      const count = ++perLine[delimiter];
      if (runLength > MAX_RUN || count > MAX_PER_LINE) replace(i);
    } else {
      runChar = '';
      runLength = 0;
    }
  }
  return out ? out.join('') : text;
}
