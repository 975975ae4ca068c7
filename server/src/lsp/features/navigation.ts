// Go to definition from "antwoord op vraag N" to question N; find references from a question to the
// cross-references that name it.
import type { CancellationToken, Location, Position } from 'vscode-languageserver';
import type { NotaDocument } from '../../core/model/types';
import { toRange } from '../convert';

function questionAt(doc: NotaDocument, offset: number) {
  return doc.beantwoording?.parsed.questions.find((question) => offset >= question.labelSpan.start && offset <= question.labelSpan.end);
}

export function definition(doc: NotaDocument, uri: string, position: Position, token: CancellationToken): Location[] {
  const parsed = doc.beantwoording?.parsed;
  if (!parsed || token.isCancellationRequested) return [];
  const offset = doc.lineIndex.offsetAt(position);
  // "vragen 5 en 8" gives one reference per number, sharing a span: prefer the number under the cursor.
  const around = parsed.crossRefs.filter((ref) => offset >= ref.span.start && offset <= ref.span.end);
  const reference = around.find((ref) => offset >= ref.targetSpan.start && offset <= ref.targetSpan.end) ?? around[0];
  if (!reference) return [];
  return parsed.questions.filter((question) => question.number === reference.target).map((question) => ({ uri, range: toRange(doc.lineIndex, question.labelSpan) }));
}

export function references(doc: NotaDocument, uri: string, position: Position, includeDeclaration: boolean, token: CancellationToken): Location[] {
  const parsed = doc.beantwoording?.parsed;
  if (!parsed || token.isCancellationRequested) return [];
  const offset = doc.lineIndex.offsetAt(position);
  const question = questionAt(doc, offset) ?? parsed.questions.find((q) => parsed.crossRefs.some((ref) => ref.target === q.number && offset >= ref.targetSpan.start && offset <= ref.targetSpan.end));
  if (!question) return [];
  const locations = parsed.crossRefs.filter((ref) => ref.target === question.number).map((ref) => ({ uri, range: toRange(doc.lineIndex, ref.span) }));
  return includeDeclaration ? [{ uri, range: toRange(doc.lineIndex, question.labelSpan) }, ...locations] : locations;
}
