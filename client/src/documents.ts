// Word and PDF files in VS Code: a read-only view of the text as Nota reads it (the nota-doc: scheme, at
// the file's path), checked by the server like any nota; Import Word/PDF as Nota; Export to Word.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ExportWordRequest, ReadDocumentRequest } from '../../server/src/lsp/requests';
import { personalDataCount, personalDataFindings } from './counts';

export const DOCUMENT_VIEW_SCHEME = 'nota-doc';
const WORD_OR_PDF = /\.(?:docx|pdf)$/i;

const viewOf = (file: vscode.Uri) => file.with({ scheme: DOCUMENT_VIEW_SCHEME });
const fileOf = (view: vscode.Uri) => view.with({ scheme: 'file' });
const where = (uri: vscode.Uri) => (uri.scheme === 'file' ? uri.fsPath : uri.toString());

/** The text of a view: read by the server; a file that cannot be read says why, in the view and a message. */
class DocumentViewProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly client: () => LanguageClient) {}

  async provideTextDocumentContent(view: vscode.Uri): Promise<string> {
    const read = await this.client().sendRequest(ReadDocumentRequest, { uri: fileOf(view).toString() });
    if ('text' in read) {
      if (read.trackedChanges > 0) void vscode.window.showWarningMessage(vscode.l10n.t('{0} still has tracked changes; Nota reads it with the changes accepted.', view.path.split('/').pop() ?? ''));
      return read.text;
    }
    const reason = vscode.l10n.t('Nota cannot read {0}: {1}', view.path.split('/').pop() ?? '', read.unreadable);
    void vscode.window.showErrorMessage(reason);
    return reason;
  }
}

/** The file the command is about: the explorer's, the one behind the active view, or one the user picks. */
async function wordOrPdfFile(uri: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  if (uri?.scheme === 'file' && WORD_OR_PDF.test(uri.path)) return uri;
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === DOCUMENT_VIEW_SCHEME) return fileOf(active);
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [vscode.l10n.t('Word or PDF')]: ['docx', 'pdf'] } });
  return picked?.[0];
}

/** Opens the view of a Word or PDF file (read-only), as a nota: the server checks it and shows its diagnostics. */
async function openDocument(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const file = await wordOrPdfFile(uri);
  if (!file) return undefined;
  const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(viewOf(file)), 'nota');
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** NAME.nota.md beside the Word or PDF file, never over an existing file; opened, so that it is checked. */
async function importDocument(client: LanguageClient, uri?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const file = await wordOrPdfFile(uri);
  if (!file) return undefined;
  const target = file.with({ path: file.path.replace(WORD_OR_PDF, '.nota.md') });
  if (await exists(target)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} exists already; move it away first (nothing was written).', where(target)));
    return undefined;
  }
  const read = await client.sendRequest(ReadDocumentRequest, { uri: file.toString() });
  if (!('text' in read)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Nota cannot read {0}: {1}', where(file), read.unreadable));
    return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(read.text));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
  void vscode.window.showInformationMessage(vscode.l10n.t('Imported {0} as {1}', where(file), where(target)));
  return target;
}

export interface ExportWordArgs {
  /** Write here instead of asking (tests and scripts). */
  target?: vscode.Uri;
  /** Keep personal data as written; asked first when the nota has any. */
  reviewCopy?: boolean;
  /** Answers the confirmation before a review copy with personal data (tests); a modal dialog otherwise. */
  confirm?: (question: string) => boolean | Promise<boolean>;
}

export interface ExportWordOutcome {
  uri?: vscode.Uri;
  asked?: string;
  told?: string;
}

/** The active nota as a Word file: personal data redacted, unless a review copy the user confirmed. */
async function exportWord(client: LanguageClient, args: ExportWordArgs = {}): Promise<ExportWordOutcome | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !document.languageId.startsWith('nota')) return undefined;
  const reviewCopy = args.reviewCopy === true;
  const personalData = personalDataFindings(document.uri);
  let asked: string | undefined;
  if (reviewCopy && personalData > 0) {
    asked = vscode.l10n.t('The review copy shows {0} in plain text. Anyone you send the file to can read it. Write it anyway?', personalDataCount(personalData));
    const write = vscode.l10n.t('Write review copy');
    const answer = args.confirm ? await args.confirm(asked) : (await vscode.window.showWarningMessage(asked, { modal: true }, write)) === write;
    if (!answer) return { asked };
  }
  const defaultUri = document.uri.scheme === 'file' ? document.uri.with({ path: document.uri.path.replace(/(\.[^./]+)+$/, reviewCopy ? '.review.docx' : '.docx') }) : undefined;
  const target = args.target ?? (await vscode.window.showSaveDialog({ defaultUri, filters: { Word: ['docx'] }, saveLabel: reviewCopy ? vscode.l10n.t('Export review copy') : vscode.l10n.t('Export to Word') }));
  if (!target) return { asked };
  const exported = await client.sendRequest(ExportWordRequest, { uri: document.uri.toString(), reviewCopy });
  if ('error' in exported) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Nota could not export {0}: {1}', where(document.uri), exported.error));
    return { asked };
  }
  await vscode.workspace.fs.writeFile(target, Uint8Array.from(atob(exported.base64), (c) => c.charCodeAt(0)));
  const told = reviewCopy
    ? vscode.l10n.t('Exported a review copy with personal data to {0}', where(target))
    : vscode.l10n.t('Exported to Word ({0} redacted) to {1}', personalDataCount(exported.redacted), where(target));
  void vscode.window.showInformationMessage(told);
  return { uri: target, asked, told };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export function registerDocuments(client: () => LanguageClient): vscode.Disposable[] {
  return [
    vscode.workspace.registerTextDocumentContentProvider(DOCUMENT_VIEW_SCHEME, new DocumentViewProvider(client)),
    // a view opened from the Problems panel or by Check workspace's diagnostics is a nota too
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (document.uri.scheme === DOCUMENT_VIEW_SCHEME && document.languageId !== 'nota') void vscode.languages.setTextDocumentLanguage(document, 'nota');
    }),
    vscode.commands.registerCommand('nota.openDocument', openDocument),
    vscode.commands.registerCommand('nota.importDocument', (uri?: vscode.Uri) => importDocument(client(), uri)),
    vscode.commands.registerCommand('nota.exportWord', (args?: ExportWordArgs) => exportWord(client(), args)),
    vscode.commands.registerCommand('nota.exportWordReviewCopy', (args?: ExportWordArgs) => exportWord(client(), { ...args, reviewCopy: true })),
  ];
}
