// The Word and PDF readers, the publication inspectors and the Word export: a bundle of their own
// (dist/documents.js, pdfjs-dist and the docx library are most of it), loaded by the CLI only when a
// .docx or .pdf is read or converted, so that checking Markdown notas starts as fast as before.
export { readDocumentFile, readPublishedFile } from './documents';
export { runExport, runImport } from './convert';
