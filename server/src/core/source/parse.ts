// The model's Markdown parse: CommonMark plus GFM tables, which is all the model reads (the Bijlagen
// table), and the preview renders the same parse. The other GFM extensions (autolink literals
// especially, tried at every character) cost a third of the parse and feed nothing.
//
// The text is split into blocks that parse independently (at a blank line followed by an unindented
// line, never inside a code fence or an HTML comment) and the trees are joined with their positions
// shifted. While typing, one keystroke changes one block of a long nota: the cache layer keeps each
// block's tree by its text (cache/readers.ts), so re-checking a 1 MB nota re-parses only that block.
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { guardForParsing } from './parse-guard';

export interface Block {
  text: string;
  offset: number;
  line: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;


/**
 * A one-shot parse joins blocks into pieces of at least this many characters: each parser call has a
 * fixed cost (≈ 50 µs) that many small blocks add up, while one piece for a long nota keeps huge event
 * arrays alive. 4 KB was fastest from 3 KB to 1 MB (bench/, November 2026).
 */
const ONE_SHOT_PIECE = 4096;

const WITH_TABLES = { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] };

/**
 * Whether a GFM table can start in the text: its delimiter row needs a `|` or an alignment colon next
 * to a dash (`:-`, `-:`). Text without them parses alike with or without the table extension, which
 * tries every block and is a quarter to a third of a parse (corpus, November 2026).
 */
function mayHoldTable(text: string): boolean {
  return text.includes('|') || text.includes(':-') || text.includes('-:');
}

export function parseBlock(text: string): RootContent[] {
  return (mayHoldTable(text) ? fromMarkdown(text, WITH_TABLES) : fromMarkdown(text)).children;
}

/** Splits at blank lines where the next block cannot continue the previous one. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  let startLine = 0;
  let line = 0;
  let fence: string | undefined;
  let inComment = false;
  let previousBlank = false;
  for (const match of text.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
    if (match[0] === '') break;
    const content = match[0].replace(/[\r\n]+$/, '');
    const blank = content.trim() === '';
    const canStartBlock = previousBlank && !blank && !fence && !inComment && !/^[ \t]/.test(content);
    if (canStartBlock && match.index > start) {
      blocks.push({ text: text.slice(start, match.index), offset: start, line: startLine });
      start = match.index;
      startLine = line;
    }
    const fenceMatch = FENCE.exec(content);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = undefined;
    } else if (fenceMatch && !inComment) {
      fence = fenceMatch[1];
    }
    if (!fence) {
      const opened = content.lastIndexOf('<!--');
      const closed = content.lastIndexOf('-->');
      if (opened > closed) inComment = true;
      else if (closed >= 0) inComment = false;
    }
    previousBlank = blank;
    line++;
  }
  if (start < text.length) blocks.push({ text: text.slice(start), offset: start, line: startLine });
  return blocks;
}

type Position = NonNullable<RootContent['position']>;

function shiftedPosition(position: Position, block: Block): Position {
  return {
    start: { ...position.start, line: position.start.line + block.line, offset: (position.start.offset ?? 0) + block.offset },
    end: { ...position.end, line: position.end.line + block.line, offset: (position.end.offset ?? 0) + block.offset },
  };
}

/** A copy of `node` (and its descendants) with positions moved from the block's start to the text's. */
export function shifted<T extends RootContent>(node: T, block: Block): T {
  const copy = { ...node } as T;
  if (node.position) copy.position = shiftedPosition(node.position, block);
  if ('children' in node) (copy as { children: RootContent[] }).children = (node.children as RootContent[]).map((child) => shifted(child, block));
  return copy;
}

/** Moves the positions of a freshly parsed block's nodes in place (nothing else holds them). */
function shiftInPlace(nodes: readonly RootContent[], block: Block): void {
  for (const node of nodes) {
    if (node.position) node.position = shiftedPosition(node.position, block);
    if ('children' in node) shiftInPlace(node.children as RootContent[], block);
  }
}

/** The whole text as one tree, with every construct in the text, as the preview renders it. */
export function parseMarkdown(text: string): Root {
  return { type: 'root', children: parseBlock(guardForParsing(text)) };
}

/**
 * The model's parse of a text checked once (the CLI), in pieces of whole blocks: faster than one piece (smaller
 * event arrays), and the same boundaries as the cache layer's block-wise parse of an edited text.
 */
export function parseForModel(text: string): Root {
  return parseBlocksOnce(guardForParsing(text));
}

/**
 * Adjacent blocks joined until each piece has at least `minLength` characters; blocks that may hold a
 * table are not joined with blocks that cannot, so that the others are parsed without the extension.
 */
function joinBlocks(blocks: readonly Block[], minLength: number): Block[] {
  const pieces: Block[] = [];
  let piece: Block | undefined;
  let pieceMayHoldTable = false;
  for (const block of blocks) {
    const blockMayHoldTable = mayHoldTable(block.text);
    if (piece && blockMayHoldTable !== pieceMayHoldTable) {
      pieces.push(piece);
      piece = undefined;
    }
    pieceMayHoldTable = blockMayHoldTable;
    piece = piece ? { ...piece, text: piece.text + block.text } : { ...block };
    if (piece.text.length >= minLength) {
      pieces.push(piece);
      piece = undefined;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

function parseBlocksOnce(guarded: string): Root {
  const children: RootContent[] = [];
  for (const block of joinBlocks(splitBlocks(guarded), ONE_SHOT_PIECE)) {
    const nodes = parseBlock(block.text);
    shiftInPlace(nodes, block);
    for (const node of nodes) children.push(node);
  }
  return { type: 'root', children };
}
