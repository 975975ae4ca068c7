// Word and PDF fixtures made by the tests themselves: a nota written as Markdown becomes a .docx (the
// `docx` library: bold label paragraphs, heading styles, a table) or a .pdf (pdf-lib: lines of text on
// pages, with a running header), so the same nota can be checked in each format.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const LABEL = /^\*\*(.+?)\*\*\s*$/;
const HEADING = /^(#{2,6})\s+(.*)$/;

/** Markdown of the examples' shape (labels, `###` headings, paragraphs, `- ` items, `|` tables) as Word paragraphs. */
export async function docxFromMarkdown(markdown: string): Promise<Uint8Array> {
  const blocks: (Paragraph | Table)[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\s+$/, '');
    if (line === '') continue;
    const label = LABEL.exec(line);
    const heading = HEADING.exec(line);
    if (line.startsWith('|')) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i].startsWith('|'); i++) {
        if (/^\|[\s:|-]+\|$/.test(lines[i])) continue;
        rows.push(lines[i].slice(1, -1).split('|').map((cell) => cell.trim()));
      }
      i--;
      blocks.push(new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })) }));
    } else if (label) {
      blocks.push(new Paragraph({ children: [new TextRun({ text: label[1], bold: true })] }));
    } else if (heading) {
      const level = heading[1].length <= 3 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
      blocks.push(new Paragraph({ text: heading[2], heading: level }));
    } else if (line.startsWith('- ')) {
      blocks.push(new Paragraph({ text: line.slice(2), bullet: { level: 0 } }));
    } else {
      blocks.push(new Paragraph(line));
    }
  }
  const document = new Document({ sections: [{ children: blocks }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

export interface PdfPage {
  /** Lines from the top; an empty string leaves a paragraph gap. */
  lines: string[];
  /** Lines drawn in a right-hand column from the top (the template's header column). */
  column?: string[];
  /** A page number in the bottom margin. */
  footer?: string;
}

/** Pages of text lines as a PDF (Helvetica 11 pt, 14 pt leading, A4). */
export async function pdfFromPages(pages: PdfPage[], header?: (page: number, of: number) => string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pages.forEach((content, index) => {
    const page = pdf.addPage([595, 842]);
    let y = 780;
    if (header) page.drawText(header(index + 1, pages.length), { x: 60, y: 810, size: 8, font });
    for (const line of content.lines) {
      if (line !== '') page.drawText(line, { x: 60, y, size: 11, font });
      y -= line === '' ? 10 : 14;
    }
    if (content.footer) page.drawText(content.footer, { x: 290, y: 30, size: 9, font });
    let columnY = 780;
    for (const line of content.column ?? []) {
      if (line !== '') page.drawText(line, { x: 420, y: columnY, size: 8, font });
      columnY -= line === '' ? 8 : 11;
    }
  });
  return pdf.save();
}
