// The language server: wires a JSON-RPC connection to the Nota service. Every feature has the shape
// (context, params, token) and answers from the check of the document's current version; the custom
// requests have the shape (service, params, token). Where checks run depends on the host: worker threads
// under Node (node-host.ts), the web worker's own thread in the browser (browser-host.ts).
import {
  type CancellationToken,
  CodeActionKind,
  type Connection,
  DidChangeConfigurationNotification,
  FileChangeType,
  type InitializeParams,
  type InitializeResult,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { localeFrom } from '../core/messages';
import { limitsFrom } from './check/budget';
import { setRuleDocBase } from './convert';
import { FIX_ALL_KIND, REDACT_ALL_KIND, codeActions } from './features/codeActions';
import { COMPLETION_TRIGGERS, completion } from './features/completion';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/folding';
import { hover } from './features/hover';
import { documentLinks } from './features/documentLinks';
import { definition, references } from './features/navigation';
import { workspaceSymbols } from './features/workspaceSymbols';
import { CheckFilesRequest, CheckPublicationRequest, WriteCleanCopyRequest, DocumentInfoRequest, EffectiveConfigRequest, ExportWordRequest, PreviewRequest, ReadDocumentRequest, SkeletonRequest, WorkspaceFilesNotification } from './requests';
import { checkFiles } from './requests/checkFiles';
import { documentInfo } from './requests/documentInfo';
import { exportWord, readDocument } from './requests/documents';
import { checkPublication, writeCleanCopy } from './requests/publication';
import { effectiveConfig } from './requests/effectiveConfig';
import { preview } from './requests/preview';
import { skeleton } from './requests/skeleton';
import type { ServerHost } from './host';
import { type DocumentContext, NotaService } from './service';

export { DEBOUNCE_MS } from './service';

const FILE_CHANGES = { [FileChangeType.Created]: 'created', [FileChangeType.Changed]: 'changed', [FileChangeType.Deleted]: 'deleted' } as const;

type Feature<Params, Result> = (context: DocumentContext, params: Params, token: CancellationToken) => Result | Promise<Result>;

/** The server on a connection; `host` is what differs between Node and the browser (host.ts). */
export function startServer(connection: Connection, host: ServerHost): void {
  let service: NotaService | undefined;
  let canPullSettings = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canPullSettings = params.capabilities.workspace?.configuration === true;
    // A client that runs the server where it has no __dirname (a web worker) says where the rule pages are.
    if (typeof params.initializationOptions?.ruleDocBase === 'string') setRuleDocBase(params.initializationOptions.ruleDocBase);
    const limits = limitsFrom(params.initializationOptions?.checkLimits);
    service = new NotaService(
      {
        publishDiagnostics: (diagnostics) => void connection.sendDiagnostics(diagnostics),
        log: (message) => connection.console.error(message),
        pullSettings: canPullSettings ? (uri) => connection.workspace.getConfiguration({ scopeUri: uri, section: 'nota' }) : undefined,
      },
      {
        locale: localeFrom(params.locale ?? params.initializationOptions?.locale),
        host,
        checker: host.createChecker(limits, (message) => connection.console.error(message)),
        limits,
      },
    );
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, REDACT_ALL_KIND] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        definitionProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
        referencesProvider: true,
        documentLinkProvider: { resolveProvider: false },
        workspaceSymbolProvider: true,
      },
      serverInfo: { name: 'nota-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (canPullSettings) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'nota' });
  });
  connection.onShutdown(() => service?.dispose());

  /** A feature as a request handler: the token is checked before any work, and again once the check is there. */
  function answer<Params extends { textDocument: { uri: string } }, Result>(feature: Feature<Params, Result>, empty: Result) {
    return async (params: Params, token: CancellationToken): Promise<Result> => {
      if (!service || token.isCancellationRequested) return empty;
      const context = await service.contextFor(params.textDocument.uri, token);
      return context && !token.isCancellationRequested ? feature(context, params, token) : empty;
    };
  }

  /** A custom request as a handler. */
  function request<Params, Result>(handler: (service: NotaService, params: Params, token: CancellationToken) => Result | Promise<Result>, empty: Result) {
    return async (params: Params, token: CancellationToken): Promise<Result> => (!service || token.isCancellationRequested ? empty : handler(service, params, token));
  }

  connection.onDidOpenTextDocument(({ textDocument: { uri, languageId, version, text } }) => service?.didOpen(uri, languageId, version, text));
  connection.onDidChangeTextDocument(({ textDocument: { uri, version }, contentChanges }) => void service?.didChange(uri, version, contentChanges));
  connection.onDidSaveTextDocument(({ textDocument: { uri } }) => void service?.didSave(uri));
  connection.onDidCloseTextDocument(({ textDocument: { uri } }) => service?.didClose(uri));
  connection.onDidChangeConfiguration(() => service?.configurationChanged());
  connection.onDidChangeWatchedFiles(({ changes }) => service?.watchedFilesChanged(changes.map(({ uri, type }) => ({ uri, change: FILE_CHANGES[type] }))));
  connection.onNotification(WorkspaceFilesNotification, ({ uris }) => service?.workspaceFiles.setFiles(uris));

  connection.onCodeAction(answer(codeActions, []));
  connection.onDocumentSymbol(answer(documentSymbols, []));
  connection.onFoldingRanges(answer(foldingRanges, []));
  connection.onHover(answer(hover, null));
  connection.onCompletion(answer(completion, []));
  connection.onDefinition(answer(definition, []));
  connection.onReferences(answer(references, []));
  connection.onDocumentLinks(answer(documentLinks, []));
  connection.onWorkspaceSymbol(request(workspaceSymbols, []));

  connection.onRequest(EffectiveConfigRequest, request(effectiveConfig, { file: '', configFiles: [], config: {}, origins: {} }));
  connection.onRequest(DocumentInfoRequest, request(documentInfo, null));
  connection.onRequest(CheckFilesRequest, request(checkFiles, { checked: 0, errors: 0, skipped: [] }));
  connection.onRequest(PreviewRequest, request(preview, null));
  connection.onRequest(SkeletonRequest, request(skeleton, ''));
  connection.onRequest(ReadDocumentRequest, request(readDocument, { unreadable: '' }));
  connection.onRequest(ExportWordRequest, request(exportWord, { error: '' }));
  connection.onRequest(CheckPublicationRequest, request(checkPublication, []));
  connection.onRequest(WriteCleanCopyRequest, request(writeCleanCopy, { refused: '' }));

  connection.listen();
}
