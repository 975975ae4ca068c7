// The VS Code extension in VS Code for the Web (vscode.dev, github.dev, a browser workbench): the Nota
// language server runs in a web worker. It has no file system, so this client reads the `.notarc.json`
// files through VS Code's workspace file system (any scheme: vscode-vfs, vscode-remote, file) for it.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports, type ServerOptions } from 'vscode-languageclient/browser';
import type { ConfigFileText } from '../../server/src/lsp/requests';
import { activateWith, clientOptions } from './activate';
import { ruleDocBase } from './ruleDocs';

const CONFIG_FILE_NAME = '.notarc.json';

/** The browser's Worker (the project compiles without the DOM lib). */
type ServerWorker = Exclude<ServerOptions, () => unknown>;
declare const Worker: new (url: string) => ServerWorker;

let client: LanguageClient | undefined;

/** The `.notarc.json` files from the document's folder up to its workspace folder, farthest first. */
async function readConfigFiles(documentUri: string): Promise<ConfigFileText[]> {
  const document = vscode.Uri.parse(documentUri);
  const top = vscode.workspace.getWorkspaceFolder(document)?.uri;
  const found: ConfigFileText[] = [];
  let dir = vscode.Uri.joinPath(document, '..');
  for (;;) {
    const candidate = vscode.Uri.joinPath(dir, CONFIG_FILE_NAME);
    try {
      found.unshift({ uri: candidate.toString(), text: new TextDecoder().decode(await vscode.workspace.fs.readFile(candidate)) });
    } catch {
      // No configuration file in this folder.
    }
    const parent = vscode.Uri.joinPath(dir, '..');
    if (!top || dir.path === top.path || parent.path === dir.path) break;
    dir = parent;
  }
  return found;
}

/**
 * The server's web worker. vscode.dev serves extensions over https, from where a worker starts as it is.
 * A remote workbench (code-server, VS Code Server) serves them as vscode-remote:, from which the web
 * worker extension host starts no worker: there it starts from the script's text.
 */
async function startServerWorker(script: vscode.Uri): Promise<ServerWorker> {
  if (script.scheme === 'http' || script.scheme === 'https') return new Worker(script.toString(true));
  const source = await vscode.workspace.fs.readFile(script);
  return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  // A new worker for every start: a restart (command or crash) cannot reuse a terminated one. The
  // transports are made here because the client's own `instanceof Worker` fails on the extension
  // host's wrapped Worker.
  const transports = async (): Promise<MessageTransports> => {
    const worker = await startServerWorker(script);
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  client = new LanguageClient('nota', 'Nota', transports, clientOptions(undefined, { ruleDocBase: ruleDocBase(context) }));
  client.onRequest('nota/configFiles', ({ uri }: { uri: string }) => readConfigFiles(uri));
  await activateWith(context, client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
