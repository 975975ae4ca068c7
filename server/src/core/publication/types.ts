// What a published file holds besides its text (issue 17): metadata, hidden content, failed redactions,
// and the accessibility basics. The inspectors read it; the pub-* rules judge it.
export interface MetadataField {
  /** Where it is: "PDF Info Author", "XMP dc:creator", "docProps/core.xml creator", "docProps/app.xml Company". */
  field: string;
  value: string;
}

export type HiddenKind = 'comment' | 'tracked-change' | 'hidden-text' | 'document-variable' | 'embedded-object' | 'annotation' | 'attachment' | 'form-value' | 'hidden-layer' | 'javascript' | 'text-over-text';

export interface HiddenContent {
  kind: HiddenKind;
  page?: number;
  /** The name of the thing (an attachment's file name, a form field, a layer, a variable), when it has one. */
  name?: string;
  author?: string;
  /** Text it carries (checked for personal data by the rule, never printed when it is). */
  text?: string;
}

export interface FailedRedaction {
  kind: 'text-under-box' | 'unapplied-redaction' | 'dark-highlight';
  page: number;
  /** The covered text, to classify (never printed when it is personal data). */
  text: string;
  /** PDF user space: x, y of the lower left corner, width, height. */
  box: [number, number, number, number];
}

export interface PublicationFacts {
  format: 'pdf' | 'docx';
  metadata: MetadataField[];
  hidden: HiddenContent[];
  failedRedactions: FailedRedaction[];
  /** The document language (PDF /Lang, Word w:lang of the default style), when set. */
  language?: string;
  /** PDF: MarkInfo /Marked and a structure tree; Word: undefined (not applicable). */
  tagged?: boolean;
  /** PDF: the title in Info/XMP and whether the viewer shows it (DisplayDocTitle); Word: the core title. */
  title?: string;
  titleShown?: boolean;
  /** The text layer holds text (not a scan without OCR). */
  hasText: boolean;
}
