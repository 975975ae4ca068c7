// Custom requests of the Nota language server, used by the VS Code commands (any client may use them).
import { RequestType } from 'vscode-languageserver';
import type { DocumentKind } from '../core/types';

export interface EffectiveConfig {
  file: string;
  configFiles: string[];
  config: Record<string, unknown>;
  origins: Record<string, string>;
}

/** The configuration that applies to a document, with where each value came from. */
export const EffectiveConfigRequest = new RequestType<{ uri: string }, EffectiveConfig, void>('nota/effectiveConfig');

/** Checks files that are not open and publishes their diagnostics (Check workspace). */
export const CheckFilesRequest = new RequestType<{ uris: string[] }, { checked: number; errors: number }, void>('nota/checkFiles');

/** The kind of a document and its error count (status bar). */
export const DocumentInfoRequest = new RequestType<{ uri: string }, { kind: DocumentKind; errors: number; reason: string } | null, void>('nota/documentInfo');

export interface SkeletonParams {
  purpose: string;
  aan: string;
  van: string;
  referentie: string;
  datum?: string;
}

/** The text of a new nota (Nieuwe nota). */
export const SkeletonRequest = new RequestType<SkeletonParams, string, void>('nota/skeleton');

export interface PreviewParams {
  uri: string;
  mode: 'review' | 'published';
}

/** The sanitised preview HTML of an open document, and the version it was rendered from. */
export const PreviewRequest = new RequestType<PreviewParams, { html: string; version: number } | null, void>('nota/preview');

export interface ConfigFileText {
  uri: string;
  text: string;
}

/**
 * Server to client, where the server has no file system (web worker): the `.notarc.json` files from the
 * document's folder up to its workspace folder, farthest first, read through the editor's file system.
 */
export const ConfigFilesRequest = new RequestType<{ uri: string }, ConfigFileText[], void>('nota/configFiles');
