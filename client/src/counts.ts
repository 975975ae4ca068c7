// Counts in messages, in the editor's language: "1 error", "3 errors" (vscode.l10n has no plural forms).
import * as vscode from 'vscode';

export function errorCount(count: number): string {
  return count === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', count);
}

export function fileCount(count: number): string {
  return count === 1 ? vscode.l10n.t('1 file') : vscode.l10n.t('{0} files', count);
}

export function personalDataCount(count: number): string {
  return count === 1 ? vscode.l10n.t('1 personal-data finding') : vscode.l10n.t('{0} personal-data findings', count);
}

/** The personal-data diagnostics of a document (pii-*), as the editor shows them. */
export function personalDataFindings(uri: vscode.Uri): number {
  return vscode.languages.getDiagnostics(uri).filter((d) => String(typeof d.code === 'object' ? d.code.value : d.code).startsWith('pii-')).length;
}
