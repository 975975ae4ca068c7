// A nota as a Word document in its printed layout, with the `docx` library: Aan and Van, the header fields
// in a right-hand column (a Word frame, as in the template), the subject, the purpose line, the sections as
// headings, lists, the Bijlagen table; redaction markers as black-marked text with their ground. The
// document language is Dutch; its properties name no person (author: the organisation given, else the configured organisation, or empty).
// Personal data is redacted unless the caller asks for a review copy (`keepPersonalData`).
import { AlignmentType, Document, HeadingLevel, HighlightColor, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { PhrasingContent, RootContent } from 'mdast';
import type { ResolvedConfig } from '../config';
import { redactionMarkerFor } from '../model/redactions';
import type { NotaDocument } from '../model/types';
import type { Span } from '../types';

export interface DocxExportOptions {
  config: ResolvedConfig;
  /** Author and company in the document properties; empty when not given. */
  organisation?: string;
  /** A review copy: personal data stays as written (the caller asked the user first). */
  keepPersonalData?: boolean;
}

interface Replacement extends Span {
  text: string;
  marker: boolean;
}

const LANGUAGE = { value: 'nl-NL' };
const COLUMN_FIELDS = new Set(['actiefOpenbaar', 'referentie', 'datum', 'opgesteldDoor', 'samengewerktMet', 'bijlagen', 'pagina']);

/** What the exported text shows instead of the source: markers for redactions, and for personal data unless kept. */
function replacements(doc: NotaDocument, options: DocxExportOptions): Replacement[] {
  const found: Replacement[] = doc.redactions.map((redaction) => ({ ...redaction.span, text: doc.text.slice(redaction.span.start, redaction.span.end), marker: true }));
  if (!options.keepPersonalData) {
    for (const candidate of doc.personalData) found.push({ ...candidate.span, text: redactionMarkerFor(candidate, options.config), marker: true });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Replacement[] = [];
  for (const replacement of found) if (!kept.length || replacement.start >= kept[kept.length - 1].end) kept.push(replacement);
  return kept;
}

class RunWriter {
  constructor(
    private readonly doc: NotaDocument,
    private readonly marks: readonly Replacement[],
  ) {}

  /** The plain text of a source span with the replacements in it (for the document properties). */
  text(span: Span): string {
    let out = '';
    let at = span.start;
    for (const mark of this.marks) {
      if (mark.end <= span.start || mark.start >= span.end) continue;
      out += this.doc.text.slice(at, Math.max(at, mark.start)) + mark.text;
      at = Math.min(span.end, mark.end);
    }
    return (out + this.doc.text.slice(at, span.end)).replace(/\s+/g, ' ').trim();
  }

  /** Runs for a source span: its text with the replacements in it, marked ones black. */
  runs(span: Span, style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
    const runs: TextRun[] = [];
    let at = span.start;
    for (const mark of this.marks) {
      if (mark.end <= span.start || mark.start >= span.end) continue;
      if (mark.start > at) runs.push(this.plain(at, mark.start, style));
      runs.push(new TextRun({ text: mark.text, highlight: HighlightColor.BLACK, color: 'FFFFFF', language: LANGUAGE, ...style }));
      at = Math.min(span.end, mark.end);
    }
    if (at < span.end) runs.push(this.plain(at, span.end, style));
    return runs;
  }

  private plain(start: number, end: number, style: { bold?: boolean; italics?: boolean }): TextRun {
    return new TextRun({ text: this.doc.text.slice(start, end).replace(/\s*\n\s*/g, ' '), language: LANGUAGE, ...style });
  }

  /** Runs for inline Markdown: emphasis kept, markup characters left out (text nodes by their source span). */
  inline(nodes: readonly PhrasingContent[], style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
    const runs: TextRun[] = [];
    for (const node of nodes) {
      const span = node.position && { start: node.position.start.offset!, end: node.position.end.offset! };
      if (node.type === 'strong') runs.push(...this.inline(node.children, { ...style, bold: true }));
      else if (node.type === 'emphasis') runs.push(...this.inline(node.children, { ...style, italics: true }));
      else if (node.type === 'link' || node.type === 'delete') runs.push(...this.inline(node.children, style));
      else if (node.type === 'break') runs.push(new TextRun({ text: '', break: 1 }));
      else if ((node.type === 'text' || node.type === 'inlineCode') && span) runs.push(...this.runs(span, style));
    }
    return runs;
  }
}

function headingLevel(depth: number) {
  return depth <= 3 ? HeadingLevel.HEADING_1 : depth === 4 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
}

/**
 * A paragraph that holds a section name as a plain line (text pasted from a PDF, seed 001): one Word
 * paragraph per line, the section names as headings.
 */
function splitAtSections(node: RootContent, writer: RunWriter, doc: NotaDocument, headingLines: ReadonlySet<number>): Paragraph[] | undefined {
  const first = node.position!.start.line - 1;
  const last = node.position!.end.line - 1;
  let holds = false;
  for (let line = first; line <= last; line++) if (headingLines.has(line)) holds = true;
  if (!holds) return undefined;
  const out: Paragraph[] = [];
  for (let line = first; line <= last; line++) {
    const { span } = doc.lines[line];
    out.push(headingLines.has(line) ? new Paragraph({ heading: HeadingLevel.HEADING_1, children: writer.runs(span) }) : new Paragraph({ children: writer.runs(span) }));
  }
  return out;
}

/** The Bijlagen table written as lines (tab-separated or plain, from a PDF) as a Word table. */
function bijlagenTable(doc: NotaDocument, writer: RunWriter): Table {
  const cell = (children: TextRun[]) => new TableCell({ children: [new Paragraph({ children })] });
  const label = (text: string) => cell([new TextRun({ text, bold: true, language: LANGUAGE })]);
  const rows = doc.bijlagen!.rows.map(
    (row) => new TableRow({ children: [cell(writer.runs(row.numberSpan)), cell(row.naamSpan ? writer.runs(row.naamSpan) : []), cell([new TextRun({ text: row.informatie, language: LANGUAGE })])] }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ tableHeader: true, children: [label('Volgnummer'), label('Naam'), label('Informatie')] }), ...rows] });
}

function blocks(nodes: readonly RootContent[], writer: RunWriter, doc: NotaDocument, headingLines: ReadonlySet<number> = new Set()): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const lines = doc.bijlagen && doc.bijlagen.form !== 'gfm' ? doc.bijlagen.span : undefined;
  let tableWritten = false;
  for (const node of nodes) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    if (lines && start < lines.end && end > lines.start) {
      // the lines before the table (the heading's paragraph) and after it stay paragraphs of their own
      if (start < lines.start) out.push(new Paragraph({ children: writer.runs({ start, end: lines.start }) }));
      if (!tableWritten) out.push(bijlagenTable(doc, writer));
      tableWritten = true;
      if (end > lines.end) out.push(new Paragraph({ children: writer.runs({ start: lines.end, end }) }));
      continue;
    }
    switch (node.type) {
      case 'heading':
        out.push(new Paragraph({ heading: headingLevel(node.depth), children: writer.inline(node.children) }));
        break;
      case 'paragraph':
        out.push(...(splitAtSections(node, writer, doc, headingLines) ?? [new Paragraph({ children: writer.inline(node.children) })]));
        break;
      case 'list':
        for (const item of node.children) {
          for (const child of item.children) {
            if (child.type === 'paragraph') out.push(new Paragraph({ bullet: { level: 0 }, children: writer.inline(child.children) }));
            else out.push(...blocks([child], writer, doc));
          }
        }
        break;
      case 'table':
        out.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: node.children.map(
              (row, index) =>
                new TableRow({
                  tableHeader: index === 0,
                  children: row.children.map((cell) => new TableCell({ children: [new Paragraph({ children: writer.inline(cell.children, index === 0 ? { bold: true } : {}) })] })),
                }),
            ),
          }),
        );
        break;
      case 'blockquote':
        out.push(...blocks(node.children, writer, doc));
        break;
      case 'code':
        out.push(new Paragraph({ children: [new TextRun({ text: node.value, font: 'Courier New', language: LANGUAGE })] }));
        break;
      default:
        break;
    }
  }
  return out;
}

/** The header: Aan and Van in the body, the other fields in the right-hand column, then subject and purpose. */
function header(doc: NotaDocument, writer: RunWriter): Paragraph[] {
  const frame = {
    type: 'alignment' as const,
    alignment: { x: 'right' as const, y: 'top' as const },
    width: 2600,
    height: 4000,
    anchor: { horizontal: 'margin' as const, vertical: 'margin' as const },
  };
  const field = (key: string, inColumn: boolean) =>
    doc.header.fields
      .filter((f) => f.key === key)
      .flatMap((f) => [
        new Paragraph({ frame: inColumn ? frame : undefined, children: [new TextRun({ text: f.label, bold: true, size: inColumn ? 16 : 22, language: LANGUAGE })] }),
        new Paragraph({ frame: inColumn ? frame : undefined, children: f.valueSpan ? writer.runs(f.valueSpan) : [] }),
      ]);
  const out = [...field('aan', false), ...field('van', false)];
  for (const key of COLUMN_FIELDS) out.push(...field(key, true));
  if (doc.header.onderwerp) out.push(new Paragraph({ spacing: { before: 240 }, children: writer.runs(doc.header.onderwerp.span, { bold: true }) }));
  for (const purpose of doc.header.purposes) out.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: `TER ${purpose.value}`, bold: true, language: LANGUAGE })] }));
  return out;
}

export async function exportDocx(doc: NotaDocument, options: DocxExportOptions): Promise<Uint8Array> {
  const writer = new RunWriter(doc, replacements(doc, options));
  const bodyStart = doc.header.endLine < doc.lines.length ? doc.lines[doc.header.endLine].span.start : doc.text.length;
  const body = doc.source.tree.children.filter((node) => (node.position?.start.offset ?? 0) >= bodyStart);
  const document = new Document({
    creator: options.organisation ?? options.config.organisation,
    lastModifiedBy: options.organisation ?? options.config.organisation,
    // the subject as exported: personal data in it redacted like in the text
    title: doc.header.onderwerp ? writer.text(doc.header.onderwerp.span) : '',
    description: '',
    styles: { default: { document: { run: { language: LANGUAGE, font: 'Verdana', size: 18 } } } },
    sections: [{ children: [...header(doc, writer), ...blocks(body, writer, doc, new Set(doc.sections.filter((section) => section.depth === 0).map((section) => section.headingLine)))] }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
