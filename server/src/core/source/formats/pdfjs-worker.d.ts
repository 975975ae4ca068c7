// pdfjs-dist ships no types for its worker module; Nota only hands it to pdfjs as the in-thread worker.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
