// Go to definition from "antwoord op vraag N" to question N; find references from a question to the
// cross-references that name it.
import type { CancellationToken, DefinitionParams, Location, ReferenceParams } from 'vscode-languageserver';
import type { NotaDocument } from '../../core/model/types';
import { toRange } from '../convert';
import type { DocumentContext } from '../service';

function questionAt(doc: NotaDocument, offset: number) {
  return doc.beantwoording?.parsed.questions.find((question) => offset >= question.labelSpan.start && offset <= question.labelSpan.end);
}

export function definition({ uri, result: { doc } }: DocumentContext, params: DefinitionParams, token: CancellationToken): Location[] {
  if (token.isCancellationRequested) return [];
  const parsed = doc.beantwoording?.parsed;
  if (!parsed) return [];
  const offset = doc.lineIndex.offsetAt(params.position);
  // "vragen 5 en 8" gives one reference per number, sharing a span: prefer the number under the cursor.
  const around = parsed.crossRefs.filter((ref) => offset >= ref.span.start && offset <= ref.span.end);
  const reference = around.find((ref) => offset >= ref.targetSpan.start && offset <= ref.targetSpan.end) ?? around[0];
  if (!reference) return [];
  return parsed.questions.filter((question) => question.number === reference.target).map((question) => ({ uri, range: toRange(doc.lineIndex, question.labelSpan) }));
}

export function references({ uri, result: { doc } }: DocumentContext, params: ReferenceParams, token: CancellationToken): Location[] {
  if (token.isCancellationRequested) return [];
  const parsed = doc.beantwoording?.parsed;
  if (!parsed) return [];
  const offset = doc.lineIndex.offsetAt(params.position);
  const question = questionAt(doc, offset) ?? parsed.questions.find((q) => parsed.crossRefs.some((ref) => ref.target === q.number && offset >= ref.targetSpan.start && offset <= ref.targetSpan.end));
  if (!question) return [];
  const locations = parsed.crossRefs.filter((ref) => ref.target === question.number).map((ref) => ({ uri, range: toRange(doc.lineIndex, ref.span) }));
  return params.context.includeDeclaration ? [{ uri, range: toRange(doc.lineIndex, question.labelSpan) }, ...locations] : locations;
}
