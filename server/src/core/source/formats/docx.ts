// Word (.docx): the OOXML of the document read directly (fflate unzips, xmldom parses), paragraph by
// paragraph: heading styles become `###` headings, tables GFM tables, numbered and bulleted
// paragraphs list items, text boxes (the template's right-hand column) paragraphs of their own, the page
// header before and the footer after the body. Tracked changes read as accepted (insertions kept,
// deletions left out) and are counted; comments and hidden text are not part of the text. Footnotes
// (word/footnotes.xml) read as Markdown footnotes: `[^1]` where Word shows the mark, numbered in the order
// of their marks as Word numbers them, and `[^1]: text` after the body, each with its place.
import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { DocumentReadError, type Place, type ReadDocument } from './types';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function parseXml(xml: string): Element {
  return new DOMParser().parseFromString(xml, 'text/xml').documentElement as unknown as Element;
}

function children(element: Element, localName?: string): Element[] {
  const found: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (localName === undefined || (node as Element).localName === localName)) found.push(node as Element);
  }
  return found;
}

function child(element: Element, localName: string): Element | undefined {
  return children(element, localName)[0];
}

function attribute(element: Element | undefined, name: string): string | undefined {
  return element?.getAttributeNS(W, name) ?? element?.getAttribute(`w:${name}`) ?? undefined;
}

/** Style id → heading depth (1–6), from the style names ("heading 2", "Kop 2", "Titel"). */
function headingStyles(stylesXml: string | undefined): Map<string, number> {
  const depths = new Map<string, number>();
  if (!stylesXml) return depths;
  for (const style of children(parseXml(stylesXml), 'style')) {
    const id = attribute(style, 'styleId');
    const name = attribute(child(style, 'name'), 'val')?.toLowerCase() ?? '';
    const level = /^(?:heading|kop)\s*([1-6])$/.exec(name);
    if (id && level) depths.set(id, Number(level[1]));
    else if (id && /^(?:title|titel)$/.test(name)) depths.set(id, 1);
  }
  return depths;
}

interface Reading {
  lines: { text: string; paragraph?: number; footnote?: number; row?: boolean }[];
  /** Word's footnote id → the number it shows, in the order of the marks in the text. */
  footnotes: Map<string, number>;
  paragraphs: number;
  trackedChanges: number;
  headings: Map<string, number>;
}

function isBold(run: Element): boolean {
  const bold = child(child(run, 'rPr') ?? run, 'b');
  const value = attribute(bold, 'val');
  return bold !== undefined && value !== '0' && value !== 'false';
}

/** The visible text of a run: text, tabs, breaks, footnote marks; hidden runs and deleted text left out. */
function runText(run: Element, footnotes: Map<string, number>): string {
  const properties = child(run, 'rPr');
  if (properties && child(properties, 'vanish')) return '';
  let text = '';
  for (const part of children(run)) {
    switch (part.localName) {
      case 't':
        text += part.textContent ?? '';
        break;
      case 'tab':
        text += '\t';
        break;
      case 'br':
      case 'cr':
        text += ' ';
        break;
      case 'noBreakHyphen':
        text += '-';
        break;
      case 'footnoteReference': {
        const id = attribute(part, 'id') ?? '';
        if (!footnotes.has(id)) footnotes.set(id, footnotes.size + 1);
        text += `[^${footnotes.get(id)}]`;
        break;
      }
      default:
        break;
    }
  }
  return text;
}

/**
 * A paragraph's text, and the text-box paragraphs inside it (read after it). Bold text is written as
 * `**bold**`, so that a bold label reads as the template's label ("**Datum** 12 maart 2024").
 */
function paragraphText(paragraph: Element, reading: Reading, boxes: Element[]): string {
  let text = '';
  let bold = '';
  const flushBold = () => {
    if (bold.trim()) text += `${bold.match(/^\s*/)![0]}**${bold.trim()}**${bold.match(/\s*$/)![0]}`;
    else text += bold;
    bold = '';
  };
  const visit = (element: Element) => {
    for (const part of children(element)) {
      switch (part.localName) {
        case 'r':
          if (isBold(part)) bold += runText(part, reading.footnotes);
          else {
            flushBold();
            text += runText(part, reading.footnotes);
          }
          for (const box of part.getElementsByTagNameNS(W, 'txbxContent') as unknown as Iterable<Element>) boxes.push(box);
          break;
        case 'ins':
          reading.trackedChanges++;
          visit(part);
          break;
        case 'del':
        case 'moveFrom':
          reading.trackedChanges++;
          break;
        case 'hyperlink':
        case 'smartTag':
        case 'sdt':
        case 'sdtContent':
        case 'fldSimple':
        case 'customXml':
        case 'moveTo':
          visit(part);
          break;
        default:
          break;
      }
    }
  };
  visit(paragraph);
  flushBold();
  return text.replace(/\u00ad/g, '');
}

function readParagraph(paragraph: Element, reading: Reading): void {
  const boxes: Element[] = [];
  const text = paragraphText(paragraph, reading, boxes);
  const properties = child(paragraph, 'pPr');
  const style = attribute(child(properties ?? paragraph, 'pStyle'), 'val');
  const depth = style ? reading.headings.get(style) : undefined;
  const listItem = properties !== undefined && child(properties, 'numPr') !== undefined;
  reading.paragraphs++;
  const prefix = depth && text.trim() ? `${'#'.repeat(Math.min(6, depth + 2))} ` : listItem && text.trim() ? '- ' : '';
  reading.lines.push({ text: prefix + text.trim(), paragraph: reading.paragraphs });
  for (const box of boxes) readBlocks(box, reading);
}

/** A Word table as a GFM table: the first row is the header (Word tables are the canonical form in Word). */
function readTable(table: Element, reading: Reading): void {
  children(table, 'tr').forEach((row, index) => {
    const cells = children(row, 'tc').map((cell) => {
      const parts: string[] = [];
      for (const paragraph of children(cell, 'p')) {
        const boxes: Element[] = [];
        parts.push(paragraphText(paragraph, reading, boxes).trim());
      }
      return parts.filter(Boolean).join(' ').replace(/\|/g, '\\|');
    });
    reading.paragraphs++;
    reading.lines.push({ text: `| ${cells.join(' | ')} |`, paragraph: reading.paragraphs, row: true });
    if (index === 0) reading.lines.push({ text: `|${cells.map(() => ' --- ').join('|')}|`, row: true });
  });
  reading.lines.push({ text: '' });
}

/** Paragraphs and tables in document order (the body, a text box, a header or footer part). */
function readBlocks(container: Element, reading: Reading): void {
  for (const block of children(container)) {
    if (block.localName === 'p') readParagraph(block, reading);
    else if (block.localName === 'tbl') readTable(block, reading);
    else if (block.localName === 'sdt') readBlocks(child(block, 'sdtContent') ?? block, reading);
    else if (block.localName === 'ins') readBlocks(block, reading);
  }
}

/** Header or footer parts, in the order the package lists them (the first page's come first in Word's naming). */
function partsNamed(files: Record<string, Uint8Array>, pattern: RegExp): string[] {
  return Object.keys(files)
    .filter((name) => pattern.test(name))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((name) => strFromU8(files[name]));
}

export function readDocx(bytes: Uint8Array): ReadDocument {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name.startsWith('word/') && file.name.endsWith('.xml') });
  } catch (error) {
    throw new DocumentReadError('damaged', `not a readable Word file (${(error as Error).message})`);
  }
  const documentXml = files['word/document.xml'];
  if (!documentXml) throw new DocumentReadError('not-a-document', 'not a Word document: word/document.xml is missing');
  const reading: Reading = { lines: [], footnotes: new Map(), paragraphs: 0, trackedChanges: 0, headings: headingStyles(files['word/styles.xml'] && strFromU8(files['word/styles.xml'])) };
  const header = partsNamed(files, /^word\/header\d*\.xml$/)[0];
  const footer = partsNamed(files, /^word\/footer\d*\.xml$/)[0];
  const furniture = (xml: string | undefined) => {
    if (!xml) return;
    const part: Reading = { ...reading, lines: [] };
    readBlocks(parseXml(xml), part);
    for (const line of part.lines) if (line.text.trim()) reading.lines.push({ text: line.text });
    reading.lines.push({ text: '' });
  };
  furniture(header);
  const body = child(parseXml(strFromU8(documentXml)), 'body');
  if (!body) throw new DocumentReadError('damaged', 'the Word document has no body');
  readBlocks(body, reading);
  readFootnotes(files['word/footnotes.xml'], reading);
  furniture(footer);
  return assemble(reading);
}

/** The footnotes whose marks are in the text, in the order of their numbers: `[^2]: text`. */
function readFootnotes(xml: Uint8Array | undefined, reading: Reading): void {
  if (!xml || reading.footnotes.size === 0) return;
  const texts = new Map<number, string>();
  for (const footnote of children(parseXml(strFromU8(xml)), 'footnote')) {
    const number = reading.footnotes.get(attribute(footnote, 'id') ?? '');
    // the separators Word keeps in the same part have no mark in the text
    if (number === undefined) continue;
    const part: Reading = { ...reading, lines: [] };
    readBlocks(footnote, part);
    reading.trackedChanges = part.trackedChanges;
    texts.set(number, part.lines.map((line) => line.text.trim()).filter(Boolean).join(' '));
  }
  for (const [number, text] of [...texts].sort(([a], [b]) => a - b)) reading.lines.push({ text: `[^${number}]: ${text}`, footnote: number });
}

/** Lines joined with a blank line between paragraphs (as a Markdown reader expects), with their places. */
function assemble(reading: Reading): ReadDocument {
  const places: Place[] = [];
  let text = '';
  let previousRow = false;
  for (const line of reading.lines) {
    if (line.text.trim() === '') {
      previousRow = false;
      continue;
    }
    // the rows of a table stay on consecutive lines; paragraphs get a blank line between them
    const row = line.row === true;
    if (text !== '') text += row && previousRow ? '\n' : '\n\n';
    if (line.paragraph !== undefined) places.push({ start: text.length, paragraph: line.paragraph });
    else if (line.footnote !== undefined) places.push({ start: text.length, footnote: line.footnote });
    text += line.text;
    previousRow = row;
  }
  return { format: 'docx', text: `${text}\n`, places, trackedChanges: reading.trackedChanges };
}
