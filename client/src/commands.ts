// The Nota commands: new nota, fix all, check workspace, show effective configuration, restart server.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { applyEdits, modify, parse } from 'jsonc-parser';
import { CheckFilesRequest, type CheckFilesResult, EffectiveConfigRequest } from '../../server/src/lsp/requests';
import { type NewNotaArgs, newNota } from './newNota';
import { errorCount, fileCount } from './counts';


// Word and PDF files too: the server checks them through their view
const NOTA_GLOB = '**/*.{nota.md,nota,nota.txt,kv.md,kv.txt,docx,pdf}';

async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    editor.document.uri,
    new vscode.Range(0, 0, 0, 0),
    'source.fixAll.nota',
  );
  const edit = actions?.find((action) => action.edit)?.edit;
  if (edit) await vscode.workspace.applyEdit(edit);
  else void vscode.window.showInformationMessage(vscode.l10n.t('Nota: nothing to fix automatically.'));
}

async function redactAll(): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return false;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    editor.document.uri,
    new vscode.Range(0, 0, 0, 0),
    'source.redactAll.nota',
  );
  const edit = actions?.find((action) => action.edit)?.edit;
  if (!edit) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nota: no personal data found.'));
    return false;
  }
  // One workspace edit: a single undo restores the text.
  return vscode.workspace.applyEdit(edit);
}

async function checkWorkspace(client: LanguageClient): Promise<CheckFilesResult | undefined> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Nota: checking the workspace'), cancellable: true },
    async (progress, token) => {
      const files = await vscode.workspace.findFiles(NOTA_GLOB, '**/node_modules/**', undefined, token);
      const total: CheckFilesResult = { checked: 0, errors: 0, skipped: [] };
      const batch = 20;
      for (let i = 0; i < files.length && !token.isCancellationRequested; i += batch) {
        const uris = files.slice(i, i + batch).map((uri) => uri.toString());
        const result = await client.sendRequest(CheckFilesRequest, { uris });
        total.checked += result.checked;
        total.errors += result.errors;
        total.skipped.push(...result.skipped);
        progress.report({ increment: (uris.length / files.length) * 100, message: vscode.l10n.t('{0} of {1} files', Math.min(i + batch, files.length), files.length) });
      }
      const summary = vscode.l10n.t('Nota: {0} checked, {1}.', fileCount(total.checked), errorCount(total.errors));
      if (total.skipped.length === 0) void vscode.window.showInformationMessage(summary);
      else void vscode.window.showWarningMessage(`${summary} ${skippedFiles(total.skipped)}`);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      return total;
    },
  );
}

/** Documents of this scheme are read-only: VS Code neither lets them be edited nor asks to save them. */
export const EFFECTIVE_CONFIG_SCHEME = 'nota-config';

/**
 * The effective configuration of a document, as a read-only JSON document: the path names the nota
 * (for the tab title), the query holds its URI, and the text is asked of the server each time it is shown.
 */
class EffectiveConfigView implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: () => LanguageClient) {}

  async provideTextDocumentContent(view: vscode.Uri): Promise<string> {
    const effective = await this.client().sendRequest(EffectiveConfigRequest, { uri: view.query });
    return `${JSON.stringify(effective, null, 2)}\n`;
  }

  uriFor(target: vscode.Uri): vscode.Uri {
    const name = target.path.split('/').pop() ?? 'nota';
    return vscode.Uri.from({ scheme: EFFECTIVE_CONFIG_SCHEME, path: `/${vscode.l10n.t('Effective configuration of {0}', name)}.json`, query: target.toString() });
  }

  refresh(view: vscode.Uri): void {
    this.changed.fire(view);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

async function showConfiguration(view: EffectiveConfigView): Promise<vscode.TextDocument | undefined> {
  const uri = vscode.window.activeTextEditor?.document.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!uri) return undefined;
  const target = uri.scheme === 'file' && !/\.(?:nota(?:\.md|\.txt)?|kv\.(?:md|txt))$/.test(uri.fsPath) ? vscode.Uri.joinPath(uri, 'x.nota.md') : uri;
  const viewUri = view.uriFor(target);
  // Shown again after a change of .notarc.json or the settings: ask the server afresh.
  view.refresh(viewUri);
  const opened = await vscode.workspace.openTextDocument(viewUri);
  const document = opened.languageId === 'json' ? opened : await vscode.languages.setTextDocumentLanguage(opened, 'json');
  await vscode.window.showTextDocument(document, { preview: true });
  return document;
}

interface MarkedPublic {
  name: string;
  uri: string;
  created: boolean;
}

/**
 * After "Mark as public person": says what changed where, with Open and an Undo that takes the name out
 * again. Returns the message without waiting for the notification to be dismissed; `choose` answers it (tests).
 */
async function markedPublic(marked: MarkedPublic, choose?: (actions: string[]) => Promise<string | undefined>): Promise<string> {
  const file = vscode.Uri.parse(marked.uri);
  // The edit leaves the file open and unsaved; the checker reads it from disk, so save it now.
  await vscode.workspace.textDocuments.find((document) => document.uri.toString() === file.toString() && document.isDirty)?.save();
  const where = vscode.workspace.asRelativePath(file);
  const open = vscode.l10n.t('Open {0}', where);
  const undo = vscode.l10n.t('Undo');
  const message = marked.created
    ? vscode.l10n.t('"{0}" is marked as a public person in the new file {1}; only this exact name is no longer reported.', marked.name, where)
    : vscode.l10n.t('"{0}" is added to the public persons in {1}; only this exact name is no longer reported.', marked.name, where);
  const answered = choose ? Promise.resolve(choose([open, undo])) : vscode.window.showInformationMessage(message, open, undo);
  void answered.then(async (choice) => {
    if (choice === open) await vscode.window.showTextDocument(file);
    else if (choice === undo) await unmarkPublic(marked, file);
  });
  return message;
}

/** Takes the name out of publicPersons again; a file this action created and that holds nothing else goes. */
export async function unmarkPublic(marked: MarkedPublic, file: vscode.Uri): Promise<void> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  const config = parse(text) as { publicPersons?: unknown[] } | undefined;
  const rest = config ? Object.keys(config).filter((key) => key !== 'publicPersons') : [];
  const others = (config?.publicPersons ?? []).filter((name) => name !== marked.name);
  if (marked.created && rest.length === 0 && others.length === 0) {
    await vscode.workspace.fs.delete(file);
    return;
  }
  const index = config?.publicPersons?.indexOf(marked.name) ?? -1;
  if (index < 0) return;
  const updated = applyEdits(text, modify(text, ['publicPersons', index], undefined, { formattingOptions: { insertSpaces: true, tabSize: 2 } }));
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(updated));
}

/** "Not checked: a.nota.md (larger than 10 MB; not checked), …": the first three, and how many more. */
function skippedFiles(skipped: CheckFilesResult['skipped']): string {
  const named = skipped.slice(0, 3).map(({ uri, reason }) => `${vscode.Uri.parse(uri).path.split('/').pop()} (${reason})`);
  const more = skipped.length > 3 ? vscode.l10n.t(' and {0} more', skipped.length - 3) : '';
  return vscode.l10n.t('Not checked: {0}{1}.', named.join(', '), more);
}

export function registerCommands(client: () => LanguageClient, state: vscode.Memento): vscode.Disposable[] {
  const configView = new EffectiveConfigView(client);
  return [
    configView,
    vscode.workspace.registerTextDocumentContentProvider(EFFECTIVE_CONFIG_SCHEME, configView),
    vscode.commands.registerCommand('nota.newNota', (args?: NewNotaArgs) => newNota(client(), state, args)),
    vscode.commands.registerCommand('nota.fixAll', fixAll),
    vscode.commands.registerCommand('nota.redactAll', redactAll),
    vscode.commands.registerCommand('nota.markedPublic', markedPublic),
    vscode.commands.registerCommand('nota.checkWorkspace', () => checkWorkspace(client())),
    vscode.commands.registerCommand('nota.showConfiguration', () => showConfiguration(configView)),
    vscode.commands.registerCommand('nota.restartServer', async () => {
      // stop and start: what LanguageClient.restart does, and the browser client has no restart.
      await client().stop();
      await client().start();
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Nota language server restarted'), 3000);
    }),
  ];
}
