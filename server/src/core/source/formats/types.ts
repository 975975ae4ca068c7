import { partitionPoint } from '../../search';

// What a reader of a Word or PDF file gives: the text as Nota reads it (Markdown-like: headings as `###`,
// tables as tab-separated lines, list items as `- `), and where each page or paragraph starts in that
// text, so that findings can say "p. 2" or "paragraph 14".
export type DocumentFormat = 'docx' | 'pdf';

export interface Place {
  /** Offset in `text` where this page or paragraph starts. */
  start: number;
  /** 1-based page (PDF). */
  page?: number;
  /** 1-based paragraph of the document body (Word). */
  paragraph?: number;
  /** The number Word shows for a footnote (Word): the footnotes follow the body. */
  footnote?: number;
}

export interface ReadDocument {
  format: DocumentFormat;
  text: string;
  /** In text order. */
  places: Place[];
  /** Word: tracked insertions and deletions still in the document (the text reads as if accepted). */
  trackedChanges: number;
}

/** A file that cannot be read as a document, with the reason in plain words. */
export class DocumentReadError extends Error {
  constructor(
    readonly reason: 'encrypted' | 'damaged' | 'no-text' | 'not-a-document',
    message: string,
  ) {
    super(message);
  }
}

/** The page or paragraph that holds an offset of the read text. */
export function placeAt(document: ReadDocument, offset: number): Place | undefined {
  const { places } = document;
  return places[partitionPoint(places.length, (i) => places[i].start <= offset) - 1];
}
