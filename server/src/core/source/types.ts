// The source layer: what every reader of a document (Markdown, plain text pasted from a PDF, and the
// Word and PDF readers to come) produces, and all that the model, the detectors and the rules read.
import type { Root } from 'mdast';
import type { ParseBudget } from './parse-budget';
import type { ModelTree } from './parse';
import type { DocumentKind, Span } from '../types';
import type { LineIndex } from './lines';

export type LineBlock = 'paragraph' | 'heading' | 'code' | 'table' | 'html' | 'list' | 'blank';

export interface SourceLine {
  index: number;
  /** Span of the line's content, without its line break. */
  span: Span;
  text: string;
  /** Markup-free text (see `plainText`). */
  plain: string;
  /** Comparison key (see `normalizeKey`). */
  key: string;
  block: LineBlock;
  /** Depth of a Markdown heading (1–6), for heading lines. */
  headingDepth?: number;
}

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Rule ids named; empty means all rules. */
  rules: string[];
  span: Span;
  line: number;
}

export interface TableCell {
  /** The cell's text as written, trimmed. */
  text: string;
  /** Markup-free text (emphasis, `<b>` tags removed). */
  plain: string;
  /** The trimmed content; an empty cell has an empty span at its start. */
  span: Span;
  empty: boolean;
}

export interface TableRow {
  span: Span;
  line: number;
  cells: TableCell[];
}

export interface SourceTable {
  /** gfm: a Markdown table; tabs: tab-separated lines (seed 000); spaces: columns aligned with spaces (plain text). */
  form: 'gfm' | 'tabs' | 'spaces';
  span: Span;
  firstLine: number;
  lastLine: number;
  header: TableCell[];
  /** The body rows (the header and the delimiter row excluded). */
  rows: TableRow[];
}

export interface SourceDocument {
  text: string;
  /** The one line model (LF, CRLF, CR). */
  lineIndex: LineIndex;
  /** Every line with its block kind and plain text. */
  lines: SourceLine[];
  /** The Markdown tree (a plain-text reader gives a tree of paragraphs). */
  tree: Root;
  /** Blocks too complex to parse as Markdown within the parse budget, read as plain text (source/parse-budget.ts). */
  tooComplex: Span[];
  tables: SourceTable[];
  /** Code, inline code and HTML: text that is not prose, in document order. */
  excluded: Span[];
  directives: Directive[];
  /** `<!-- nota-type: … -->` on the first line. */
  kindDirective?: DocumentKind;
}

/** How the pieces of a text are read: the cache layer gives memoised versions of the same functions. */
export interface PieceReaders {
  /** Without a budget: the default (source/parse-budget.ts). */
  parse(text: string, budget?: ParseBudget): ModelTree;
  readLine(lineText: string): LineReading;
}

export interface LineReading {
  plain: string;
  key: string;
  /** Nothing visible: blank, or only no-break spaces, zero-width spaces and PDF bullet residue. */
  empty: boolean;
}
