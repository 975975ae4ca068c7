// The model's Markdown parse: CommonMark plus GFM tables, which is all the model reads (the Bijlagen
// table). The other GFM extensions (autolink literals especially, tried at every character) cost a
// third of the parse and feed nothing; the preview parses with full GFM itself.
//
// While typing, one keystroke changes one block of a long nota. The text is split into blocks that
// parse independently (at a blank line followed by an unindented line, never inside a code fence or an
// HTML comment), each block's tree is cached by its text, and the trees are joined with their
// positions shifted: re-checking a 1 MB nota re-parses only the block that changed.
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { guardForParsing } from './parse-guard';

interface Block {
  text: string;
  offset: number;
  line: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const MAX_CACHED_CHARACTERS = 8_000_000;

const cache = new Map<string, RootContent[]>();
let cachedCharacters = 0;
/** The shifted copies of the last parse, by block text and position: blocks before an edit keep theirs. */
let lastShifted = new Map<string, RootContent[]>();

function parseBlock(text: string): RootContent[] {
  return fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }).children;
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

function shifted<T extends RootContent>(node: T, block: Block): T {
  const copy = { ...node } as T;
  if (node.position) {
    copy.position = {
      start: { ...node.position.start, line: node.position.start.line + block.line, offset: (node.position.start.offset ?? 0) + block.offset },
      end: { ...node.position.end, line: node.position.end.line + block.line, offset: (node.position.end.offset ?? 0) + block.offset },
    };
  }
  if ('children' in node) (copy as { children: RootContent[] }).children = (node.children as RootContent[]).map((child) => shifted(child, block));
  return copy;
}

function remember(text: string, nodes: RootContent[]): void {
  if (text.length > MAX_CACHED_CHARACTERS / 4) return;
  if (cachedCharacters + text.length > MAX_CACHED_CHARACTERS) {
    cache.clear();
    cachedCharacters = 0;
  }
  cache.set(text, nodes);
  cachedCharacters += text.length;
}

/**
 * `incremental`: the text will be checked again after small edits (the language server), so parse block
 * by block through the cache. A one-shot check (the CLI) parses in one piece, which is cheaper cold.
 */
export function parseMarkdown(text: string, incremental = false): Root {
  const guarded = guardForParsing(text);
  return incremental ? parseInBlocks(guarded) : { type: 'root', children: parseBlock(guarded) };
}

/** Parses block by block, reusing the trees of blocks seen before. */
export function parseInBlocks(guarded: string): Root {
  const children: RootContent[] = [];
  const shiftedNow = new Map<string, RootContent[]>();
  for (const block of splitBlocks(guarded)) {
    const key = `${block.offset}:${block.line}:${block.text}`;
    let placed = lastShifted.get(key);
    if (!placed) {
      let nodes = cache.get(block.text);
      if (!nodes) {
        nodes = parseBlock(block.text);
        remember(block.text, nodes);
      }
      placed = nodes.map((node) => shifted(node, block));
    }
    shiftedNow.set(key, placed);
    children.push(...placed);
  }
  lastShifted = shiftedNow;
  return { type: 'root', children };
}

/** Forgets every cached block (the benchmark measures a cold check with it). */
export function clearParseCache(): void {
  cache.clear();
  cachedCharacters = 0;
  lastShifted = new Map();
}
