// Which documents the server checks, and how their URIs map to files. URIs are parsed with vscode-uri,
// as VS Code does: a UNC host (file://server/share/…) or an encoded slash (%2F) is a path like any other.
import { URI } from 'vscode-uri';

export const NOTA_LANGUAGE_IDS: ReadonlySet<string> = new Set(['nota', 'nota-kv']);

/** The file names of spec §10 (CLI folders): what a client without the nota languages opens. */
const NOTA_FILE_NAME = /\.(?:nota|nota\.md|nota\.txt|kv\.md|kv\.txt)$/i;

/**
 * A document is Nota's when the client says so (languageId nota or nota-kv), or when a client that
 * knows no such language (Neovim, Emacs, Helix send "markdown" or "text") opens a file with a Nota name.
 * A python or plain Markdown file is left alone.
 */
export function isNotaDocument(languageId: string, uri: string): boolean {
  if (NOTA_LANGUAGE_IDS.has(languageId)) return true;
  return NOTA_FILE_NAME.test(URI.parse(uri).path);
}

/** The scheme of the read-only view of a Word or PDF file: its text as Nota reads it, at the file's path. */
export const DOCUMENT_VIEW_SCHEME = 'nota-doc';

const WORD_OR_PDF = /\.(?:docx|pdf)$/i;

/** A Word or PDF file on disk, which Nota checks through its view. */
export function isWordOrPdfFile(uri: string): boolean {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' && WORD_OR_PDF.test(parsed.path);
}

/** `file:///a/nota.docx` → `nota-doc:///a/nota.docx`, and back. */
export function documentViewUri(fileUri: string): string {
  return URI.parse(fileUri).with({ scheme: DOCUMENT_VIEW_SCHEME }).toString();
}

export function viewedFileUri(viewUri: string): string {
  return URI.parse(viewUri).with({ scheme: 'file' }).toString();
}

/**
 * The file behind a `file:` URI, or behind the view of a Word or PDF file (its configuration is found
 * from there); undefined for untitled and other schemes.
 */
export function filePathOf(uri: string): string | undefined {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' || parsed.scheme === DOCUMENT_VIEW_SCHEME ? parsed.fsPath : undefined;
}

export function fileUriOf(file: string): string {
  return URI.file(file).toString();
}
