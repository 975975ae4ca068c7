// What the language server needs from where it runs: Node (files on disk, worker threads) or a browser
// web worker (no file system: configuration comes from the client, which reads it through VS Code's
// workspace API; checks run on the web worker's own thread, already off the editor's).
import type { ConfigLayer, ConfigProblem, ResolvedConfig } from '../core/config';
import type { CheckResult } from '../core/engine';
import type { PreviewOptions } from '../core/preview/render';
import type { Finding, Locale } from '../core/types';
import type { PublicationFacts } from '../core/publication/types';
import type { ReadDocument } from '../core/source/formats/types';
import type { CheckLimits } from './check/budget';
import type { Checker } from './check/checker';
import type { MarkPublic } from './features/publicPerson';

export interface HostConfig {
  config: ResolvedConfig;
  /** Configuration files with problems, by URI; the valid parts of them still apply. */
  broken: { uri: string; text: string; problems: ConfigProblem[] }[];
  /** The configuration files that apply, farthest first, as the user would name them. */
  files: string[];
}

/** A file that is not open, as "check workspace" reads it: its text, or why it was not read. */
export type ReadFile = { text: string } | { skipped: string };

/** A Word or PDF file read as Nota reads it, or why it could not be read. */
export type ReadWordOrPdf = { text: string; trackedChanges: number } | { unreadable: string };

/** The Word and PDF part (pdfjs-dist, the docx library), loaded on first use. */
export interface DocumentsHost {
  read(uri: string, locale: Locale): Promise<ReadWordOrPdf>;
  exportWord(text: string, options: { config: ResolvedConfig; fileName: string; locale: Locale; keepPersonalData: boolean }): Promise<{ bytes: Uint8Array; redacted: number }>;
  /** A Word or PDF file checked as published (its `file:` URI). */
  checkPublished(uri: string, options: { config: ResolvedConfig; locale: Locale }): Promise<PublishedCheck>;
  /** Writes NAME.publicatie.docx/.pdf beside it, never over an existing file; the caller has checked first. */
  writeCleanCopy(uri: string, options: { organisation?: string }): Promise<{ written: string } | { exists: string }>;
}

/** What checking a published file gives: its read text and places, what it holds besides, the findings. */
export type PublishedCheck = { read: ReadDocument; facts: PublicationFacts; findings: Finding[] } | { unreadable: string };

export interface ServerHost {
  /** Reading Word and PDF files and exporting to Word; absent where there is no file system (the browser). */
  documents?: DocumentsHost;
  /** Defaults < settings < `.notarc.json` files found by walking up from the document (nearest wins). */
  loadConfig(uri: string, settings: ConfigLayer | undefined): Promise<HostConfig>;
  /** A configuration file changed: forget what was read. */
  clearConfig(): void;
  /** The file name the checker sees (document kind by extension); a path on disk where there is one. */
  fileName(uri: string): string;
  /** A document that is not open, for "check workspace": a regular file of at most `maxBytes`. */
  readFile(uri: string, maxBytes: number, locale: Locale): Promise<ReadFile>;
  /** Where the checks run. */
  createChecker(limits: CheckLimits, log: (message: string) => void): Checker;
  renderPreview(result: CheckResult, options: PreviewOptions): string;
  /** The names of the regular files in the document's folder; undefined where there is none to read. */
  folderFiles?(uri: string): Promise<string[] | undefined>;
  /**
   * The edit that adds a name to `publicPersons`, and the file it goes into; absent where configuration
   * files cannot be edited. Creating a new file is an edit the client confirms first.
   */
  markPublic?(uri: string, name: string, locale: Locale): MarkPublic | undefined;
}
