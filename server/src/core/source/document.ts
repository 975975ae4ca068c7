// Reads a text once into the source layer: lines, blocks, tables, excluded spans, directives. Markdown
// and plain text pasted from a PDF are both read here (plain text parses as paragraphs).
import { parseForModel } from './parse';
import { DEFAULT_PARSE_BUDGET, type ParseBudget } from './parse-budget';
import { buildLines, excludedSpans, readLine } from './blocks';
import { findDirectives, kindDirective } from './directives';
import { LineIndex } from './lines';
import { readTables } from './tables';
import type { PieceReaders, SourceDocument } from './types';

/** Every piece read afresh: a one-shot check (the CLI). The cache layer gives memoised readers. */
export const FRESH_READERS: PieceReaders = { parse: parseForModel, readLine };

export function readSource(text: string, readers: PieceReaders = FRESH_READERS, budget: ParseBudget = DEFAULT_PARSE_BUDGET): SourceDocument {
  const lineIndex = new LineIndex(text);
  const tree = readers.parse(text, budget);
  const lines = buildLines(text, lineIndex, tree, readers.readLine);
  return {
    text,
    lineIndex,
    lines,
    tree,
    tooComplex: tree.tooComplex,
    tables: readTables(text, lines, tree),
    excluded: excludedSpans(tree),
    directives: findDirectives(tree, lineIndex),
    kindDirective: kindDirective(text),
  };
}
