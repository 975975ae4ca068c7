// Custom requests of the Nota language server, used by the VS Code commands (any client may use them).
// The client imports these types, so a request's name and its result type are written down once.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { DocumentKind } from '../core/types';

export interface UriParams {
  uri: string;
}

export interface EffectiveConfig {
  file: string;
  configFiles: string[];
  config: Record<string, unknown>;
  origins: Record<string, string>;
}

/** The configuration that applies to a document, with where each value came from. */
export const EffectiveConfigRequest = new RequestType<UriParams, EffectiveConfig, void>('nota/effectiveConfig');

export interface CheckFilesParams {
  uris: string[];
}

export interface SkippedFile {
  uri: string;
  /** Why it was not checked, in the client's language: not a regular file, too large, unreadable, over its budget. */
  reason: string;
}

export interface CheckFilesResult {
  checked: number;
  errors: number;
  skipped: SkippedFile[];
}

/** Checks files that are not open and publishes their diagnostics (Check workspace). */
export const CheckFilesRequest = new RequestType<CheckFilesParams, CheckFilesResult, void>('nota/checkFiles');

export interface DocumentInfo {
  kind: DocumentKind;
  errors: number;
  /** Why the document has its kind, in the user's language (the status bar's tooltip). */
  reason: string;
  /** Words and estimated pages; `maxPages` is the limit of the nota-length rule (null when it does not apply). */
  length: { words: number; pages: number; maxPages: number | null };
}

/** The kind of a document, its error count and its length (status bar). */
export const DocumentInfoRequest = new RequestType<UriParams, DocumentInfo | null, void>('nota/documentInfo');

export interface SkeletonParams {
  purpose: string;
  aan: string;
  van: string;
  referentie: string;
  datum?: string;
  /** As a snippet: the subject and the section placeholders are tab stops. */
  snippet?: boolean;
}

/** The text of a new nota (Nieuwe nota). */
export const SkeletonRequest = new RequestType<SkeletonParams, string, void>('nota/skeleton');

export type PreviewMode = 'review' | 'published';

export interface PreviewParams {
  uri: string;
  mode: PreviewMode;
}

export interface PreviewResult {
  html: string;
  version: number;
}

/** The sanitised preview HTML of an open document, and the version it was rendered from. */
export const PreviewRequest = new RequestType<PreviewParams, PreviewResult | null, void>('nota/preview');

export interface ConfigFileText {
  uri: string;
  text: string;
}

/**
 * Server to client, where the server has no file system (web worker): the `.notarc.json` files from the
 * document's folder up to its workspace folder, farthest first, read through the editor's file system.
 */
export const ConfigFilesRequest = new RequestType<{ uri: string }, ConfigFileText[], void>('nota/configFiles');

/** A Word or PDF file (its `file:` URI) read as Nota reads it: the text its view shows, or why not. */
export const ReadDocumentRequest = new RequestType<UriParams, ReadDocumentResult, void>('nota/readDocument');

export type ReadDocumentResult = { text: string; trackedChanges: number } | { unreadable: string };

export interface ExportWordParams {
  uri: string;
  /** Personal data kept as written (the client asked the user first); redacted otherwise. */
  reviewCopy: boolean;
}

/** The Word file, base64, and how many personal-data findings it redacted; or why there is none. */
export type ExportWordResult = { base64: string; redacted: number } | { error: string };

/** An open nota exported to Word (.docx), as `nota export --format docx` does. */
export const ExportWordRequest = new RequestType<ExportWordParams, ExportWordResult, void>('nota/exportWord');

/** The workspace's nota files, as the client finds them (its exclusions apply; at most 1000): workspace symbols read those that are not open. */
export interface WorkspaceFilesParams {
  uris: string[];
}
export const WorkspaceFilesNotification = new NotificationType<WorkspaceFilesParams>('nota/workspaceFiles');

/** The kinds of issue a file can have before publication, in the order the report lists them (issue 17). */
export type PublicationCategory = 'metadata' | 'hidden-content' | 'failed-redaction' | 'personal-data' | 'accessibility';

export interface PublicationFinding {
  rule: string;
  /** The rule's documentation page. */
  docs: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
  category: PublicationCategory;
  /** In the user's language; never the personal data itself: a pii-* finding says what kind it is. */
  message: string;
  /** The page (PDF) or paragraph (Word) where it is, when it has one place. */
  page?: number;
  paragraph?: number;
  /** 1-based line and column in the text as Nota reads it (the file's view), for a finding in the text. */
  line?: number;
  column?: number;
  /** A failed redaction's box on its page, in points from the lower left corner: x, y, width, height. */
  box?: [number, number, number, number];
}

export interface PublicationFile {
  /** The `file:` URI of the .docx or .pdf. */
  uri: string;
  /** Why it could not be checked; there are no findings then. */
  unreadable?: string;
  findings: PublicationFinding[];
  /** NAME.publicatie.docx/.pdf: written only when `allowed`; otherwise `why` says what stops it. */
  cleanCopy: { uri: string; allowed: boolean; why?: string };
}

/** Word and PDF files checked as published: metadata, hidden content, failed redactions, personal data, accessibility. */
export const CheckPublicationRequest = new RequestType<{ uris: string[] }, PublicationFile[], void>('nota/checkPublication');

/** The cleaned copy of a Word or PDF file, checked again first: its `file:` URI, or why it was not written. */
export const WriteCleanCopyRequest = new RequestType<UriParams, { written: string } | { refused: string }, void>('nota/writeCleanCopy');
