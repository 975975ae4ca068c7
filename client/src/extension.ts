// The VS Code extension: starts the Nota language server and offers the commands and status bar item.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { PreviewManager } from './preview';
import { NotaStatusBar } from './statusBar';

export const NOTA_LANGUAGES = ['nota', 'nota-kv'];

let client: LanguageClient | undefined;

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

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: NOTA_LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: {
      configurationSection: 'nota',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.notarc.json'),
    },
    initializationOptions: { locale: vscode.env.language },
    errorHandler: restartingErrorHandler(),
  };
  return new LanguageClient('nota', 'Nota', serverOptions, clientOptions);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  const statusBar = new NotaStatusBar(() => client);
  const previews = new PreviewManager(context, () => client!);
  context.subscriptions.push(
    statusBar,
    previews,
    ...registerCommands(() => client!),
    vscode.commands.registerCommand('nota.openPreview', () => previews.open(vscode.window.activeTextEditor?.document, false)),
    vscode.commands.registerCommand('nota.openPreviewToSide', () => previews.open(vscode.window.activeTextEditor?.document, true)),
    vscode.commands.registerCommand('nota.exportHtml', (target?: vscode.Uri) => previews.exportHtml(target)),
    vscode.commands.registerCommand('nota.togglePublished', () => previews.togglePublished()),
    vscode.commands.registerCommand('nota.preview.state', () => previews.state()),
  );
  await client.start();
  statusBar.update();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
