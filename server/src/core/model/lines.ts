// Splits the text into lines and labels each with the Markdown block it belongs to.
import type { Root, RootContent } from 'mdast';
import { DOCUMENT_MEMO_CHARACTERS, TextMemo } from '../memo';
import { LineIndex, keyOfPlain, plainText } from '../text';
import type { LineBlock, SourceLine } from './types';

interface LineReading {
  plain: string;
  key: string;
  /** Nothing visible: blank, or only no-break spaces, zero-width spaces and PDF bullet residue. */
  empty: boolean;
}

function readLine(lineText: string): LineReading {
  const plain = plainText(lineText);
  return { plain, key: keyOfPlain(plain), empty: plain === '' && !/\S/.test(lineText.replace(/[\u00a0\u200b\uF0B7]/g, '')) };
}

/** Line readings by line text: a re-check after an edit looks up every line it did not change. */
export const readings = new TextMemo<LineReading>(DOCUMENT_MEMO_CHARACTERS, readLine);

/** `incremental`: the text will be checked again after small edits, so line readings are cached. */
export function buildLines(text: string, lineIndex: LineIndex, tree: Root, incremental = false): SourceLine[] {
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
    const { plain, key, empty } = incremental ? readings.get(lineText) : readLine(lineText);
    lines.push({
      index,
      span: { start, end },
      text: lineText,
      plain,
      key,
      block: empty && blocks[index] !== 'code' ? 'blank' : blocks[index],
      headingDepth: depths.get(index),
    });
  }
  return lines;
}
