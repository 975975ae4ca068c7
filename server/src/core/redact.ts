// "Redact all personal data in this document": one edit per finding, as one undoable change.
import type { ResolvedConfig } from './config';
import type { NotaDocument } from './model/types';
import { redactionMarkerFor } from './model/redactions';
import type { TextEdit } from './types';

export function redactAllEdits(doc: NotaDocument, config: ResolvedConfig, isEnabled: (ruleId: string) => boolean): TextEdit[] {
  const edits: TextEdit[] = [];
  let end = -1;
  for (const candidate of [...doc.personalData].sort((a, b) => a.span.start - b.span.start)) {
    if (!isEnabled(`pii-${candidate.type}`) || candidate.span.start < end) continue;
    edits.push({ span: candidate.span, newText: redactionMarkerFor(candidate, config) });
    end = candidate.span.end;
  }
  return edits;
}
