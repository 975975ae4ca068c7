// Go to definition from "antwoord op vraag N" to question N; find references from a question, or from any
// reference to it, to the cross-references that name it.
import type { CancellationToken, DefinitionParams, Location, ReferenceParams } from 'vscode-languageserver';
import type { Beantwoording, CrossRef } from '../../core/beantwoording/model';
import type { NotaDocument } from '../../core/model/types';
import { toRange } from '../convert';
import type { DocumentContext } from '../service';

function questionAt(doc: NotaDocument, offset: number) {
  return doc.beantwoording?.parsed.questions.find((question) => offset >= question.labelSpan.start && offset <= question.labelSpan.end);
}

/**
 * The cross-reference under the cursor: anywhere in "zie antwoord 3" or "het antwoord op vraag 3". "vragen 5
 * en 8" gives one reference per number, sharing a span: the number under the cursor is preferred.
 */
function referenceAt(parsed: Beantwoording, offset: number): CrossRef | undefined {
  const around = parsed.crossRefs.filter((ref) => offset >= ref.span.start && offset <= ref.span.end);
  return around.find((ref) => offset >= ref.targetSpan.start && offset <= ref.targetSpan.end) ?? around[0];
}

export function definition({ uri, result: { doc } }: DocumentContext, params: DefinitionParams, token: CancellationToken): Location[] {
  if (token.isCancellationRequested) return [];
  const parsed = doc.beantwoording?.parsed;
  if (!parsed) return [];
  const reference = referenceAt(parsed, doc.lineIndex.offsetAt(params.position));
  if (!reference) return [];
  return parsed.questions.filter((question) => question.number === reference.target).map((question) => ({ uri, range: toRange(doc.lineIndex, question.labelSpan) }));
}

/** The references to a question, from its label or from any reference to it (as Find All References works from a use). */
export function references({ uri, result: { doc } }: DocumentContext, params: ReferenceParams, token: CancellationToken): Location[] {
  if (token.isCancellationRequested) return [];
  const parsed = doc.beantwoording?.parsed;
  if (!parsed) return [];
  const offset = doc.lineIndex.offsetAt(params.position);
  const target = questionAt(doc, offset)?.number ?? referenceAt(parsed, offset)?.target;
  const question = parsed.questions.find((q) => q.number === target);
  if (!question) return [];
  const locations = parsed.crossRefs.filter((ref) => ref.target === question.number).map((ref) => ({ uri, range: toRange(doc.lineIndex, ref.span) }));
  return params.context.includeDeclaration ? [{ uri, range: toRange(doc.lineIndex, question.labelSpan) }, ...locations] : locations;
}
