// The model's Markdown parse: CommonMark plus GFM tables, which is all the model reads (the Bijlagen
// table), and the preview renders the same parse. The other GFM extensions (autolink literals
// especially, tried at every character) cost a third of the parse and feed nothing.
//
// The text is split into blocks that parse independently (at a blank line followed by an unindented
// line, never inside a code fence or an HTML comment) and the trees are joined with their positions
// shifted. While typing, one keystroke changes one block of a long nota: the cache layer keeps each
// block's tree by its text (cache/readers.ts), so re-checking a 1 MB nota re-parses only that block.
//
// Every piece is parsed within a CPU-time budget (source/parse-budget.ts); a piece that runs out is read
// as plain text, and its span is listed in the tree's `tooComplex` for the `markdown-too-complex` rule.
import type { Paragraph, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Span } from '../types';
import { BudgetClock, DEFAULT_PARSE_BUDGET, type ParseBudget, deadlineExtension, exceedsStructuralLimits } from './parse-budget';
import { linearSetextExtension } from './linear-setext';
import { guardForParsing } from './parse-guard';
import { isRowBlock, readTableBlock } from './table-rows';

export interface Block {
  text: string;
  offset: number;
  line: number;
  /**
   * A long table split for length: the characters of its header and delimiter rows put before this
   * piece's rows (offset and line count them), so that the rows parse as the same table's rows.
   */
  borrowed?: number;
  /** Split from the block before it for length, not at a blank line: the same paragraph, list or table. */
  splitForLength?: boolean;
}

/** The placed nodes of one block; `continuesTable`: its first node holds more rows of the table before it. */
export interface PlacedBlock {
  nodes: RootContent[];
  tooComplex?: Span;
  /** Its plain text continues the plain text of the block before it (one finding for both). */
  continuesPlain?: boolean;
  continuesTable: boolean;
}

/** The model's tree: the blocks that ran out of parse budget are plain paragraphs, and listed here. */
export interface ModelTree extends Root {
  tooComplex: Span[];
}

/** What a block parses to: its nodes, or `null` when it ran out of budget (read as plain text; the memo keeps a null). */
export type BlockParse = RootContent[] | null;

/**
 * Blocks are split at a line boundary beyond this length even without a blank line: the parser's
 * super-linear steps and its event arrays (≈ 1 KB of memory per character) grow with one call's input,
 * so no call gets more than this. No nota has a paragraph, list or table of 64 KB; a longer one loses
 * only what spans the split (a paragraph becomes two).
 */
const MAX_BLOCK_CHARACTERS = 65_536;

/**
 * A run of plain paragraph lines (no blank line, no list, quote, table or `|`, heading, fence, HTML or
 * indentation) is split at a line beyond this length: micromark's inline resolvers splice the event
 * list of the whole paragraph once per unmatched bracket or delimiter, quadratic in the paragraph
 * (64 KB of `[a](` lines: 40 ms/KB, 4 KB: 9). A paragraph of prose is a few hundred characters; a
 * longer one (text pasted from a PDF without blank lines) becomes two paragraphs, which no rule tells apart.
 */
const MAX_PARAGRAPH_CHARACTERS = 4096;
const NOT_A_PARAGRAPH_LINE = /^(?:[ \t]|[>|#<`~]|(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$))/;
/** A line that would turn the paragraph line before it into a setext heading: never the first of a split. */
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TABLE_DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
/** The lines of a table header: its header row and its delimiter row. */
const TABLE_HEADER_LINES = 2;
/** A fence or comment that may still be open at the end of a block, where blank lines are content. */
const FENCE_OR_COMMENT_OPENER = /^ {0,3}(?:`{3}|~{3})|<!--/m;


/**
 * A one-shot parse joins blocks into pieces of at least this many characters: each parser call has a
 * fixed cost (≈ 50 µs) that many small blocks add up, while one piece for a long nota keeps huge event
 * arrays alive. 4 KB was fastest from 3 KB to 1 MB (bench/, November 2026).
 */
const ONE_SHOT_PIECE = 4096;

const PLAIN = { extensions: [linearSetextExtension, deadlineExtension] };
const WITH_TABLES = { extensions: [gfmTable(), linearSetextExtension, deadlineExtension], mdastExtensions: [gfmTableFromMarkdown()] };

/**
 * Whether a GFM table can start in the text: its delimiter row needs a `|` or an alignment colon next
 * to a dash (`:-`, `-:`). Text without them parses alike with or without the table extension, which
 * tries every block and is a quarter to a third of a parse (corpus, November 2026).
 */
function mayHoldTable(text: string): boolean {
  return text.includes('|') || text.includes(':-') || text.includes('-:');
}

export function parseBlock(text: string): RootContent[] {
  return fromMarkdown(text, mayHoldTable(text) ? WITH_TABLES : PLAIN).children;
}

export function parseWithin(block: string, clock: BudgetClock | undefined): BlockParse {
  if (!clock) return readTableBlock(block, parseBlock) ?? parseBlock(block);
  const text = withoutTrailingBlankLines(block);
  // A table's cells are parsed one by one: its limits are counted per row (see readTableBlock).
  if (!isRowBlock(text) && exceedsStructuralLimits(text)) return null;
  return clock.run(text.length, () => {
    const table = readTableBlock(text, parseBlock);
    if (table !== undefined) return table;
    // lines of `|` that are no table: one paragraph, limited as a whole
    return isRowBlock(text) && exceedsStructuralLimits(text) ? null : parseBlock(text);
  }) ?? null;
}

/**
 * A block read as plain text, as a nota pasted from a PDF reads: each run of non-blank lines one
 * paragraph of one text node, positions relative to the block.
 */
export function plainTextNodes(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let line = 1;
  let open: { start: number; line: number } | undefined;
  let lastEnd = { offset: 0, line: 1, column: 1 };
  const close = () => {
    if (!open) return;
    const position = { start: { line: open.line, column: 1, offset: open.start }, end: { ...lastEnd } };
    paragraphs.push({ type: 'paragraph', children: [{ type: 'text', value: text.slice(open.start, lastEnd.offset), position }], position });
    open = undefined;
  };
  for (const match of text.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
    if (match[0] === '') break;
    const content = match[0].replace(/[\r\n]+$/, '');
    if (content.trim() === '') close();
    else {
      open ??= { start: match.index, line };
      lastEnd = { offset: match.index + content.length, line, column: content.length + 1 };
    }
    line++;
  }
  close();
  return paragraphs;
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
  let previousLine = '';
  // The header and delimiter rows of the table that the current line may continue.
  let tableHeader: string | undefined;
  let header: string | undefined;
  // Whether every line of the current block so far is a plain paragraph line.
  let paragraphRun = true;
  let splitForLength = false;
  const push = (end: number) => {
    const block: Block =
      header === undefined
        ? { text: text.slice(start, end), offset: start, line: startLine }
        : { text: header + text.slice(start, end), offset: start - header.length, line: startLine - TABLE_HEADER_LINES, borrowed: header.length };
    if (splitForLength) block.splitForLength = true;
    blocks.push(block);
  };
  for (const match of text.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
    if (match[0] === '') break;
    const content = match[0].replace(/[\r\n]+$/, '');
    const blank = content.trim() === '';
    if (blank || !content.includes('|')) tableHeader = undefined;
    const canStartBlock = previousBlank && !blank && !fence && !inComment && !/^[ \t]/.test(content);
    const tooLong = match.index - start >= MAX_BLOCK_CHARACTERS && !fence && !inComment;
    const paragraphLine = !blank && !content.includes('|') && !NOT_A_PARAGRAPH_LINE.test(content);
    const longParagraph = paragraphRun && paragraphLine && match.index - start >= MAX_PARAGRAPH_CHARACTERS && !SETEXT_UNDERLINE.test(content) && !TABLE_DELIMITER_ROW.test(content);
    if ((canStartBlock || tooLong || longParagraph) && match.index > start) {
      push(match.index);
      header = canStartBlock || longParagraph ? undefined : tableHeader;
      splitForLength = !canStartBlock;
      start = match.index;
      startLine = line;
      paragraphRun = true;
    }
    if (!paragraphLine) paragraphRun = false;
    if (tableHeader === undefined && !fence && TABLE_DELIMITER_ROW.test(content) && previousLine.includes('|') && content.includes('-')) {
      tableHeader = previousLine + match[0];
    }
    previousLine = match[0];
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
  if (start < text.length) push(text.length);
  return blocks;
}

type Position = NonNullable<RootContent['position']>;

function shiftedPosition(position: Position, block: Block): Position {
  return {
    start: { ...position.start, line: position.start.line + block.line, offset: (position.start.offset ?? 0) + block.offset },
    end: { ...position.end, line: position.end.line + block.line, offset: (position.end.offset ?? 0) + block.offset },
  };
}

type Parent = { children: RootContent[] };

/**
 * A copy of `node` (and its descendants) with positions moved from the block's start to the text's.
 * With an explicit stack: a block can nest thousands of levels deep.
 */
export function shifted<T extends RootContent>(node: T, block: Block): T {
  const copy = <N extends RootContent>(original: N): N => {
    const moved = { ...original };
    if (original.position) moved.position = shiftedPosition(original.position, block);
    if ('children' in moved) pending.push(moved as unknown as Parent);
    return moved;
  };
  const pending: Parent[] = [];
  const top = copy(node);
  for (let parent = pending.pop(); parent; parent = pending.pop()) parent.children = parent.children.map(copy);
  return top;
}

/** Moves the positions of a freshly parsed block's nodes in place (nothing else holds them). */
function shiftInPlace(nodes: readonly RootContent[], block: Block): void {
  const pending = [...nodes];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.position) node.position = shiftedPosition(node.position, block);
    if ('children' in node) for (const child of node.children as RootContent[]) pending.push(child);
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
export function parseForModel(text: string, budget: ParseBudget = DEFAULT_PARSE_BUDGET): ModelTree {
  return parseBlocksOnce(guardForParsing(text), new BudgetClock(budget));
}

interface Piece extends Block {
  /** The blocks joined into this piece. */
  blocks: Block[];
}

/**
 * Adjacent blocks joined until each piece has at least `minLength` characters; blocks that may hold a
 * table are not joined with blocks that cannot, so that the others are parsed without the extension.
 */
function joinBlocks(blocks: readonly Block[], minLength: number): Piece[] {
  const pieces: Piece[] = [];
  let piece: Piece | undefined;
  let pieceMayHoldTable = false;
  for (const block of blocks) {
    // A block that cheap counts already rule out stands alone, so that its neighbours are still parsed.
    // A table stands alone too, so that its rows are read by the row reader (source/table-rows.ts).
    if (block.borrowed !== undefined || isRowBlock(block.text) || exceedsStructuralLimits(block.text)) {
      if (piece) pieces.push(piece);
      pieces.push({ ...block, blocks: [block] });
      piece = undefined;
      continue;
    }
    const blockMayHoldTable = mayHoldTable(block.text);
    if (piece && blockMayHoldTable !== pieceMayHoldTable) {
      pieces.push(piece);
      piece = undefined;
    }
    pieceMayHoldTable = blockMayHoldTable;
    piece = piece ? { ...piece, text: piece.text + block.text, blocks: [...piece.blocks, block] } : { ...block, blocks: [block] };
    if (piece.text.length >= minLength) {
      pieces.push(piece);
      piece = undefined;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

const isBlankCode = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/**
 * The block without the blank lines after its last line of text, which give no node (a block ends
 * outside a code fence and an HTML comment, but for the last one, which keeps them): 1 MB of blank
 * lines then costs the parser nothing.
 */
function withoutTrailingBlankLines(block: string): string {
  let end = block.length;
  while (end > 0 && isBlankCode(block.charCodeAt(end - 1))) end--;
  if (end === block.length || FENCE_OR_COMMENT_OPENER.test(block)) return block;
  const lineBreak = block.indexOf('\n', end) === -1 ? block.indexOf('\r', end) : block.indexOf('\n', end);
  return lineBreak === -1 ? block : block.slice(0, lineBreak + 1);
}

/** The block without the rows it borrowed: the text that is its own. */
function ownPart(block: Block): Block {
  if (block.borrowed === undefined) return block;
  return { text: block.text.slice(block.borrowed), offset: block.offset + block.borrowed, line: block.line + TABLE_HEADER_LINES };
}

/**
 * A block's nodes placed in the text by `move` (a copy or in place), or its own text as plain
 * paragraphs when it ran out of budget; a continued table loses the header row it borrowed.
 */
export function placeBlock(block: Block, parsed: BlockParse, move: (node: RootContent, block: Block) => RootContent): PlacedBlock {
  if (!parsed) {
    const own = ownPart(block);
    const nodes = plainTextNodes(own.text).map((node) => move(node, own));
    return { nodes, tooComplex: { start: own.offset, end: own.offset + own.text.length }, continuesPlain: block.splitForLength, continuesTable: false };
  }
  const nodes = parsed.map((node) => move(node, block));
  const [first] = nodes;
  if (block.borrowed === undefined || first?.type !== 'table' || first.children.length < 2) return { nodes, continuesTable: false };
  const rows = first.children.slice(1);
  nodes[0] = { ...first, children: rows, position: { start: rows[0].position!.start, end: first.position!.end } };
  return { nodes, continuesTable: true };
}

/** Adds a placed block's nodes to the tree: a continued table's rows join the table before them. */
export function appendPlaced(tree: ModelTree, placed: PlacedBlock): void {
  const lastPlain = tree.tooComplex[tree.tooComplex.length - 1];
  if (placed.tooComplex && placed.continuesPlain && lastPlain?.end === placed.tooComplex.start) {
    tree.tooComplex[tree.tooComplex.length - 1] = { start: lastPlain.start, end: placed.tooComplex.end };
  } else if (placed.tooComplex) {
    tree.tooComplex.push(placed.tooComplex);
  }
  const previous = tree.children[tree.children.length - 1];
  const [first, ...rest] = placed.nodes;
  if (placed.continuesTable && previous?.type === 'table' && first.type === 'table') {
    tree.children[tree.children.length - 1] = { ...previous, children: [...previous.children, ...first.children], position: { start: previous.position!.start, end: first.position!.end } };
    for (const node of rest) tree.children.push(node);
  } else {
    for (const node of placed.nodes) tree.children.push(node);
  }
}

function movedInPlace(node: RootContent, block: Block): RootContent {
  shiftInPlace([node], block);
  return node;
}

function parseBlocksOnce(guarded: string, clock: BudgetClock): ModelTree {
  const tree: ModelTree = { type: 'root', children: [], tooComplex: [] };
  const place = (block: Block, parsed: BlockParse) => appendPlaced(tree, placeBlock(block, parsed, movedInPlace));
  for (const piece of joinBlocks(splitBlocks(guarded), ONE_SHOT_PIECE)) {
    const parsed = parseWithin(piece.text, clock);
    // A joined piece that ran out is tried block by block: only the block that is too complex is plain.
    if (parsed || piece.blocks.length === 1) place(piece, parsed);
    else for (const block of piece.blocks) place(block, parseWithin(block.text, clock));
  }
  return tree;
}

