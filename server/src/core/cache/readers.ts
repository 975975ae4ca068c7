// The cache layer: readers of a document's pieces that remember what they read, so that a document
// checked again after an edit re-reads only the pieces that changed. The domain code (source/, model/,
// pii/) is pure: it takes these readers as functions and gets the same results from the fresh ones.
// One instance serves one language server (all its open documents); the CLI uses fresh readers.
import type { DocumentReaders } from '../model/build';
import { readLine } from '../source/blocks';
import { guardForParsing } from '../source/parse-guard';
import { type BlockParse, type ModelTree, type PlacedBlock, appendPlaced, parseWithin, placeBlock, shifted, splitBlocks } from '../source/parse';
import { BudgetClock, DEFAULT_PARSE_BUDGET, type ParseBudget } from '../source/parse-budget';
import type { LineReading } from '../source/types';
import { DOCUMENT_MEMO_CHARACTERS, TextMemo } from './memo';
import { type RelativeSentence, tokenizeBlock } from '../writing/prose';
import { LineTokenCache } from './tokens';

export class CachedReaders implements DocumentReaders {
  /** The budget clock of the parse in progress, for the memo's computations. */
  private clock: BudgetClock | undefined;
  /** Parsed blocks by block text (null: too complex, read as plain text; a block stays so while unchanged). */
  readonly blockTrees = new TextMemo<BlockParse>(DOCUMENT_MEMO_CHARACTERS, (text) => parseWithin(text, this.clock));
  /** Line readings by line text. */
  readonly lineReadings = new TextMemo<LineReading>(DOCUMENT_MEMO_CHARACTERS, readLine);
  readonly nameTokens = new LineTokenCache();
  /** The sentences of paragraphs of prose by their (masked) text, for the writing rules. */
  readonly proseSentences = new TextMemo<RelativeSentence[]>(DOCUMENT_MEMO_CHARACTERS, tokenizeBlock);
  /** The shifted copies of the last parse, by block text, position and whether it was split for length: blocks before an edit keep theirs. */
  private lastShifted = new Map<string, PlacedBlock>();

  readonly parse = (text: string, budget: ParseBudget = DEFAULT_PARSE_BUDGET): ModelTree => {
    const tree: ModelTree = { type: 'root', children: [], tooComplex: [] };
    const shiftedNow = new Map<string, PlacedBlock>();
    this.clock = new BudgetClock(budget);
    try {
      for (const block of splitBlocks(guardForParsing(text))) {
        const key = `${block.splitForLength ? '+' : ''}${block.offset}:${block.line}:${block.text}`;
        const placed = this.lastShifted.get(key) ?? placeBlock(block, this.blockTrees.get(block.text), shifted);
        shiftedNow.set(key, placed);
        appendPlaced(tree, placed);
      }
    } finally {
      this.clock = undefined;
    }
    this.lastShifted = shiftedNow;
    return tree;
  };

  readonly readLine = (lineText: string): LineReading => this.lineReadings.get(lineText);

  readonly tokens = (text: string) => this.nameTokens.tokenize(text);

  readonly sentences = (masked: string): RelativeSentence[] => this.proseSentences.get(masked);
}
