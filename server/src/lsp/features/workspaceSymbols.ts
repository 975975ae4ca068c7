// Workspace symbols (Ctrl+T): the sections of every open nota and the questions of every open
// beantwoording, found by name, each with the document it is in.
import { type CancellationToken, type DocumentSymbol, type SymbolInformation, SymbolKind, type WorkspaceSymbolParams } from 'vscode-languageserver';
import type { DocumentKind } from '../../core/types';
import type { NotaService } from '../service';
import { documentSymbols } from './documentSymbols';

/** The symbols worth finding across documents: sections and questions, not the header or its fields. */
function findable(root: DocumentSymbol[], kind: DocumentKind): DocumentSymbol[] {
  if (kind === 'beantwoording') return root;
  return (root[0]?.children ?? []).filter((symbol) => symbol.kind !== SymbolKind.Namespace);
}

/** Every character of the query in order, ignoring case (as VS Code filters), e.g. "kern" or "vr3". */
function matches(name: string, query: string): boolean {
  let at = 0;
  const lower = name.toLowerCase();
  for (const character of query.toLowerCase().replace(/\s+/g, '')) {
    at = lower.indexOf(character, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

export async function workspaceSymbols(service: NotaService, params: WorkspaceSymbolParams, token: CancellationToken): Promise<SymbolInformation[]> {
  const found: SymbolInformation[] = [];
  for (const uri of service.openNotaUris()) {
    const context = await service.contextFor(uri, token);
    if (!context || token.isCancellationRequested) return [];
    const root = documentSymbols(context, { textDocument: { uri } }, token);
    const containerName = context.result.doc.header.onderwerp?.text ?? uri.split('/').pop();
    for (const symbol of findable(root, context.result.doc.kind)) {
      if (!matches(symbol.name, params.query)) continue;
      found.push({ name: symbol.name, kind: symbol.kind, containerName, location: { uri, range: symbol.selectionRange } });
    }
  }
  return found;
}
