// Offsets in the core become LSP ranges here, and nowhere else in the server.
import type { Range, TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { LineIndex } from '../core/source/lines';
import type { Locale, Span, TextEdit } from '../core/types';

export function toRange(lineIndex: LineIndex, span: Span): Range {
  return { start: lineIndex.positionAt(span.start), end: lineIndex.positionAt(span.end) };
}

export function toLspEdits(lineIndex: LineIndex, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((edit) => ({ range: toRange(lineIndex, edit.span), newText: edit.newText }));
}

let ruleDocBase = '';

/**
 * Where the rule pages (docs/rules/, the Dutch ones in docs/rules/nl/) are, as a URI ending in '/': the
 * bundled folder by default, or what the client gives (VS Code: its URI handler, which opens the page
 * rendered and read-only).
 */
export function setRuleDocBase(base: string): void {
  ruleDocBase = base.endsWith('/') ? base : `${base}/`;
}

/** The rule's documentation page in the display language, shipped with the extension (docs/rules/[nl/]<id>.md). */
export function ruleDocUri(ruleId: string, locale: Locale): string {
  return `${ruleDocBase}${locale === 'nl' ? 'nl/' : ''}${encodeURIComponent(ruleId)}.md`;
}

/** One edit that turns `before` into `after`: the changed middle, common prefix and suffix kept. */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return { span: { start, end: endBefore }, newText: after.slice(start, endAfter) };
}
