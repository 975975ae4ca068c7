// The one line model of a document: LF, CRLF and a lone CR each end a line. Every reader of the text
// (model, personal data, dates, beantwoording) asks this model where a line starts and ends.
import { partitionPoint } from '../search';

export interface Position {
  line: number; // 0-based
  character: number; // 0-based, UTF-16 code units (as LSP)
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** Maps offsets to line/character positions and back. */
export class LineIndex {
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (const match of text.matchAll(LINE_BREAK)) starts.push(match.index + match[0].length);
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The 0-based line that holds `offset` (a line break belongs to the line it ends). */
  lineAt(offset: number): number {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    return partitionPoint(this.lineStarts.length, (i) => this.lineStarts[i] <= clamped) - 1;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.lineStarts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[Math.max(0, position.line)];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** Offset of the end of a line's content, before its line break. */
  lineEnd(line: number): number {
    const next = this.lineStarts[line + 1];
    if (next === undefined) return this.text.length;
    let end = next;
    if (this.text[end - 1] === '\n') end--;
    if (this.text[end - 1] === '\r') end--;
    return end;
  }

  /** Offset just past a line's line break (the next line's start), or the text length for the last line. */
  lineNext(line: number): number {
    return this.lineStarts[line + 1] ?? this.text.length;
  }

  /** Start of the line that holds `offset`. */
  startAt(offset: number): number {
    return this.lineStarts[this.lineAt(offset)];
  }

  /** End of the content of the line that holds `offset` (before its line break). */
  endAt(offset: number): number {
    return this.lineEnd(this.lineAt(offset));
  }

  /** The content of a line, without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }
}
