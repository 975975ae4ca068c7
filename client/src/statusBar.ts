// Status bar: the kind of the active nota document and its number of errors; beside it its length in words
// and estimated pages against the limit of the nota-length rule.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { type DocumentInfo, DocumentInfoRequest } from '../../server/src/lsp/requests';
import { errorCount } from './counts';

const LANGUAGES = new Set(['nota', 'nota-kv']);

export class NotaStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('nota.status', vscode.StatusBarAlignment.Right, 100);
  private readonly lengthItem = vscode.window.createStatusBarItem('nota.length', vscode.StatusBarAlignment.Right, 99);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.item.name = 'Nota';
    this.item.command = 'workbench.actions.view.problems';
    this.lengthItem.name = vscode.l10n.t('Nota: length');
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) this.update();
      }),
    ];
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !LANGUAGES.has(document.languageId)) {
      this.item.hide();
      this.lengthItem.hide();
      return;
    }
    const errors = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'nota' && d.severity === vscode.DiagnosticSeverity.Error).length;
    void this.client()
      ?.sendRequest(DocumentInfoRequest, { uri: document.uri.toString() })
      .then((info) => {
        const kind = info?.kind === 'beantwoording' ? vscode.l10n.t('Beantwoording') : info?.kind === 'brief' ? vscode.l10n.t('Brief') : vscode.l10n.t('Nota');
        this.item.text = errors === 0 ? `$(check) ${kind}` : `$(error) ${kind}: ${errorCount(errors)}`;
        // why the document has its kind (the server says it in the user's language)
        const tooltip = vscode.l10n.t('Nota: document kind and errors. Click to open the Problems panel.');
        this.item.tooltip = info?.reason ? `${info.reason}\n${tooltip}` : tooltip;
        this.item.show();
        this.showLength(info?.length);
      }, () => {
        this.item.hide();
        this.lengthItem.hide();
      });
  }

  private showLength(length: DocumentInfo['length'] | undefined): void {
    if (!length) {
      this.lengthItem.hide();
      return;
    }
    const pages = decimal(length.pages);
    const over = length.maxPages !== null && length.pages > length.maxPages;
    this.lengthItem.text =
      length.maxPages === null
        ? vscode.l10n.t('$(book) {0} words · {1} pages', length.words, pages)
        : vscode.l10n.t('$(book) {0} words · {1}/{2} pages', length.words, pages, decimal(length.maxPages));
    this.lengthItem.tooltip = over
      ? vscode.l10n.t('Nota: about {0} pages, more than the limit of {1} (rule nota-length). Shorten it or move detail to a bijlage.', pages, decimal(length.maxPages!))
      : vscode.l10n.t('Nota: words and estimated pages (rule nota-length sets the limit and the words a page).');
    this.lengthItem.backgroundColor = over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.lengthItem.show();
  }

  dispose(): void {
    this.item.dispose();
    this.lengthItem.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** A page count with the display language's decimal separator (2,5 in Dutch). */
function decimal(value: number): string {
  const text = String(value);
  return vscode.env.language.startsWith('nl') ? text.replace('.', ',') : text;
}
