// The language service in memory, without stdio or JSON-RPC: a document is opened on the service, and
// a feature is called as the server calls it, (context, params, token). Checks run in-process, cloned
// as a worker's answer is, so a feature sees the same data as in the server.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { CancellationToken, type PublishDiagnosticsParams } from 'vscode-languageserver';
import type { Locale } from '../../server/src/core/types';
import { InProcessChecker } from '../../server/src/lsp/check/checker';
import { fileUriOf } from '../../server/src/lsp/documents';
import { nodeHost } from '../../server/src/lsp/node-host';
import { type DocumentContext, NotaService } from '../../server/src/lsp/service';

export const NOT_CANCELLED = CancellationToken.None;
export const CANCELLED = CancellationToken.Cancelled;

export class ServiceHarness {
  readonly service: NotaService;
  readonly published = new Map<string, PublishDiagnosticsParams>();
  readonly logs: string[] = [];

  constructor(options: { locale?: Locale; now?: Date; settings?: Record<string, unknown> } = {}) {
    const now = options.now ?? new Date('2024-03-15T12:00:00Z');
    this.service = new NotaService(
      {
        publishDiagnostics: (params) => this.published.set(params.uri, params),
        log: (message) => this.logs.push(message),
        pullSettings: options.settings ? async () => options.settings : undefined,
      },
      { locale: options.locale ?? 'en', host: nodeHost(), checker: new InProcessChecker(), clock: () => now },
    );
  }

  /** Opens `text` (version 1) and returns the context a feature on it gets. */
  async open(uri: string, text: string, languageId = 'nota'): Promise<DocumentContext> {
    this.service.didOpen(uri, languageId, 1, text);
    const context = await this.service.contextFor(uri, NOT_CANCELLED);
    assert.ok(context, `no context for ${uri}`);
    return context;
  }

  /** The diagnostics published for `uri` after its check. */
  async diagnostics(uri: string) {
    await this.service.validate(uri);
    return this.published.get(uri)?.diagnostics;
  }

  dispose(): Promise<void> {
    return this.service.dispose();
  }
}

/** A file URI in a folder without a .notarc.json (the test's own folder has none). */
export function testUri(name: string): string {
  return fileUriOf(path.join(__dirname, name));
}
