// Splits the text into lines and labels each with the Markdown block it belongs to.
import type { Root, RootContent } from 'mdast';
import { keyOfPlain, plainText } from '../text';
import type { LineIndex } from './lines';
import type { LineBlock, LineReading, SourceLine } from './types';

export function readLine(lineText: string): LineReading {
  const plain = plainText(lineText);
  return { plain, key: keyOfPlain(plain), empty: plain === '' && !/\S/.test(lineText.replace(/[\u00a0\u200b\uF0B7]/g, '')) };
}

/** A bullet as a PDF gives it at the start of a line (Symbol's U+F0B7, •), followed by the item's text. */
export const PDF_BULLET = /^[ \t]*([\uF0B7\u2022])[ \t]+\S/;

/** The block of a line: Markdown's, except that a paragraph line opened by a PDF bullet is a list item. */
function blockOf(markdownBlock: LineBlock, lineText: string, empty: boolean): LineBlock {
  if (empty && markdownBlock !== 'code') return 'blank';
  if (markdownBlock === 'paragraph' && PDF_BULLET.test(lineText)) return 'list';
  return markdownBlock;
}

export function buildLines(text: string, lineIndex: LineIndex, tree: Root, read: (lineText: string) => LineReading): SourceLine[] {
  const blocks = new Array<LineBlock>(lineIndex.lineCount).fill('paragraph');
  const depths = new Map<number, number>();
  const mark = (node: RootContent, block: LineBlock) => {
    const start = node.position?.start.line;
    const end = node.position?.end.line;
    if (start === undefined || end === undefined) return;
    for (let line = start - 1; line <= end - 1 && line < blocks.length; line++) blocks[line] = block;
  };
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          mark(node, 'heading');
          if (node.position) depths.set(node.position.start.line - 1, node.depth);
          break;
        case 'code':
        case 'table':
        case 'list':
          mark(node, node.type);
          break;
        case 'html':
          mark(node, 'html');
          break;
        case 'blockquote':
          visit(node.children);
          break;
        default:
          break;
      }
    }
  };
  visit(tree.children);

  const lines: SourceLine[] = [];
  for (let index = 0; index < lineIndex.lineCount; index++) {
    const start = lineIndex.lineStarts[index];
    const end = lineIndex.lineEnd(index);
    const lineText = text.slice(start, end);
    const { plain, key, empty } = read(lineText);
    lines.push({
      index,
      span: { start, end },
      text: lineText,
      plain,
      key,
      block: blockOf(blocks[index], lineText, empty),
      headingDepth: depths.get(index),
    });
  }
  return lines;
}

/** Code, inline code and HTML: text that is not prose. In document order. */
export function excludedSpans(tree: Root): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if ((node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') && start !== undefined && end !== undefined) {
        spans.push({ start, end });
      } else if ('children' in node) {
        visit(node.children as RootContent[]);
      }
    }
  };
  visit(tree.children);
  return spans;
}
