// The preview: a webview per nota document showing the page as it will be printed, updated as you type,
// following the cursor, jumping to the source on double-click, with a "as published" toggle and export.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { type PreviewMode as Mode, PreviewRequest } from '../../server/src/lsp/requests';
import { personalDataCount, personalDataFindings } from './counts';

const UPDATE_DELAY_MS = 250;

export interface ExportArgs {
  /** Write here instead of asking (tests and scripts). */
  target?: vscode.Uri;
  /** The published form unless `review` is asked for ("Export Review Copy as HTML"). */
  form?: Mode;
  /** Answers the confirmation before a review copy with personal data (tests); a modal dialog otherwise. */
  confirm?: (question: string) => boolean | Promise<boolean>;
}

export interface ExportResult {
  uri?: vscode.Uri;
  form?: Mode;
  /** The confirmation asked before writing a review copy with personal data. */
  asked?: string;
  /** What the notification said. */
  told?: string;
}


class PreviewPanel {
  mode: Mode = 'review';
  lastHtml = '';
  updates = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly document: vscode.TextDocument,
    private readonly client: LanguageClient,
  ) {}

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), UPDATE_DELAY_MS);
  }

  async render(): Promise<void> {
    const rendered = await this.client.sendRequest(PreviewRequest, { uri: this.document.uri.toString(), mode: this.mode });
    if (!rendered) return;
    this.lastHtml = rendered.html;
    this.updates++;
    const toggleLabel = this.mode === 'published' ? vscode.l10n.t('Show findings') : vscode.l10n.t('Show as published');
    await this.panel.webview.postMessage({ type: 'render', html: rendered.html, mode: this.mode, toggleLabel });
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

export class PreviewManager implements vscode.Disposable {
  private readonly panels = new Map<string, PreviewPanel>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: () => LanguageClient,
  ) {
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((event) => this.panels.get(event.document.uri.toString())?.schedule()),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        const preview = this.panels.get(event.textEditor.document.uri.toString());
        if (preview) void preview.panel.webview.postMessage({ type: 'scrollTo', line: event.selections[0].active.line });
      }),
    ];
  }

  async open(document: vscode.TextDocument | undefined, toSide: boolean): Promise<PreviewPanel | undefined> {
    if (!document) return undefined;
    const key = document.uri.toString();
    const existing = this.panels.get(key);
    if (existing) {
      existing.panel.reveal(toSide ? vscode.ViewColumn.Beside : undefined);
      return existing;
    }
    const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel('nota.preview', vscode.l10n.t('Preview {0}', document.uri.path.split('/').pop() ?? ''), toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [media],
      retainContextWhenHidden: false,
    });
    const preview = new PreviewPanel(panel, document, this.client());
    this.panels.set(key, preview);
    panel.webview.html = this.shell(panel.webview, media);
    panel.webview.onDidReceiveMessage(async (message: { type: string; line?: number }) => {
      if (message.type === 'ready') await preview.render();
      else if (message.type === 'toggleMode') {
        preview.mode = preview.mode === 'review' ? 'published' : 'review';
        await preview.render();
      } else if (message.type === 'reveal' && typeof message.line === 'number') {
        const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
        const position = new vscode.Position(message.line, 0);
        editor.selection = new vscode.Selection(position, position);
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
      }
    });
    panel.onDidDispose(() => {
      preview.dispose();
      this.panels.delete(key);
    });
    return preview;
  }

  /** The webview page: a strict Content-Security-Policy, our stylesheet and script only, no remote content. */
  private shell(webview: vscode.Webview, media: vscode.Uri): string {
    // Web Crypto: the same in the Node and the browser extension host.
    const nonce = Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
    const css = webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css'));
    const js = webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js'));
    const style = vscode.workspace.getConfiguration('nota').get<string>('preview.style') === 'page' ? 'page-style' : '';
    return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce}'; img-src ${webview.cspSource}; font-src ${webview.cspSource};">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${css}">
</head>
<body class="${style}">
<div class="toolbar"><button id="toggle" type="button"></button></div>
<div id="content"></div>
<script nonce="${nonce}" src="${js}"></script>
</body>
</html>`;
  }

  /**
   * The preview of the active document as a standalone, sanitised HTML file: the published form (every
   * personal-data finding as its Woo marker), or a review copy on request, which, when it still holds
   * personal data, is written only after a confirmation. Says where it wrote, with Open actions.
   */
  async exportHtml(args: ExportArgs = {}): Promise<ExportResult | undefined> {
    const document = vscode.window.activeTextEditor?.document ?? [...this.panels.values()].at(-1)?.document;
    if (!document) return undefined;
    const form = args.form ?? 'published';
    const personalData = personalDataFindings(document.uri);
    let asked: string | undefined;
    if (form === 'review' && personalData > 0) {
      asked = vscode.l10n.t('The review copy shows {0} in plain text. Anyone you send the file to can read it. Write it anyway?', personalDataCount(personalData));
      const write = vscode.l10n.t('Write review copy');
      const answer = args.confirm ? await args.confirm(asked) : (await vscode.window.showWarningMessage(asked, { modal: true }, write)) === write;
      if (!answer) return { asked };
    }
    const rendered = await this.client().sendRequest(PreviewRequest, { uri: document.uri.toString(), mode: form });
    if (!rendered) return undefined;
    const suffix = form === 'published' ? vscode.l10n.t('published') : vscode.l10n.t('review-copy');
    const defaultUri = document.uri.scheme === 'untitled' ? undefined : document.uri.with({ path: document.uri.path.replace(/(\.[^./]+)+$/, `.${suffix}.html`) });
    const destination = args.target ?? (await vscode.window.showSaveDialog({ defaultUri, filters: { HTML: ['html'] }, saveLabel: form === 'published' ? vscode.l10n.t('Export published form') : vscode.l10n.t('Export review copy') }));
    if (!destination) return { asked };
    await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(await this.standalonePage(document, rendered.html, form)));
    const where = destination.scheme === 'file' ? destination.fsPath : destination.toString();
    const told = form === 'published' ? vscode.l10n.t('Exported the published form (personal data as Woo markers) to {0}', where) : vscode.l10n.t('Exported a review copy with personal data to {0}', where);
    void this.tellWhere(told, destination); // not awaited: the notification stays until it is dismissed
    return { uri: destination, form, asked, told };
  }

  private async tellWhere(message: string, file: vscode.Uri): Promise<void> {
    const inBrowser = vscode.l10n.t('Open in Browser');
    const inEditor = vscode.l10n.t('Open');
    const choice = await vscode.window.showInformationMessage(message, inBrowser, inEditor);
    if (choice === inBrowser) await vscode.env.openExternal(file);
    else if (choice === inEditor) await vscode.commands.executeCommand('vscode.open', file);
  }

  private async standalonePage(document: vscode.TextDocument, html: string, form: Mode): Promise<string> {
    const css = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'preview.css')));
    const title = document.uri.path.split('/').pop() ?? 'nota';
    return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<title>${title.replace(/[<>&"]/g, '')}</title>
<style>${css}</style>
</head>
<body class="page-style${form === 'published' ? ' published' : ''}">
${html}
</body>
</html>
`;
  }

  async togglePublished(): Promise<Mode | undefined> {
    const key = vscode.window.activeTextEditor?.document.uri.toString();
    const preview = (key && this.panels.get(key)) || [...this.panels.values()].at(-1);
    if (!preview) return undefined;
    preview.mode = preview.mode === 'review' ? 'published' : 'review';
    await preview.render();
    return preview.mode;
  }

  /** What the previews show (for the extension tests). */
  state(): { uri: string; mode: Mode; updates: number; html: string }[] {
    return [...this.panels.values()].map((p) => ({ uri: p.document.uri.toString(), mode: p.mode, updates: p.updates, html: p.lastHtml }));
  }

  dispose(): void {
    for (const preview of this.panels.values()) preview.panel.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
