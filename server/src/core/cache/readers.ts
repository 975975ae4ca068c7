// The cache layer: readers of a document's pieces that remember what they read, so that a document
// checked again after an edit re-reads only the pieces that changed. The domain code (source/, model/,
// pii/) is pure: it takes these readers as functions and gets the same results from the fresh ones.
// One instance serves one language server (all its open documents); the CLI uses fresh readers.
import type { Root, RootContent } from 'mdast';
import type { DocumentReaders } from '../model/build';
import { readLine } from '../source/blocks';
import { guardForParsing } from '../source/parse-guard';
import { parseBlock, shifted, splitBlocks } from '../source/parse';
import type { LineReading } from '../source/types';
import { DOCUMENT_MEMO_CHARACTERS, TextMemo } from './memo';
import { type RelativeSentence, tokenizeBlock } from '../writing/prose';
import { LineTokenCache } from './tokens';

export class CachedReaders implements DocumentReaders {
  /** Parsed blocks by block text. */
  readonly blockTrees = new TextMemo<RootContent[]>(DOCUMENT_MEMO_CHARACTERS, parseBlock);
  /** Line readings by line text. */
  readonly lineReadings = new TextMemo<LineReading>(DOCUMENT_MEMO_CHARACTERS, readLine);
  readonly nameTokens = new LineTokenCache();
  /** The sentences of paragraphs of prose by their (masked) text, for the writing rules. */
  readonly proseSentences = new TextMemo<RelativeSentence[]>(DOCUMENT_MEMO_CHARACTERS, tokenizeBlock);
  /** The shifted copies of the last parse, by block text and position: blocks before an edit keep theirs. */
  private lastShifted = new Map<string, RootContent[]>();

  readonly parse = (text: string): Root => {
    const children: RootContent[] = [];
    const shiftedNow = new Map<string, RootContent[]>();
    for (const block of splitBlocks(guardForParsing(text))) {
      const key = `${block.offset}:${block.line}:${block.text}`;
      const placed = this.lastShifted.get(key) ?? this.blockTrees.get(block.text).map((node) => shifted(node, block));
      shiftedNow.set(key, placed);
      for (const node of placed) children.push(node);
    }
    this.lastShifted = shiftedNow;
    return { type: 'root', children };
  };

  readonly readLine = (lineText: string): LineReading => this.lineReadings.get(lineText);

  readonly tokens = (text: string) => this.nameTokens.tokenize(text);

  readonly sentences = (masked: string): RelativeSentence[] => this.proseSentences.get(masked);
}
