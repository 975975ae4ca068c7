// What the extension does once it has a language client, the same in desktop VS Code (a Node server,
// extension.ts) and in VS Code for the Web (a web-worker server, browser.ts).
import * as vscode from 'vscode';
import { type BaseLanguageClient, CloseAction, ErrorAction, type LanguageClientOptions, State } from 'vscode-languageclient';
import { registerCommands } from './commands';
import { registerDocuments } from './documents';
import { registerPublication } from './publication';
import { type ExportArgs, PreviewManager } from './preview';
import { registerRuleDocs } from './ruleDocs';
import { NotaStatusBar } from './statusBar';
import { WorkspaceFilesNotification } from '../../server/src/lsp/requests';
import { MAX_WORKSPACE_FILES } from '../../server/src/core/cache/files';

export const NOTA_LANGUAGES = ['nota', 'nota-kv'];
/** The nota files by name (Word and PDF files are not read for symbols). */
const NOTA_TEXT_GLOB = '**/*.{nota.md,nota,nota.txt,kv.md,kv.txt}';

/** The workspace's nota files for workspace symbols (Ctrl+T): found once; the watcher tells the server what changes. */
async function sendWorkspaceFiles(client: BaseLanguageClient): Promise<void> {
  const files = await vscode.workspace.findFiles(NOTA_TEXT_GLOB, '**/node_modules/**', MAX_WORKSPACE_FILES);
  await client.sendNotification(WorkspaceFilesNotification, { uris: files.map((uri) => uri.toString()) });
}

const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/** A crashed server is restarted, with a message; after 5 crashes in 3 minutes we stop trying. */
function restartingErrorHandler(): NonNullable<LanguageClientOptions['errorHandler']> {
  const crashes: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && now - crashes[0] > RESTART_WINDOW_MS) crashes.shift();
      if (crashes.length >= MAX_RESTARTS) {
        return { action: CloseAction.DoNotRestart, message: vscode.l10n.t('The Nota language server stopped {0} times in 3 minutes and will not be restarted. Use "Nota: Restart Language Server" to try again.', crashes.length) };
      }
      return { action: CloseAction.Restart, message: vscode.l10n.t('The Nota language server stopped unexpectedly and has been restarted.') };
    },
  };
}

/** The client options both hosts share; `schemes` are the document schemes the server is given. */
export function clientOptions(schemes: string[] | undefined, initializationOptions: Record<string, unknown>): LanguageClientOptions {
  return {
    documentSelector: NOTA_LANGUAGES.flatMap((language) => (schemes ? schemes.map((scheme) => ({ scheme, language })) : [{ language }])),
    synchronize: {
      configurationSection: 'nota',
      // .notarc.json changes every check; a nota changed on disk changes its workspace symbols.
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/.notarc.json'), vscode.workspace.createFileSystemWatcher(NOTA_TEXT_GLOB)],
    },
    initializationOptions: { locale: vscode.env.language, ...initializationOptions },
    errorHandler: restartingErrorHandler(),
  };
}

export async function activateWith(context: vscode.ExtensionContext, client: BaseLanguageClient): Promise<void> {
  const statusBar = new NotaStatusBar(() => client);
  const previews = new PreviewManager(context, () => client);
  context.subscriptions.push(
    statusBar,
    previews,
    ...registerCommands(() => client, context.globalState),
    ...registerDocuments(() => client),
    ...registerPublication(() => client),
    ...registerRuleDocs(context),
    vscode.commands.registerCommand('nota.openPreview', () => previews.open(vscode.window.activeTextEditor?.document, false)),
    vscode.commands.registerCommand('nota.openPreviewToSide', () => previews.open(vscode.window.activeTextEditor?.document, true)),
    vscode.commands.registerCommand('nota.openLockedPreviewToSide', () => previews.open(vscode.window.activeTextEditor?.document, true, true)),
    vscode.commands.registerCommand('nota.togglePreviewLock', () => previews.toggleLock()),
    vscode.commands.registerCommand('nota.exportHtml', (args?: ExportArgs | vscode.Uri) => previews.exportHtml(args instanceof vscode.Uri ? { target: args } : args)),
    vscode.commands.registerCommand('nota.exportReviewHtml', (args?: ExportArgs) => previews.exportHtml({ ...args, form: 'review' })),
    vscode.commands.registerCommand('nota.togglePublished', () => previews.togglePublished()),
    vscode.commands.registerCommand('nota.preview.state', () => previews.state()),
  );
  // Again after every (re)start: a new server knows no files.
  context.subscriptions.push(client.onDidChangeState(({ newState }) => void (newState === State.Running && sendWorkspaceFiles(client))));
  await client.start();
  statusBar.update();
}
