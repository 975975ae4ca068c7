// The Nota language service: the open documents, the client's settings, the configuration files, the
// scheduling of checks and the per-document cache of their outcomes. It knows nothing of JSON-RPC:
// server.ts wires a connection to it, and the feature tests drive it in memory (test/support).
import type { CancellationToken, Diagnostic, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type ResolvedConfig, problemText } from '../core/config';
import type { CheckResult } from '../core/engine';
import { formatMessage } from '../core/messages';
import { LineIndex } from '../core/source/lines';
import type { Locale } from '../core/types';
import { type CheckLimits, DEFAULT_LIMITS, timeBudgetMs } from './check/budget';
import type { Checker, Outcome } from './check/checker';
import { type Job, type JobOptions, checkResultOf } from './check/job';
import { toRange } from './convert';
import { isNotaDocument } from './documents';
import { toDiagnostic } from './features/diagnostics';
import type { MarkPublic } from './features/publicPerson';
import type { HostConfig, ServerHost } from './host';
import { type PullSettings, SettingsCache } from './settings';
import { FileCache } from '../core/cache/files';
import type { FileSymbol } from './features/workspaceSymbols';

const isConfigFile = (uri: string) => /(^|\/)\.notarc\.json$/.test(uri);

export const DEBOUNCE_MS = 200;
/** A file larger than this is left out of the workspace symbols (a nota is a few tens of KB). */
const MAX_OUTLINE_BYTES = 1024 * 1024;

/** What the service needs of its client: where diagnostics and log lines go, how settings are asked. */
export interface ServiceClient {
  publishDiagnostics(params: PublishDiagnosticsParams): void;
  log(message: string): void;
  pullSettings?: PullSettings;
}

export interface ServiceOptions {
  locale: Locale;
  /** Where the server runs: configuration, files, previews (host.ts). */
  host: ServerHost;
  checker: Checker;
  limits?: CheckLimits;
  /** The current time (tests fix it). */
  clock?: () => Date;
}

/** What every feature gets: one checked version of one document and what it was checked with. */
export interface DocumentContext {
  uri: string;
  /** The version of the document that was checked. */
  version: number;
  result: CheckResult;
  config: ResolvedConfig;
  locale: Locale;
  now: Date;
  /** The names of the files in the document's folder, as the check saw them. */
  folderFiles?: readonly string[];
  /** The edit that adds a name to `publicPersons` in the nearest `.notarc.json`; undefined when the document is not a file. */
  markPublic?: (name: string) => MarkPublic | undefined;
  /** The text after every safe fix, computed off the main thread; undefined when it ran out of its budget. */
  fixAllText(): Promise<string | undefined>;
}

interface OpenDocument {
  document: TextDocument;
  nota: boolean;
}

/** One check of one version of a document: its outcome, and the result rebuilt from it when it finished. */
export interface Checked {
  version: number;
  text: string;
  options: JobOptions;
  outcome: Outcome;
  result?: CheckResult;
}

interface CacheEntry {
  version: number;
  text: string;
  checked: Promise<Checked>;
}

const checkKey = (uri: string) => `check ${uri}`;
const fixAllKey = (uri: string) => `fixAll ${uri}`;

export class NotaService {
  readonly host: ServerHost;
  readonly settings: SettingsCache;
  readonly locale: Locale;
  readonly limits: CheckLimits;
  /** The workspace's nota files (from the client) and the symbols read from those that are not open. */
  readonly workspaceFiles = new FileCache<FileSymbol[]>();
  private readonly open = new Map<string, OpenDocument>();
  private readonly cache = new Map<string, CacheEntry>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly configDiagnosticsSent = new Set<string>();
  private readonly checker: Checker;
  private readonly clock: () => Date;

  constructor(
    private readonly client: ServiceClient,
    options: ServiceOptions,
  ) {
    this.locale = options.locale;
    this.host = options.host;
    this.checker = options.checker;
    this.limits = options.limits ?? DEFAULT_LIMITS;
    this.clock = options.clock ?? (() => new Date());
    this.settings = new SettingsCache(client.pullSettings);
  }

  // ── Documents ─────────────────────────────────────────────────────────────────────────────────────

  didOpen(uri: string, languageId: string, version: number, text: string): void {
    // A second didOpen of an open URI replaces it: its cache entry no longer matches the text.
    const nota = isNotaDocument(languageId, uri);
    this.open.set(uri, { document: TextDocument.create(uri, languageId, version, text), nota });
    if (nota) this.schedule(uri, 0);
  }

  async didChange(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    const open = this.open.get(uri);
    if (!open) return;
    open.document = TextDocument.update(open.document, changes, version);
    if (!open.nota) return;
    // The running check is of an older version now: let it go, so the new one does not wait for it.
    this.checker.supersede(checkKey(uri));
    if ((await this.settings.for(uri)).run === 'onType') this.schedule(uri, DEBOUNCE_MS);
  }

  async didSave(uri: string): Promise<void> {
    if (this.open.get(uri)?.nota && (await this.settings.for(uri)).run === 'onSave') this.schedule(uri, 0);
  }

  didClose(uri: string): void {
    const open = this.open.get(uri);
    if (!open) return;
    this.open.delete(uri);
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.checker.supersede(checkKey(uri));
    this.checker.supersede(fixAllKey(uri));
    this.cache.delete(uri);
    this.settings.forget(uri);
    if (open.nota) this.client.publishDiagnostics({ uri, diagnostics: [] });
  }

  /** The URIs of the open Nota documents, in the order they were opened. */
  openNotaUris(): string[] {
    return [...this.open].filter(([, open]) => open.nota).map(([uri]) => uri);
  }

  /** The open Nota document at `uri`; undefined when it is closed or not a Nota document. */
  document(uri: string): TextDocument | undefined {
    const open = this.open.get(uri);
    return open?.nota ? open.document : undefined;
  }

  configurationChanged(): void {
    this.settings.clear();
    this.workspaceFiles.clearValues();
    this.recheckAll();
  }

  /**
   * Files changed on disk (the client's watchers): a `.notarc.json` changes every check; a nota that is
   * not open changes only what is cached of it (its symbols).
   */
  watchedFilesChanged(changes: readonly { uri: string; change: 'created' | 'changed' | 'deleted' }[]): void {
    for (const { uri, change } of changes) if (!isConfigFile(uri)) this.workspaceFiles.changed(uri, change);
    if (changes.some(({ uri }) => isConfigFile(uri))) this.configFilesChanged();
  }

  configFilesChanged(): void {
    this.workspaceFiles.clearValues();
    this.host.clearConfig();
    for (const uri of this.configDiagnosticsSent) this.client.publishDiagnostics({ uri, diagnostics: [] });
    this.configDiagnosticsSent.clear();
    this.recheckAll();
  }

  log(message: string): void {
    this.client.log(message);
  }

  async dispose(): Promise<void> {
    for (const timer of this.timers.values()) clearTimeout(timer);
    await this.checker.dispose();
  }

  // ── Configuration ─────────────────────────────────────────────────────────────────────────────────

  /** The check options for a document; problems in its config files are published on those files. */
  async optionsFor(uri: string): Promise<JobOptions> {
    const settings = await this.settings.for(uri);
    const loaded = await this.host.loadConfig(uri, settings.layer);
    this.publishConfigProblems(loaded.broken);
    const folderFiles = await this.host.folderFiles?.(uri);
    return { config: loaded.config, locale: this.locale, fileName: this.host.fileName(uri), now: this.clock().getTime(), folderFiles };
  }

  private publishConfigProblems(broken: HostConfig['broken']): void {
    for (const file of broken) {
      const { uri } = file;
      // Published once; a change to a config file (didChangeWatchedFiles) clears the set.
      if (this.configDiagnosticsSent.has(uri)) continue;
      this.configDiagnosticsSent.add(uri);
      const lineIndex = new LineIndex(file.text);
      const diagnostics: Diagnostic[] = file.problems.map((problem) => ({
        range: toRange(lineIndex, problem.span),
        severity: DiagnosticSeverity.Error,
        source: 'nota',
        message: problemText(problem, this.locale),
      }));
      this.client.publishDiagnostics({ uri, diagnostics });
    }
  }

  // ── Checks ────────────────────────────────────────────────────────────────────────────────────────

  /** Runs a job for a document within the budget for its size. */
  run(key: string, job: Job): Promise<Outcome> {
    return this.checker.run(key, job, timeBudgetMs(job.text.length, this.limits));
  }

  /** The check of the document's current version: from the cache, or started now. */
  checked(document: TextDocument): Promise<Checked> {
    const text = document.getText();
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.text === text) return cached.checked;
    this.checker.supersede(checkKey(document.uri));
    const checked = this.checkText(checkKey(document.uri), document.uri, text, document.version);
    this.cache.set(document.uri, { version: document.version, text, checked });
    return checked;
  }

  /** Checks `text` as the document at `uri` (an open version, or a file on disk: version 0). */
  async checkText(key: string, uri: string, text: string, version = 0): Promise<Checked> {
    const options = await this.optionsFor(uri);
    // An open document (version > 0) will be checked again after edits: its pieces are worth caching.
    const outcome = await this.run(key, { kind: 'check', text, options, edited: version > 0 });
    if (outcome.status === 'done') {
      for (const error of outcome.answer.ruleErrors) this.client.log(error);
      if (outcome.answer.kind === 'check') return { version, text, options, outcome, result: checkResultOf(text, outcome.answer) };
    }
    if (outcome.status === 'failed') this.client.log(`Check of ${uri} failed: ${outcome.error}`);
    return { version, text, options, outcome };
  }

  private isCurrent(uri: string, checked: Checked): boolean {
    const document = this.document(uri);
    return document !== undefined && document.version === checked.version && document.getText() === checked.text;
  }

  /** Checks the document and publishes its diagnostics, unless a newer version arrived meanwhile. */
  async validate(uri: string): Promise<void> {
    const document = this.document(uri);
    if (!document) return;
    const checked = await this.checked(document);
    if (this.isCurrent(uri, checked)) this.publish(uri, checked);
  }

  /** Publishes the diagnostics of a check (none when it was superseded). */
  publish(uri: string, checked: Checked): void {
    const diagnostics = this.diagnosticsOf(checked);
    if (diagnostics) this.client.publishDiagnostics({ uri, version: checked.version || undefined, diagnostics });
  }

  /** The diagnostics of a check: its findings, or one that says why there are none; undefined when superseded. */
  diagnosticsOf(checked: Checked): Diagnostic[] | undefined {
    const { outcome } = checked;
    if (checked.result) return checked.result.findings.map((finding) => toDiagnostic(finding, checked.result!.doc.lineIndex, this.locale));
    if (outcome.status === 'superseded') return undefined;
    return [this.unchecked(checked)];
  }

  /** The one diagnostic of a document whose check ran out of its budget or failed. */
  private unchecked(checked: Checked): Diagnostic {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: new LineIndex(checked.text).lineEnd(0) } };
    return { range, severity: DiagnosticSeverity.Warning, source: 'nota', code: 'check-budget', message: this.whyUnchecked(checked) };
  }

  /** Why a check gave no result: its budget, its failure, or a newer check that replaced it. */
  whyUnchecked({ text, outcome }: Checked): string {
    switch (outcome.status) {
      case 'budget':
        return outcome.reason === 'time'
          ? formatMessage(this.locale, 'check.time-budget', { seconds: Math.round(outcome.limit / 100) / 10, size: Math.ceil(text.length / 1024) })
          : formatMessage(this.locale, 'check.memory-budget', { megabytes: outcome.limit });
      case 'failed':
        return formatMessage(this.locale, 'check.failed', { error: outcome.error.split('\n')[0] });
      default:
        return formatMessage(this.locale, 'check-files.cancelled');
    }
  }

  schedule(uri: string, delay: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.validate(uri).catch((error) => this.client.log(`Validation of ${uri} failed: ${error?.stack ?? error}`));
      }, delay),
    );
  }

  private recheckAll(): void {
    this.cache.clear();
    for (const [uri, open] of this.open) if (open.nota) this.schedule(uri, 0);
  }

  // ── Features ──────────────────────────────────────────────────────────────────────────────────────

  /**
   * The context for a feature request on `uri`, from the check of its current version (waiting for it
   * when it runs); undefined when the document is not open, not Nota's, could not be checked, or the
   * request was cancelled meanwhile.
   */
  async contextFor(uri: string, token: CancellationToken): Promise<DocumentContext | undefined> {
    for (;;) {
      if (token.isCancellationRequested) return undefined;
      const document = this.document(uri);
      if (!document) return undefined;
      const pending = this.checked(document);
      const checked = await pending;
      if (token.isCancellationRequested) return undefined;
      // Superseded by a newer version (or a re-open) while we waited: answer from that one.
      if (checked.outcome.status === 'superseded' && this.cache.get(uri)?.checked !== pending) continue;
      if (!checked.result) return undefined;
      return this.contextOf(uri, checked, checked.result);
    }
  }

  /**
   * The context of a nota file that is not open, for its symbols: read from disk (at most MAX_OUTLINE_BYTES)
   * and its model built off the main thread without the rules; undefined when it cannot be read or built.
   */
  async fileContext(uri: string): Promise<DocumentContext | undefined> {
    const read = await this.host.readFile(uri, MAX_OUTLINE_BYTES, this.locale);
    if ('skipped' in read) return undefined;
    const options = await this.optionsFor(uri);
    const outcome = await this.run(`outline ${uri}`, { kind: 'outline', text: read.text, options, edited: false });
    if (outcome.status !== 'done' || outcome.answer.kind !== 'check') return undefined;
    return this.contextOf(uri, { version: 0, text: read.text, options, outcome }, checkResultOf(read.text, outcome.answer));
  }

  private contextOf(uri: string, checked: Checked, result: CheckResult): DocumentContext {
    const { config, locale, now, folderFiles } = checked.options;
    return {
      uri,
      version: checked.version,
      result,
      config,
      locale,
      now: new Date(now ?? Date.now()),
      folderFiles,
      markPublic: this.host.markPublic ? (name) => this.host.markPublic!(uri, name, locale) : undefined,
      fixAllText: async () => {
        const outcome = await this.run(fixAllKey(uri), { kind: 'fixAll', text: checked.text, options: checked.options, edited: true });
        return outcome.status === 'done' && outcome.answer.kind === 'fixAll' ? outcome.answer.text : undefined;
      },
    };
  }
}
