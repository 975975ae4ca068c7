// The name tokeniser line by line through a memo: a nota checked again after an edit re-tokenises only the
// lines that changed, and their tokens keep their memos (capitalisation, lower case, role in a name). Gives
// the same tokens as `tokenize(text)`: no token spans a line break, and the tokeniser's lookahead stops at one.
import { nameRole, tokenize, type Tok } from '../pii/nameparse';
import { DOCUMENT_MEMO_CHARACTERS, TextMemo } from './memo';

/**
 * One line's tokens with their memos filled in (cached by line text). Their offsets are those of the
 * place in a text where the line was last put (`base`, 0 when new); `firstNl`/`firstWs` are the first
 * token's own, before the line breaks in front of the line are counted in.
 */
interface LineTokens {
  toks: Tok[];
  base: number;
  firstNl: number;
  firstWs: boolean;
  /** The tokenizeByLine call that last put these tokens in its result. */
  placedBy: number;
}

/**
 * From this many characters on, the cached tokens are moved instead of copied. The copies of a small nota
 * die young; those of a large one (170,000 for 1 MB) outlived the check's scavenges, were promoted, and
 * made the old generation grow ~33 MB per re-check. Below it, moving made the first re-checks of a 10 KB
 * nota slower in the language server (p95 13 → 18 ms).
 */
const MOVE_TOKENS_FROM = 200_000;

export class LineTokenCache {
  readonly lines = new TextMemo<LineTokens>(DOCUMENT_MEMO_CHARACTERS, (line) => {
    const toks = tokenize(line);
    // nameRole fills in the other memos (isCapWord, lowerTok) on the way
    for (const t of toks) nameRole(t);
    return { toks, base: 0, firstNl: toks[0]?.nl ?? 0, firstWs: toks[0]?.ws ?? false, placedBy: 0 };
  });
  private calls = 0;

  /**
   * `move`: the result holds the cached token objects themselves, moved to their place in this text, and
   * is valid until the next call (only the name analysis of the next check makes one); a line that
   * occurs twice gets copies the second time. Otherwise every token is a copy.
   */
  tokenize(text: string, move = text.length >= MOVE_TOKENS_FROM): Tok[] {
    const call = ++this.calls;
    const toks: Tok[] = [];
    let newlinesBefore = 0;
    let lineStart = 0;
    while (lineStart <= text.length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      const line = this.lines.get(text.slice(lineStart, lineEnd));
      if (line.toks.length > 0) {
        if (move && line.placedBy !== call) place(line, lineStart, newlinesBefore, call, toks);
        else placeCopies(line, lineStart, newlinesBefore, toks);
        newlinesBefore = 0;
      }
      newlinesBefore++;
      lineStart = lineEnd + 1;
    }
    return toks;
  }
}

function place(line: LineTokens, lineStart: number, newlinesBefore: number, call: number, into: Tok[]): void {
  const shift = lineStart - line.base;
  for (const t of line.toks) {
    if (shift !== 0) {
      t.s += shift;
      t.e += shift;
    }
    into.push(t);
  }
  line.base = lineStart;
  line.placedBy = call;
  const first = line.toks[0];
  const nl = newlinesBefore > 0 ? newlinesBefore : line.firstNl;
  const ws = newlinesBefore > 0 || line.firstWs;
  if (first.nl !== nl) first.nl = nl;
  if (first.ws !== ws) first.ws = ws;
}

function placeCopies(line: LineTokens, lineStart: number, newlinesBefore: number, into: Tok[]): void {
  const shift = lineStart - line.base;
  const toks = line.toks;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    const first = k === 0;
    into.push({
      s: t.s + shift,
      e: t.e + shift,
      t: t.t,
      kind: t.kind,
      nl: first ? (newlinesBefore > 0 ? newlinesBefore : line.firstNl) : t.nl,
      ws: first ? newlinesBefore > 0 || line.firstWs : t.ws,
      cap: t.cap,
      lc: t.lc,
      role: t.role,
    });
  }
}
