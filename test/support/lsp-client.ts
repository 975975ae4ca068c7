// A real JSON-RPC client over stdio for the bundled server (dist/server.js), as an editor would use it.
import { type ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { REPO } from './check';

export class TestLspClient {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcess;
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: (() => void)[] = [];
  readonly logs: string[] = [];
  stderr = '';
  /** Resolves with the exit code when the server process ends. */
  readonly exited: Promise<number | null>;

  constructor(extraArgs: string[] = []) {
    this.child = spawn(process.execPath, [SERVER, '--stdio', ...extraArgs], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk) => {
      this.stderr += chunk;
      process.stderr.write(chunk);
    });
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.set(params.uri, [...(this.published.get(params.uri) ?? []), params]);
      this.waiters.splice(0).forEach((wake) => wake());
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  settings: Record<string, unknown> = {};

  /** Writes raw bytes to the server's stdin (a malformed message). */
  writeRaw(data: string): void {
    this.child.stdin!.write(data);
  }

  async initialize(locale = 'en', initializationOptions?: Record<string, unknown>): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      locale,
      initializationOptions,
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'nota', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** The diagnostics published for `uri` once `predicate` holds for a publication (or a timeout). */
  async diagnostics(uri: string, predicate: (params: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 5000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = [...(this.published.get(uri) ?? [])].reverse().find(predicate);
      if (match) return match.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  publications(uri: string): PublishDiagnosticsParams[] {
    return this.published.get(uri) ?? [];
  }

  async shutdown(): Promise<void> {
    try {
      if (this.child.exitCode !== null) return;
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.child.kill();
    }
  }
}

/** The server under test: the bundle of this checkout, or NOTA_TEST_SERVER (to show a test fails on an older build). */
export const SERVER = process.env.NOTA_TEST_SERVER ?? path.join(REPO, 'dist', 'server.js');

export function fileUri(file: string): string {
  return pathToFileURL(file).toString();
}
