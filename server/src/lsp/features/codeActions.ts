// Quick fixes per diagnostic, "disable for this line", and source.fixAll.nota for codeActionsOnSave.
// Beside a diagnostic's own fixes the lightbulb offers the document-wide ones, as markdownlint does:
// fix all when the diagnostic has a safe fix, redact all (with the count) when it is personal data.
import { type CancellationToken, type CodeAction, CodeActionKind, type CodeActionParams } from 'vscode-languageserver';
import { redactAllEdits } from '../../core/redact';
import { formatMessage } from '../../core/messages';
import { minimalEdit, toLspEdits } from '../convert';
import type { DocumentContext } from '../service';
import { sameDiagnostic, toDiagnostic } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.nota`;
export const REDACT_ALL_KIND = `${CodeActionKind.Source}.redactAll.nota`;

/** Run by the client once the edit is applied: says what changed where, with Open and Undo. */
export const MARKED_PUBLIC_COMMAND = 'nota.markedPublic';

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

export async function codeActions(context: DocumentContext, params: CodeActionParams, token: CancellationToken): Promise<CodeAction[]> {
  if (token.isCancellationRequested) return [];
  const { result, config, locale, uri } = context;
  const { doc, findings } = result;
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const redactAll = () => redactAllEdits(doc, config, (ruleId) => findings.some((finding) => finding.ruleId === ruleId));
  const fixAll = async () => {
    const fixed = await context.fixAllText();
    const edit = fixed === undefined ? undefined : minimalEdit(doc.text, fixed);
    return edit && !token.isCancellationRequested ? { changes: { [uri]: toLspEdits(doc.lineIndex, [edit]) } } : undefined;
  };

  if (wants(only, CodeActionKind.QuickFix)) {
    let safelyFixable = false;
    let personalData = false;
    for (const diagnostic of params.context.diagnostics) {
      if (token.isCancellationRequested) return [];
      const finding = findings.find((candidate) => sameDiagnostic(diagnostic, candidate, doc.lineIndex));
      if (!finding) continue;
      safelyFixable ||= finding.fixes.some((fix) => fix.safe);
      personalData ||= finding.ruleId.startsWith('pii-');
      for (const fix of finding.fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: finding.fixes.length === 1,
          edit: { changes: { [uri]: toLspEdits(doc.lineIndex, fix.edits) } },
        });
      }
      if (finding.ruleId === 'pii-name' && context.markPublic) {
        const name = doc.text.slice(finding.span.start, finding.span.end);
        const marked = context.markPublic(name);
        if (marked) {
          const file = marked.display;
          actions.push({
            title: formatMessage(locale, marked.creates ? 'fix.mark-public.create' : 'fix.mark-public', { name, file }),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: marked.edit,
            command: { title: formatMessage(locale, 'fix.mark-public', { name, file }), command: MARKED_PUBLIC_COMMAND, arguments: [{ name, uri: marked.uri, created: marked.creates }] },
          });
        }
      }
      const line = doc.lineIndex.positionAt(finding.span.start).line;
      actions.push({
        title: formatMessage(locale, 'fix.disable-line', { rule: finding.ruleId }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [toDiagnostic(finding, doc.lineIndex, locale)],
        edit: {
          changes: {
            [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `<!-- nota-disable-next-line ${finding.ruleId} -->${doc.eol}` }],
          },
        },
      });
    }
    const edit = safelyFixable ? await fixAll() : undefined;
    if (edit) actions.push({ title: formatMessage(locale, 'fix.all'), kind: CodeActionKind.QuickFix, diagnostics: params.context.diagnostics, edit });
    const edits = personalData ? redactAll() : [];
    if (edits.length > 0) {
      actions.push({ title: formatMessage(locale, 'fix.redact-all.count', { count: edits.length }), kind: CodeActionKind.QuickFix, diagnostics: params.context.diagnostics, edit: { changes: { [uri]: toLspEdits(doc.lineIndex, edits) } } });
    }
  }

  if (only && wants(only, FIX_ALL_KIND)) {
    const edit = await fixAll();
    if (edit) actions.push({ title: formatMessage(locale, 'fix.all'), kind: FIX_ALL_KIND, edit });
  }
  if (only && wants(only, REDACT_ALL_KIND)) {
    const edits = redactAll();
    if (edits.length > 0) {
      actions.push({ title: formatMessage(locale, 'fix.redact-all.count', { count: edits.length }), kind: REDACT_ALL_KIND, edit: { changes: { [uri]: toLspEdits(doc.lineIndex, edits) } } });
    }
  }
  return actions;
}
