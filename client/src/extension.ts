// The VS Code extension in desktop VS Code (and a remote's Node extension host): the Nota language
// server runs as a Node process. browser.ts is the same extension for VS Code for the Web.
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { activateWith, clientOptions } from './activate';
import { DOCUMENT_VIEW_SCHEME } from './documents';
import { ruleDocBase } from './ruleDocs';

let client: LanguageClient | undefined;

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  return new LanguageClient('nota', 'Nota', serverOptions, clientOptions(['file', 'untitled', DOCUMENT_VIEW_SCHEME], { ruleDocBase: ruleDocBase(context) }));
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  await activateWith(context, client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
