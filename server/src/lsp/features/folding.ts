// Folding: the header block, each section, sub-headings, the Bijlagen table and comment blocks.
import { type CancellationToken, type FoldingRange, FoldingRangeKind, type FoldingRangeParams } from 'vscode-languageserver';
import type { NotaDocument } from '../../core/model/types';
import type { DocumentContext } from '../service';

/** The last line with text at or before `line`, so a fold does not swallow trailing blank lines. */
function lastTextLine(doc: NotaDocument, from: number, line: number): number {
  let last = line;
  while (last > from && doc.lines[last].block === 'blank') last--;
  return last;
}

export function foldingRanges({ result: { doc } }: DocumentContext, _params: FoldingRangeParams, token: CancellationToken): FoldingRange[] {
  if (token.isCancellationRequested) return [];
  const ranges: FoldingRange[] = [];
  const add = (start: number, end: number, kind?: FoldingRangeKind) => {
    if (end > start) ranges.push({ startLine: start, endLine: end, kind });
  };
  const firstHeaderLine = doc.lines.find((line) => line.block !== 'blank' && line.block !== 'html')?.index;
  if (doc.kind === 'nota' && firstHeaderLine !== undefined && doc.header.endLine > 0) {
    add(firstHeaderLine, lastTextLine(doc, firstHeaderLine, doc.header.endLine - 1), FoldingRangeKind.Region);
  }
  for (const section of doc.sections) {
    if (token.isCancellationRequested) return [];
    add(section.headingLine, lastTextLine(doc, section.headingLine, section.lastLine), FoldingRangeKind.Region);
    section.subheadings.forEach((sub, i) => {
      const next = section.subheadings[i + 1]?.line ?? section.lastLine + 1;
      add(sub.line, lastTextLine(doc, sub.line, next - 1), FoldingRangeKind.Region);
    });
  }
  if (doc.bijlagen) {
    add(doc.lineIndex.positionAt(doc.bijlagen.span.start).line, doc.lineIndex.positionAt(doc.bijlagen.span.end).line);
  }
  for (const question of doc.beantwoording?.parsed.questions ?? []) {
    const end = question.answer ? Math.max(question.answer.span.end, question.span.end) : question.span.end;
    add(doc.lineIndex.positionAt(question.span.start).line, doc.lineIndex.positionAt(end).line, FoldingRangeKind.Region);
  }
  for (const line of doc.lines) {
    if (line.block === 'html' && line.text.trimStart().startsWith('<!--') && !line.text.includes('-->')) {
      const end = doc.lines.slice(line.index + 1).find((candidate) => candidate.text.includes('-->'));
      if (end) add(line.index, end.index, FoldingRangeKind.Comment);
    }
  }
  return ranges;
}
