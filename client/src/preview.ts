// The preview: a webview showing the nota's page as it will be printed, updated as you type,
// following the cursor and the active nota editor (unless locked, as the Markdown preview), jumping to the
// source on double-click, saying which mode it shows, with an "as published" toggle and export.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { type PreviewMode as Mode, PreviewRequest } from '../../server/src/lsp/requests';
import { personalDataCount, personalDataFindings } from './counts';
import { NOTA_LANGUAGES } from './activate';

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


/** A stable summary of a document's diagnostics: when it changes, what the preview marks may have changed. */
function findingsKey(uri: vscode.Uri): string {
  return vscode.languages
    .getDiagnostics(uri)
    .map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${typeof d.code === 'object' ? d.code.value : d.code}`)
    .join('|');
}

const fileName = (document: vscode.TextDocument) => document.uri.path.split('/').pop() ?? '';

class PreviewPanel {
  mode: Mode = 'review';
  lastHtml = '';
  updates = 0;
  /** The findings the last render showed (findingsKey). */
  renderedFindings = '';
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    public document: vscode.TextDocument,
    /** A locked preview keeps its document; an unlocked one follows the active nota editor (as the Markdown preview). */
    public locked: boolean,
    private readonly client: LanguageClient,
  ) {}

  schedule(delay = UPDATE_DELAY_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), delay);
  }

  /** Locked: "[Preview] x.nota.md", as the Markdown preview names a locked preview. */
  title(): string {
    return this.locked ? vscode.l10n.t('[Preview] {0}', fileName(this.document)) : vscode.l10n.t('Preview {0}', fileName(this.document));
  }

  async render(): Promise<void> {
    const { document, mode } = this;
    this.renderedFindings = findingsKey(document.uri);
    const rendered = await this.client.sendRequest(PreviewRequest, { uri: document.uri.toString(), mode });
    // A render of another document or mode that finished late shows nothing.
    if (!rendered || document !== this.document || mode !== this.mode) return;
    this.lastHtml = rendered.html;
    this.updates++;
    this.panel.title = this.title();
    const toggleLabel = this.mode === 'published' ? vscode.l10n.t('Show findings') : vscode.l10n.t('Show as published');
    const modeLabel = this.mode === 'published' ? vscode.l10n.t('As published: personal data replaced by its Woo marker') : vscode.l10n.t('Review: personal data marked with the Woo ground it will be published as');
    const lockLabel = this.locked ? vscode.l10n.t('Locked to {0}', fileName(document)) : '';
    const pageStyle = vscode.workspace.getConfiguration('nota', document.uri).get<string>('preview.style') === 'page';
    await this.panel.webview.postMessage({ type: 'render', html: rendered.html, mode: this.mode, toggleLabel, modeLabel, lockLabel, pageStyle });
  }

  /** Shows another document (an unlocked preview following the active editor). */
  show(document: vscode.TextDocument): void {
    if (document === this.document) return;
    this.document = document;
    this.lastHtml = '';
    this.updates = 0;
    this.panel.title = this.title();
    void this.render();
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

const isNota = (document: vscode.TextDocument) => NOTA_LANGUAGES.includes(document.languageId);

export class PreviewManager implements vscode.Disposable {
  private readonly panels: PreviewPanel[] = [];
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: () => LanguageClient,
  ) {
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((event) => this.showing(event.document.uri).forEach((preview) => preview.schedule())),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        for (const preview of this.showing(event.textEditor.document.uri)) void preview.panel.webview.postMessage({ type: 'scrollTo', line: event.selections[0].active.line });
      }),
      // Unlocked previews follow the active nota editor.
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!editor || !isNota(editor.document)) return;
        for (const preview of this.panels) if (!preview.locked) preview.show(editor.document);
      }),
      // A setting (the marker, a public person, the mode's style) changes what the preview shows; the server
      // has the change once the client's configuration notification is through, before the scheduled render.
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('nota')) for (const preview of this.panels) preview.schedule();
      }),
      // So does a .notarc.json (Mark as public person): the findings change, and the preview follows them.
      vscode.languages.onDidChangeDiagnostics((event) => {
        for (const preview of this.panels) {
          if (event.uris.some((uri) => uri.toString() === preview.document.uri.toString()) && findingsKey(preview.document.uri) !== preview.renderedFindings) preview.schedule();
        }
      }),
    ];
  }

  private showing(uri: vscode.Uri): PreviewPanel[] {
    return this.panels.filter((preview) => preview.document.uri.toString() === uri.toString());
  }

  /**
   * Opens the preview of `document`: the one unlocked preview (moved to this document), or, `locked`, a
   * preview that stays on this document whatever editor is active.
   */
  async open(document: vscode.TextDocument | undefined, toSide: boolean, locked = false): Promise<PreviewPanel | undefined> {
    if (!document) return undefined;
    const existing = locked ? this.panels.find((p) => p.locked && p.document === document) : this.panels.find((p) => !p.locked);
    if (existing) {
      existing.show(document);
      existing.panel.reveal(toSide ? vscode.ViewColumn.Beside : undefined, true);
      return existing;
    }
    const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel('nota.preview', '', { viewColumn: toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: toSide }, {
      enableScripts: true,
      localResourceRoots: [media],
      retainContextWhenHidden: false,
    });
    const preview = new PreviewPanel(panel, document, locked, this.client());
    panel.title = preview.title();
    this.panels.push(preview);
    panel.webview.html = this.shell(panel.webview, media);
    panel.webview.onDidReceiveMessage(async (message: { type: string; line?: number }) => {
      if (message.type === 'ready') await preview.render();
      else if (message.type === 'toggleMode') {
        preview.mode = preview.mode === 'review' ? 'published' : 'review';
        await preview.render();
      } else if (message.type === 'reveal' && typeof message.line === 'number') {
        const editor = await vscode.window.showTextDocument(preview.document, { viewColumn: vscode.ViewColumn.One });
        const position = new vscode.Position(message.line, 0);
        editor.selection = new vscode.Selection(position, position);
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
      }
    });
    panel.onDidDispose(() => {
      preview.dispose();
      this.panels.splice(this.panels.indexOf(preview), 1);
    });
    return preview;
  }

  /**
   * The preview a command acts on: the active preview, else one of the active editor's document (a locked
   * one first: the unlocked one shows that document only because it follows), else the last opened.
   */
  private current(): PreviewPanel | undefined {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const ofEditor = uri ? this.showing(uri).sort((x, y) => Number(y.locked) - Number(x.locked)) : [];
    return this.panels.find((p) => p.panel.active) ?? ofEditor[0] ?? this.panels.at(-1);
  }

  /** "Toggle Preview Locking": a locked preview follows the active editor again, an unlocked one stays where it is. */
  async toggleLock(): Promise<boolean | undefined> {
    const preview = this.current();
    if (!preview) return undefined;
    preview.locked = !preview.locked;
    // Only one preview follows the editor: unlocking this one closes the other unlocked one.
    if (!preview.locked) for (const other of this.panels.filter((p) => p !== preview && !p.locked)) other.panel.dispose();
    const active = vscode.window.activeTextEditor?.document;
    if (!preview.locked && active && isNota(active)) preview.show(active);
    preview.panel.title = preview.title();
    await preview.render();
    return preview.locked;
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
<div class="toolbar"><span class="mode"><span id="mode"></span><span id="lock" class="lock"></span></span><button id="toggle" type="button"></button></div>
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
    const document = vscode.window.activeTextEditor?.document ?? this.panels.at(-1)?.document;
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
    const preview = this.current();
    if (!preview) return undefined;
    preview.mode = preview.mode === 'review' ? 'published' : 'review';
    await preview.render();
    return preview.mode;
  }

  /** What the previews show (for the extension tests). */
  state(): { uri: string; mode: Mode; updates: number; html: string; locked: boolean; title: string }[] {
    return this.panels.map((p) => ({ uri: p.document.uri.toString(), mode: p.mode, updates: p.updates, html: p.lastHtml, locked: p.locked, title: p.panel.title }));
  }

  dispose(): void {
    for (const preview of [...this.panels]) preview.panel.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
