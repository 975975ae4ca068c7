// pdfjs-dist for the PDF reader and the publication inspector: a large ES module, imported when a PDF is
// read (the module system keeps it), with its worker running in this thread.
export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

export async function pdfjs(): Promise<PdfJs> {
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}
