// Status bar: the kind of the active nota document and its number of errors.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { DocumentInfoRequest } from '../../server/src/lsp/requests';
import { errorCount } from './counts';

const LANGUAGES = new Set(['nota', 'nota-kv']);

export class NotaStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('nota.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.item.name = 'Nota';
    this.item.command = 'workbench.actions.view.problems';
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
      }, () => this.item.hide());
  }

  dispose(): void {
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
