// The NotaDocument: everything rules need to know about a document, with source spans.
import type { Beantwoording } from '../beantwoording';
import type { FieldKey, SectionDef } from '../catalog';
import type { CalendarDate, DateMention } from '../dates';
import type { PiiCandidate } from '../pii';
import type { BijlageReference, KamerId } from './identifiers';
import type { LineIndex } from '../source/lines';
import type { PublicationFacts } from '../publication/types';
import type { HeaderValues } from './values';
import type { Directive, SourceDocument, SourceLine } from '../source/types';

export type { Directive, LineBlock, SourceLine } from '../source/types';
import type { MessageRef } from '../messages';
import type { DocumentKind, Span } from '../types';

export interface HeaderField {
  key: FieldKey;
  /** The label as written (plain text). */
  label: string;
  labelSpan: Span;
  /** Plain value; '' when the field is empty. */
  value: string;
  valueSpan?: Span;
  /** Label through value: the lines the field occupies. */
  span: Span;
  /** Index of the last line the field occupies. */
  lastLine: number;
}

export interface PurposeLine {
  /** The word after TER, upper case: "BESLUITVORMING". */
  value: string;
  valueSpan: Span;
  span: Span;
  line: number;
  marked: boolean;
}

export interface Pagina {
  page: number;
  of: number;
  span: Span;
}

export interface Header {
  fields: HeaderField[];
  /** Later occurrences of a field already seen in the header. */
  duplicates: HeaderField[];
  cue?: Span;
  cueLine?: number;
  onderwerp?: { text: string; span: Span; firstLine: number; lastLine: number };
  purposes: PurposeLine[];
  /** Index of the first line after the header (the first section's heading), or lines.length. */
  endLine: number;
}

export interface Subheading {
  title: string;
  span: Span;
  line: number;
  depth: number;
}

export interface Section {
  /** The catalog entry; undefined for an unknown heading. */
  def?: SectionDef;
  title: string;
  /** The heading line. */
  headingSpan: Span;
  /** The heading's words within the heading line (what a rename replaces). */
  titleSpan: Span;
  headingLine: number;
  /** Markdown heading depth; 0 for a plain line that names a section (seed 001). */
  depth: number;
  /** From the heading line's start to the next section's heading line (or the end of the text). */
  span: Span;
  /** Last line that belongs to the section (trailing blank lines included). */
  lastLine: number;
  hasText: boolean;
  subheadings: Subheading[];
  /** The "Motivering" sub-part of "Informatie die niet openbaar gemaakt kan worden". */
  motivering?: Subheading;
  /** The Woo grounds the Motivering names (codes or articles, normalised: "5.1.2e"). */
  groundsNamed?: ReadonlySet<string>;
}

export interface BijlageRow {
  number: number | undefined;
  numberText: string;
  numberSpan: Span;
  naam: string;
  naamSpan?: Span;
  informatie: string;
  span: Span;
}

export interface BijlagenTable {
  /** gfm: a Markdown table; tabs: tab-separated lines (seed 000); plain: `N Naam…` lines (seed 001). */
  form: 'gfm' | 'tabs' | 'plain';
  span: Span;
  rows: BijlageRow[];
}

export interface Redaction {
  span: Span;
  /** text: [Redacted]/[geanonimiseerd]/[gelakt]; bar: █…; code: a Woo/Wob ground code in brackets. */
  form: 'text' | 'bar' | 'code';
  codes: { code: string; span: Span }[];
}

export interface NotaDocument {
  text: string;
  /** The source layer the model was read from (lines, blocks, tables, directives). */
  source: SourceDocument;
  lineIndex: LineIndex;
  lines: SourceLine[];
  /** The line break to use in inserted text. */
  eol: string;
  kind: DocumentKind;
  kindSource: 'override' | 'option' | 'extension' | 'content';
  /** Why the kind was chosen (shown in the editor's document info). */
  kindReason: MessageRef;
  header: Header;
  /** The header's typed values (Bijlage(n) count, referentie year and serial). */
  headerValues: HeaderValues;
  sections: Section[];
  /** Repeats of Onze referentie / Datum after the header (PDF page headers, seed 000). */
  runningHeaders: HeaderField[];
  paginas: Pagina[];
  bijlagen?: BijlagenTable;
  redactions: Redaction[];
  directives: Directive[];
  /** Every date in the text (outside code, comments and links). */
  dates: DateMention[];
  /** The header's Datum, when it is a date that exists. */
  notaDate?: CalendarDate;
  kamerIds: KamerId[];
  /** "bijlage N" in the text (not in the header field or the Bijlagen table). */
  bijlageReferences: BijlageReference[];
  /** Personal data found in the text (spec §7), public persons and redacted text excluded; detected on first use. */
  readonly personalData: PiiCandidate[];
  /** For a beantwoording: the questions, answers, cross-references and footnotes (the rules judge them). */
  beantwoording?: { parsed: Beantwoording };
  /** For `nota check --publication` of a PDF or Word file: what the file holds besides its text. */
  publication?: PublicationFacts;
  /** Lines that are PDF residue (running headers, page numbers): not text of the section they stand in. */
  residueLines: ReadonlySet<number>;
}
