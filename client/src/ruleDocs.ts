// The rule link of a diagnostic (its code in the Problems panel and the hover) opens the bundled rule page
// rendered, read-only, in the display language. The language server links to `<uriScheme>://<extension
// id>/rule/[nl/]<id>.md`; VS Code hands such a URI to this extension's URI handler, which shows the page
// from a read-only document (scheme nota-rule:) in the Markdown preview. An editable copy of a bundled
// file is never opened.
import * as vscode from 'vscode';

export const RULE_DOC_SCHEME = 'nota-rule';
const RULE_PATH = /^\/rule\/((?:nl\/)?[a-z0-9-]+\.md)$/;

/** What the language server puts before `[nl/]<id>.md` in a diagnostic's link. */
export function ruleDocBase(context: vscode.ExtensionContext): string {
  return `${vscode.env.uriScheme}://${context.extension.id}/rule/`;
}

async function showRendered(page: vscode.Uri): Promise<void> {
  await vscode.commands.executeCommand('markdown.showPreview', page);
}

export function registerRuleDocs(context: vscode.ExtensionContext): vscode.Disposable[] {
  const pages = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules');
  return [
    vscode.workspace.registerTextDocumentContentProvider(RULE_DOC_SCHEME, {
      async provideTextDocumentContent(uri) {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(pages, uri.path)));
      },
    }),
    vscode.window.registerUriHandler({
      async handleUri(uri) {
        const page = RULE_PATH.exec(uri.path);
        if (page) await showRendered(vscode.Uri.from({ scheme: RULE_DOC_SCHEME, path: `/${page[1]}` }));
      },
    }),
  ];
}
