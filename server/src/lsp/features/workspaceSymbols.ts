// Workspace symbols (Ctrl+T): the sections of every nota and the questions of every beantwoording in the
// workspace, found by name, each with the document it is in. Open documents answer from their check; the
// files that are not open (the client's list, bounded) from their model, read once and cached until the
// file changes (FileCache in the cache layer).
import { type CancellationToken, type DocumentSymbol, type SymbolInformation, SymbolKind, type WorkspaceSymbolParams } from 'vscode-languageserver';
import type { DocumentKind } from '../../core/types';
import { isWordOrPdfFile } from '../documents';
import type { DocumentContext, NotaService } from '../service';
import { documentSymbols } from './documentSymbols';

/** A symbol of one file, before the query filters it. */
export type FileSymbol = SymbolInformation;

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

function symbolsOf(context: DocumentContext, token: CancellationToken): FileSymbol[] {
  const { uri } = context;
  const root = documentSymbols(context, { textDocument: { uri } }, token);
  const containerName = context.result.doc.header.onderwerp?.text ?? uri.split('/').pop();
  return findable(root, context.result.doc.kind).map((symbol) => ({ name: symbol.name, kind: symbol.kind, containerName, location: { uri, range: symbol.selectionRange } }));
}

export async function workspaceSymbols(service: NotaService, params: WorkspaceSymbolParams, token: CancellationToken): Promise<SymbolInformation[]> {
  const found: SymbolInformation[] = [];
  const open = service.openNotaUris();
  for (const uri of open) {
    const context = await service.contextFor(uri, token);
    if (!context || token.isCancellationRequested) return [];
    found.push(...symbolsOf(context, token).filter((symbol) => matches(symbol.name, params.query)));
  }
  const opened = new Set(open);
  for (const uri of service.workspaceFiles.list()) {
    if (token.isCancellationRequested) return [];
    if (opened.has(uri) || isWordOrPdfFile(uri)) continue;
    let symbols = service.workspaceFiles.get(uri);
    if (!symbols) {
      const context = await service.fileContext(uri);
      symbols = context ? symbolsOf(context, token) : [];
      if (token.isCancellationRequested) return [];
      service.workspaceFiles.set(uri, symbols);
    }
    found.push(...symbols.filter((symbol) => matches(symbol.name, params.query)));
  }
  return found;
}
