// A CPU-time budget for the Markdown parse. micromark is super-linear on some inputs that no nota holds
// but a hostile or broken file can (setext pairs without blank lines, thousands of emphasis or link
// openers in one paragraph, nested images): a 100 KB block can take a minute. Patching each construct
// leaves the next one open, so every piece is parsed against a deadline instead: the parser checks it at
// every construct attempt (an extension construct that is tried everywhere and never matches), and a
// piece that runs past it is read as plain text (see `plainTextNodes`), with one finding saying so.
//
// The budget is one allowance per document that grows with each piece's length, so the parse of any
// document takes at most `initialMs + msPerKb × KB` of CPU time plus what one resolver step costs;
// what a quick piece leaves unused stays for the next ones, up to a cap. CPU time, not wall time: a
// busy machine must not turn a normal nota into plain text.
import type { Construct, Extension, State } from 'micromark-util-types';

export interface ParseBudget {
  /** CPU milliseconds every document may spend before its length counts (the first parse warms up). */
  initialMs: number;
  /** CPU milliseconds each kilobyte of text adds. */
  msPerKb: number;
}

/** A normal nota parses at 0.3–0.6 ms of CPU per KB on the benchmark machine (1–2 under heavy load): 2 leaves room, and meets 3 s per MB. */
export const DEFAULT_PARSE_BUDGET: ParseBudget = { initialMs: 250, msPerKb: 2 };

/** The rule that reports a block read as plain text; its options set the budget (`.notarc.json`). */
export const BUDGET_RULE_ID = 'markdown-too-complex';

/** The budget from the rule's options: `{ "msPerKb": N, "initialMs": N }`, each a positive number. */
export function budgetFromOptions(options: Record<string, unknown> | undefined): ParseBudget {
  const positive = (value: unknown, fallback: number) => (typeof value === 'number' && value > 0 ? value : fallback);
  return {
    initialMs: positive(options?.initialMs, DEFAULT_PARSE_BUDGET.initialMs),
    msPerKb: positive(options?.msPerKb, DEFAULT_PARSE_BUDGET.msPerKb),
  };
}

/** Unused allowance kept for later pieces: a long nota does not bank seconds for one bad block at its end. */
const MAX_SLACK_KB = 256;

/** Reading the clock is a system call: once per this many construct attempts (≈ 0.5 ms of parsing). */
const ATTEMPTS_PER_CLOCK_READ = 1024;

/**
 * Emphasis delimiters (`*`, `_` next to a word: they can open or close) in one paragraph: the parser
 * pairs each closer with every opener before it in one step that no deadline check interrupts (4,000
 * lines of `a* ` take seconds), so a paragraph with more than this is read as plain text without trying.
 * A paragraph of prose has a few dozen; bullets and `***` rules have none next to a word.
 */
const MAX_EMPHASIS_DELIMITERS_PER_PARAGRAPH = 256;

/**
 * Link and image labels open (`[`, `![`) and not yet closed in one paragraph: the parser matches each
 * `]` against the open labels before it, and moves their events, in resolvers that no deadline check
 * interrupts (2,000 nested images over lines take 10 s, 40 KB a minute). Prose nests one or two deep.
 */
const MAX_OPEN_LABELS_PER_PARAGRAPH = 32;

/**
 * One line this long is read as plain text without trying: a block splits only between lines, and the
 * parser's events for one line of a megabyte of `- - -` take 800 MB.
 */
const MAX_LINE_CHARACTERS = 65_536;

/**
 * List markers nested on one line (`- - 1. + x` opens one list per marker): the parser prepares each
 * list by scanning everything inside it, so a line of 3,000 markers takes minutes (and a tree deeper
 * than the stack). A line that opens more than this many is read as plain text without trying.
 */
const MAX_LIST_MARKERS_ON_ONE_LINE = 16;
const DEEP_LIST_PREFIX = new RegExp(`(?:[ \\t]*>)*[ \\t]*(?:(?:[-+*]|\\d{1,9}[.)])[ \\t]+(?:>[ \\t]*)*){${MAX_LIST_MARKERS_ON_ONE_LINE + 1}}`, 'y');
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

function opensDeepList(text: string, lineStart: number): boolean {
  DEEP_LIST_PREFIX.lastIndex = lineStart;
  if (!DEEP_LIST_PREFIX.test(text)) return false;
  let lineEnd = lineStart;
  while (lineEnd < text.length && text.charCodeAt(lineEnd) !== NEWLINE && text.charCodeAt(lineEnd) !== CARRIAGE_RETURN) lineEnd++;
  return !THEMATIC_BREAK.test(text.slice(lineStart, lineEnd));
}

const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const ASTERISK = 42;
const BACKSLASH = 92;
const LEFT_BRACKET = 91;
const RIGHT_BRACKET = 93;
const UNDERSCORE = 95;

/** Whether cheap counts already show that parsing the block would take longer than any budget. */
export function exceedsStructuralLimits(text: string): boolean {
  let delimiters = 0;
  let openLabels = 0;
  let lineBlank = true;
  let lineStart = 0;
  if (opensDeepList(text, 0)) return true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE || code === CARRIAGE_RETURN) {
      if (lineBlank) delimiters = openLabels = 0;
      lineBlank = true;
      lineStart = i + 1;
      if (opensDeepList(text, lineStart)) return true;
    } else if (i - lineStart >= MAX_LINE_CHARACTERS) {
      return true;
    } else if (code === BACKSLASH) {
      lineBlank = false;
      // an escaped bracket opens nothing; a backslash before a line break stays a hard break
      if (text.charCodeAt(i + 1) === LEFT_BRACKET || text.charCodeAt(i + 1) === RIGHT_BRACKET) i++;
    } else if (code === LEFT_BRACKET) {
      lineBlank = false;
      if (++openLabels > MAX_OPEN_LABELS_PER_PARAGRAPH) return true;
    } else if (code === RIGHT_BRACKET) {
      lineBlank = false;
      openLabels = Math.max(0, openLabels - 1);
    } else if (code === ASTERISK || code === UNDERSCORE) {
      lineBlank = false;
      if (nextToWord(text, i) && ++delimiters > MAX_EMPHASIS_DELIMITERS_PER_PARAGRAPH) return true;
    } else if (code !== 32 && code !== 9) {
      lineBlank = false;
    }
  }
  return false;
}

/** Whether the character before or after `index` is neither white space nor an emphasis marker. */
function nextToWord(text: string, index: number): boolean {
  const isWord = (code: number) => !Number.isNaN(code) && code > 32 && code !== ASTERISK && code !== UNDERSCORE;
  return isWord(text.charCodeAt(index - 1)) || isWord(text.charCodeAt(index + 1));
}

export class ParseBudgetExceeded extends Error {}

/** CPU time where Node gives it (other processes do not eat the budget); wall time in a web worker, which has no process. */
function cpuMilliseconds(): number {
  if (typeof process === 'undefined' || typeof process.cpuUsage !== 'function') return performance.now();
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

let deadline = Number.POSITIVE_INFINITY;
let attempts = 0;

function checkDeadline(): void {
  if (++attempts % ATTEMPTS_PER_CLOCK_READ !== 0 || deadline === Number.POSITIVE_INFINITY) return;
  if (cpuMilliseconds() > deadline) throw new ParseBudgetExceeded();
}

const deadlineCheck: Construct = {
  name: 'notaDeadline',
  partial: true,
  tokenize(_effects, _ok, nok): State {
    checkDeadline();
    return nok;
  },
};

/** Tried at every line start (document, flow) and every inline break (text, string). */
export const deadlineExtension: Extension = {
  document: { null: [deadlineCheck] },
  flow: { null: [deadlineCheck] },
  text: { null: [deadlineCheck] },
  string: { null: [deadlineCheck] },
};

/** One document's allowance, spent piece by piece. */
export class BudgetClock {
  private slack: number;

  constructor(private readonly budget: ParseBudget) {
    this.slack = budget.initialMs;
  }

  /**
   * `parse(text)`, or undefined when it ran past the allowance that this piece adds to what is left.
   * A piece that ran out and overran (the clock is read between construct attempts, and a resolver
   * step runs unchecked) leaves a debt that the next pieces pay before they are tried: while the allowance is
   * spent, a piece is read as plain text without parsing, so a document of many bad pieces costs no
   * more than its budget plus one overrun.
   */
  run<T>(length: number, parse: () => T): T | undefined {
    const cap = this.budget.initialMs + this.budget.msPerKb * MAX_SLACK_KB;
    this.slack = Math.min(cap, this.slack + (this.budget.msPerKb * length) / 1024);
    if (this.slack <= 0) return undefined;
    const start = cpuMilliseconds();
    const outer = deadline;
    deadline = start + this.slack;
    let ranOut = false;
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof ParseBudgetExceeded)) throw error;
      ranOut = true;
      return undefined;
    } finally {
      deadline = outer;
      // Only a piece that ran out leaves a debt: one that finished was late by building its tree, which no deadline check reaches.
      const left = this.slack - (cpuMilliseconds() - start);
      this.slack = ranOut ? left : Math.max(0, left);
    }
  }
}
