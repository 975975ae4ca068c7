// The preview: a webview per nota document showing the page as it will be printed, updated as you type,
// following the cursor, jumping to the source on double-click, with a "as published" toggle and export.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';

type Mode = 'review' | 'published';

interface Rendered {
  html: string;
  version: number;
}

const UPDATE_DELAY_MS = 250;

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
    const rendered = await this.client.sendRequest<Rendered | null>('nota/preview', { uri: this.document.uri.toString(), mode: this.mode });
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

  /** The preview of the active (or given) document as a standalone, sanitised HTML file. */
  async exportHtml(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const document = vscode.window.activeTextEditor?.document ?? [...this.panels.values()].at(-1)?.document;
    if (!document) return undefined;
    const mode = this.panels.get(document.uri.toString())?.mode ?? 'review';
    const rendered = await this.client().sendRequest<Rendered | null>('nota/preview', { uri: document.uri.toString(), mode });
    if (!rendered) return undefined;
    const destination =
      target ??
      (await vscode.window.showSaveDialog({ defaultUri: document.uri.with({ path: document.uri.path.replace(/(\.[^./]+)+$/, '.html') }), filters: { HTML: ['html'] } }));
    if (!destination) return undefined;
    const css = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'preview.css')));
    const title = document.uri.path.split('/').pop() ?? 'nota';
    const page = `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<title>${title.replace(/[<>&"]/g, '')}</title>
<style>${css}</style>
</head>
<body class="page-style${mode === 'published' ? ' published' : ''}">
${rendered.html}
</body>
</html>
`;
    await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(page));
    return destination;
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
