// PDF: the text layer read with pdfjs-dist (text items with their positions), assembled into lines and
// pages: items on one baseline form a line, in reading order (the template's right-hand header column
// as one block where it starts), a larger gap between lines a paragraph break, larger type a heading. Page
// numbers alone on a line are page furniture and left out; running headers stay, because the nota model
// recognises a repeated Onze referentie and Datum itself. Hyphenation and PDF bullets are read as for text
// pasted from a PDF.
import { pdfjs, type PdfJs } from './pdfjs';
import { DocumentReadError, type Place, type ReadDocument } from './types';

interface PositionedText {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

interface Line {
  y: number;
  x: number;
  size: number;
  text: string;
}

interface PageLines {
  main: Line[];
  column: Line[];
  height: number;
}

/** Items of one page grouped into lines by baseline, each line's items in x order. */
function pageLines(items: readonly PositionedText[], pageWidth: number, height: number): PageLines {
  const rows = new Map<number, PositionedText[]>();
  for (const item of items) {
    if (item.str === '') continue;
    const y = Math.round(item.transform[5]);
    const row = rows.get(y) ?? rows.get(y - 1) ?? rows.get(y + 1);
    if (row) row.push(item);
    else rows.set(y, [item]);
  }
  const main: Line[] = [];
  const column: Line[] = [];
  for (const [y, row] of rows) {
    row.sort((a, b) => a.transform[4] - b.transform[4]);
    // a wide gap past the middle of the page starts the right-hand column
    let split = row.length;
    for (let i = 1; i < row.length; i++) {
      const previousEnd = row[i - 1].transform[4] + row[i - 1].width;
      if (row[i].transform[4] > pageWidth * 0.55 && row[i].transform[4] - previousEnd > 30) {
        split = i;
        break;
      }
    }
    const toLine = (part: PositionedText[]): Line | undefined =>
      part.length === 0
        ? undefined
        : { y, x: part[0].transform[4], size: Math.max(...part.map((item) => Math.abs(item.transform[3]) || item.height)), text: joinItems(part) };
    const left = toLine(row.slice(0, split));
    const right = toLine(row.slice(split));
    if (left) (left.x > pageWidth * 0.55 ? column : main).push(left);
    if (right) column.push(right);
  }
  const byY = (a: Line, b: Line) => b.y - a.y;
  return { main: main.sort(byY), column: column.sort(byY), height };
}

/** The items of a line joined, with a space where the gap between them is one. */
function joinItems(items: readonly PositionedText[]): string {
  let text = '';
  let end = -Infinity;
  for (const item of items) {
    const x = item.transform[4];
    const size = Math.abs(item.transform[3]) || item.height || 10;
    if (text !== '' && x - end > size * 0.2 && !text.endsWith(' ') && !item.str.startsWith(' ')) text += ' ';
    text += item.str;
    end = x + item.width;
  }
  return text.replace(/\s+$/, '');
}

const PAGE_NUMBER = /^\s*(?:\d{1,4}|-\s*\d{1,4}\s*-|\d{1,4}\s*\/\s*\d{1,4})\s*$/;
/** Bullets as PDF fonts draw them (Symbol's U+F0B7, •, ●, ▪, –) at the start of a line. */
const BULLET = /^[\uF0B7\u2022\u25CF\u25AA\u25E6\u2013\u00B7]\s+/;

/** Lines as paragraphs: a blank line where the gap is larger than the line height, `###` for larger type. */
function linesToText(lines: readonly Line[], bodySize: number, pageHeight: number): string[] {
  const out: string[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    // a number alone in the top or bottom margin is the page number (a number elsewhere is text: "Bijlage(n) 0")
    if (PAGE_NUMBER.test(line.text) && (line.y < pageHeight * 0.08 || line.y > pageHeight * 0.92)) continue;
    if (previous && previous.y - line.y > Math.max(previous.size, line.size) * 1.6) out.push('');
    const heading = line.size >= bodySize * 1.25 && line.text.length < 120;
    if (heading && out.length > 0 && out[out.length - 1] !== '') out.push('');
    out.push(heading ? `### ${line.text}` : line.text.replace(BULLET, '- '));
    if (heading) out.push('');
    previous = line;
  }
  return out;
}

/**
 * The main column with the right-hand column as one block, placed where the column starts: before the
 * first main line at or below its top (the template's header column stands beside Aan and Van, so it is
 * read with the header, before the first section).
 */
function readingOrder(page: PageLines, bodySize: number): string[] {
  const read = (lines: readonly Line[]) => linesToText(lines, bodySize, page.height);
  if (page.column.length === 0) return read(page.main);
  const top = page.column[0].y;
  const at = page.main.findIndex((line) => line.y <= top + 2);
  const before = at < 0 ? page.main : page.main.slice(0, at);
  const after = at < 0 ? [] : page.main.slice(at);
  return [...read(before), '', ...read(page.column), '', ...read(after)];
}

/** The most common type size of the document's lines: the body text. */
function bodySizeOf(pages: readonly { main: Line[] }[]): number {
  const counts = new Map<number, number>();
  for (const page of pages) for (const line of page.main) counts.set(Math.round(line.size), (counts.get(Math.round(line.size)) ?? 0) + line.text.length);
  let best = 10;
  let most = -1;
  for (const [size, count] of counts) if (count > most) [best, most] = [size, count];
  return best;
}

/** An open pdfjs document: the reader and the publication inspector can share one (the file parsed once). */
export type OpenPdf = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/** Opens a PDF, or throws a DocumentReadError (encrypted, damaged); the caller destroys it. */
export async function openPdf(bytes: Uint8Array): Promise<OpenPdf> {
  const { getDocument } = await pdfjs();
  try {
    return await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0, stopAtErrors: true }).promise;
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === 'PasswordException') throw new DocumentReadError('encrypted', 'the PDF is encrypted (password protected)');
    throw new DocumentReadError('damaged', `not a readable PDF (${(error as Error)?.message ?? error})`);
  }
}

export async function readPdf(bytes: Uint8Array): Promise<ReadDocument> {
  const document = await openPdf(bytes);
  try {
    return await readOpenPdf(document);
  } finally {
    await document.destroy();
  }
}

/** The text of an open PDF as Nota reads it, with the offset where each page starts. */
export async function readOpenPdf(document: OpenPdf): Promise<ReadDocument> {
  const pages: PageLines[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(pageLines(content.items.filter((item) => 'str' in item) as PositionedText[], page.view[2] - page.view[0], page.view[3] - page.view[1]));
  }
  const bodySize = bodySizeOf(pages);
  const places: Place[] = [];
  let text = '';
  pages.forEach((page, index) => {
    const lines = readingOrder(page, bodySize);
    if (text !== '' && !text.endsWith('\n\n')) text += '\n';
    places.push({ start: text.length, page: index + 1 });
    text += `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
  });
  if (text.replace(/\s/g, '') === '') throw new DocumentReadError('no-text', 'no text layer: scanned document (run OCR first)');
  return { format: 'pdf', text, places, trackedChanges: 0 };
}
