// The language server: keeps open documents, checks them (debounced, stale results dropped), and
// answers code actions, symbols and folding from the last check of each document version.
import {
  type CancellationToken,
  type Connection,
  type Diagnostic,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  type InitializeParams,
  type InitializeResult,
  TextDocumentSyncKind,
  TextDocuments,
  CodeActionKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type ConfigLayer, problemText, validateLayerValue } from '../core/config';
import { type CheckOptions, type CheckResult, checkText } from '../core/engine';
import { formatWithArgs, localeFrom } from '../core/messages';
import { RULE_IDS } from '../core/rules';
import { CachedReaders } from '../core/cache/readers';
import { LineIndex } from '../core/source/lines';
import type { Locale } from '../core/types';
import { FIX_ALL_KIND, REDACT_ALL_KIND, codeActions } from './features/codeActions';
import { toDiagnostic } from './features/diagnostics';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/folding';
import { definition, references } from './features/navigation';
import { COMPLETION_TRIGGERS, completion } from './features/completion';
import { hover } from './features/hover';
import { setRuleDocBase, toRange } from './convert';
import { CheckFilesRequest, DocumentInfoRequest, EffectiveConfigRequest, PreviewRequest, SkeletonRequest } from './requests';
import { createNotaSkeleton } from '../core/skeleton';
import { todayInDutch } from '../core/dates';
import type { HostConfig, ServerHost } from './host';

export const DEBOUNCE_MS = 200;

interface Settings {
  run: 'onType' | 'onSave';
  layer?: ConfigLayer;
}

interface Cached {
  version: number;
  result: CheckResult;
  options: CheckOptions;
}

/** The server on a connection; `host` is what differs between Node and the browser (host.ts). */
export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new Map<string, Cached>();
  const timers = new Map<string, NodeJS.Timeout>();
  const configDiagnosticsSent = new Set<string>();
  let locale: Locale = 'en';
  let canPullSettings = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = localeFrom(params.locale ?? params.initializationOptions?.locale);
    // A client that runs the server where it has no __dirname (a web worker) says where the rule pages are.
    if (typeof params.initializationOptions?.ruleDocBase === 'string') setRuleDocBase(params.initializationOptions.ruleDocBase);
    canPullSettings = params.capabilities.workspace?.configuration === true;
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
      },
      serverInfo: { name: 'nota-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (canPullSettings) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'nota' });
  });

  // Settings are asked of the client once per document, not on every keystroke; a change clears them.
  const settingsCache = new Map<string, Promise<Settings>>();
  function settingsFor(uri: string): Promise<Settings> {
    let settings = settingsCache.get(uri);
    if (!settings) {
      settings = pullSettings(uri);
      settingsCache.set(uri, settings);
    }
    return settings;
  }

  async function pullSettings(uri: string): Promise<Settings> {
    if (!canPullSettings) return { run: 'onType' };
    const raw = (await connection.workspace.getConfiguration({ scopeUri: uri, section: 'nota' })) ?? {};
    const { layer } = validateLayerValue(
      Object.fromEntries(Object.entries(raw).filter(([key]) => !['validate', 'trace'].includes(key) && raw[key] !== null)),
      RULE_IDS,
    );
    return { run: raw.validate?.run === 'onSave' ? 'onSave' : 'onType', layer };
  }

  function publishConfigProblems(broken: HostConfig['broken']): void {
    for (const file of broken) {
      const uri = file.uri;
      // Published once; a change to the file (didChangeWatchedFiles) clears the set.
      if (configDiagnosticsSent.has(uri)) continue;
      const lineIndex = new LineIndex(file.text);
      const diagnostics: Diagnostic[] = file.problems.map((problem) => ({
        range: toRange(lineIndex, problem.span),
        severity: DiagnosticSeverity.Error,
        source: 'nota',
        message: problemText(problem, locale),
      }));
      configDiagnosticsSent.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics });
    }
  }

  /** The pieces of the open documents, read once: a re-check after an edit re-reads only what changed. */
  const readers = new CachedReaders();

  /** The configuration for a document (problems in its config files are published), as check options. */
  async function checkOptionsFor(uri: string, edited: boolean): Promise<CheckOptions> {
    const settings = await settingsFor(uri);
    const loaded = await host.loadConfig(uri, settings.layer);
    publishConfigProblems(loaded.broken);
    return {
      config: loaded.config,
      locale,
      fileName: host.fileName(uri),
      readers: edited ? readers : undefined,
      onRuleError: (ruleId, error) => connection.console.error(`Rule ${ruleId} failed on ${uri}: ${(error as Error)?.stack ?? error}`),
    };
  }

  async function check(document: TextDocument): Promise<Cached> {
    const cached = cache.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const options = await checkOptionsFor(document.uri, true);
    const entry = { version: document.version, result: checkText(document.getText(), options), options };
    cache.set(document.uri, entry);
    return entry;
  }

  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const { result } = await check(document);
    // A newer version arrived while we worked: its own validation will publish.
    if (documents.get(uri)?.version !== version) return;
    const diagnostics = result.findings.map((finding) => toDiagnostic(finding, result.doc.lineIndex));
    await connection.sendDiagnostics({ uri, version, diagnostics });
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        validate(uri).catch((error) => connection.console.error(`Validation of ${uri} failed: ${error?.stack ?? error}`));
      }, delay),
    );
  }

  function revalidateAll(): void {
    cache.clear();
    for (const document of documents.all()) schedule(document.uri, 0);
  }

  documents.onDidOpen(({ document }) => schedule(document.uri, 0));
  documents.onDidChangeContent(async ({ document }) => {
    if (document.version === 1) return; // the open event already scheduled it
    const settings = await settingsFor(document.uri);
    if (settings.run === 'onType') schedule(document.uri, DEBOUNCE_MS);
  });
  documents.onDidSave(async ({ document }) => {
    const settings = await settingsFor(document.uri);
    if (settings.run === 'onSave') schedule(document.uri, 0);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    settingsCache.delete(document.uri);
    cache.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    revalidateAll();
  });
  connection.onDidChangeWatchedFiles(() => {
    host.clearConfig();
    for (const uri of configDiagnosticsSent) void connection.sendDiagnostics({ uri, diagnostics: [] });
    configDiagnosticsSent.clear();
    revalidateAll();
  });

  /** Answers a request from the last check of the document's current version. */
  function fromCheck<Params extends { textDocument: { uri: string } }, Result>(
    answer: (cached: Cached, params: Params, token: CancellationToken) => Result,
    empty: Result,
  ) {
    return async (params: Params, token: CancellationToken): Promise<Result> => {
      const document = documents.get(params.textDocument.uri);
      return document ? answer(await check(document), params, token) : empty;
    };
  }

  connection.onCodeAction(
    fromCheck(({ result, options }, params, token) => {
      const uri = params.textDocument.uri;
      const markPublic = host.markPublic ? (name: string) => host.markPublic!(uri, name, options.locale) : undefined;
      return codeActions(params, result, options, { markPublic }, token);
    }, []),
  );
  connection.onDocumentSymbol(fromCheck(({ result, options }, _params, token) => documentSymbols(result.doc, options.config, options.locale, token), []));
  connection.onFoldingRanges(fromCheck(({ result }, _params, token) => foldingRanges(result.doc, token), []));
  connection.onHover(fromCheck(({ result, options }, params, token) => hover(result, options.config, options.locale, params.position, token), null));
  connection.onCompletion(
    fromCheck(({ result, options }, params, token) => completion({ doc: result.doc, config: options.config, locale: options.locale, now: new Date() }, params.position, token), []),
  );
  connection.onDefinition(fromCheck(({ result }, params, token) => definition(result.doc, params.textDocument.uri, params.position, token), []));
  connection.onReferences(
    fromCheck(({ result }, params, token) => references(result.doc, params.textDocument.uri, params.position, params.context.includeDeclaration, token), []),
  );

  connection.onRequest(EffectiveConfigRequest, async ({ uri }) => {
    const loaded = await host.loadConfig(uri, (await settingsFor(uri)).layer);
    const { origins, ...config } = loaded.config;
    return { file: host.fileName(uri), configFiles: loaded.files, config, origins };
  });

  connection.onRequest(DocumentInfoRequest, async ({ uri }) => {
    const document = documents.get(uri);
    if (!document) return null;
    const { result } = await check(document);
    const reason = formatWithArgs(locale, result.doc.kindReason.message, result.doc.kindReason.args);
    return { kind: result.doc.kind, errors: result.findings.filter((finding) => finding.severity === 'error').length, reason };
  });

  connection.onRequest(CheckFilesRequest, async ({ uris }, token) => {
    let checked = 0;
    let errors = 0;
    for (const uri of uris) {
      if (token.isCancellationRequested) break;
      if (documents.get(uri)) {
        await validate(uri);
        checked++;
        continue;
      }
      const text = await host.readFile(uri);
      if (text === undefined) continue;
      const result = checkText(text, await checkOptionsFor(uri, false));
      errors += result.findings.filter((finding) => finding.severity === 'error').length;
      await connection.sendDiagnostics({ uri, diagnostics: result.findings.map((finding) => toDiagnostic(finding, result.doc.lineIndex)) });
      checked++;
    }
    return { checked, errors };
  });

  connection.onRequest(PreviewRequest, async ({ uri, mode }) => {
    const document = documents.get(uri);
    if (!document) return null;
    const { result, version, options } = await check(document);
    return { html: host.renderPreview(result, { mode, locale, checkOptions: options }), version };
  });

  connection.onRequest(SkeletonRequest, async (params) => {
    const { config } = await host.loadConfig('untitled:skeleton', undefined);
    return createNotaSkeleton({ ...params, datum: params.datum ?? todayInDutch(new Date()) }, config);
  });

  documents.listen(connection);
  connection.listen();
}
