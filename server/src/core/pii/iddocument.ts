// Passport, identity-card and driving-licence numbers. A Dutch travel document number has nine characters:
// two letters, six letters or digits, and a digit (the letter O is not used). It counts with a document word
// before it ("paspoort NTF4K8R21", "identiteitskaart (documentnummer IR3KD7P14)") or in a table column headed
// so; a driving-licence number (ten digits) only after "rijbewijs(nummer)".
import type { SourceDocument } from '../source/types';
import { isAlnum } from '../source/chars';
import type { PiiCandidate } from './types';
import { before, makeCandidate, tableColumnHeader, tableRowKey } from './util';

const DOCUMENT_NUMBER = /(?<![\p{L}\p{N}])[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9](?![\p{L}\p{N}])/gu;
const LICENCE_NUMBER = /\brijbewijs(?:nummer|nr\.?)?\s{0,3}(?:\(?\s{0,2}(?:nummer|nr\.?)\s{0,2})?:?\s{0,3}(\d{10})(?!\d)/giu;
const CONTEXT = /(?:paspoort|identiteitskaart|id-kaart|identiteitsbewijs|reisdocument|documentnummer|document-?nr|passport|identity card|verblijfsdocument|verblijfspas|rijbewijs)[^.\n]{0,40}$/i;
const HEADER = /^(?:documentnummer|paspoort|id-?(?:kaart|nummer)|identiteitsbewijs|document)/i;

const FOREIGN_DOCUMENT_NUMBER = /^[A-Z]{1,2}\d{6,8}$/;

/**
 * Any document's number written right after its document word, in whatever country's shape: "paspoort (nummer
 * C4918273)", "Syrisch paspoort N 014427893", "identiteitsbewijs met nummer 000384912", "W-nummer ND4R71P22",
 * "documentnummer Y84RK2TF1", "rijbewijs met nummer 02847/19/1434". Bounded: the words between are a fixed few.
 */
const DOCUMENT_LABEL = /\b(?:paspoort|identiteitskaart|id-kaart|identiteits-?\s?bewijs|reisdocument|verblijfsdocument|verblijfspas|verblijfsvergunning|vreemdelingendocument|w-document|w-nummer|documentnummer|document-?nr\.?|rijbewijs|passport)(?:nummer|nr\.?)?\s{1,3}(?:\(\s?)?(?:met\s)?(?:(?:document)?nummer\s|nr\.?\s)?:?\s{0,3}/giu;
/** The number right after the label, case-sensitive: capitals and digits, single separators between groups. */
const DOCUMENT_TOKEN = /(?:[A-Z]\s)?[A-Z0-9](?:[A-Z0-9]|[/\-\s](?=[A-Z0-9])){5,15}(?![\p{L}\p{N}])/uy;

/** Whether a number read after a document word has a document number's make-up, not a year's or a word's. */
function documentLike(written: string): boolean {
  const bare = written.replace(/[/\-\s]/g, '');
  if (bare.length < 6 || bare.length > 14 || bare !== bare.toUpperCase()) return false;
  const digits = bare.replace(/\D/g, '').length;
  const letters = bare.length - digits;
  return (letters > 0 && digits >= 3) || digits >= 8;
}

/** A table cell under a document column header, or in a row keyed so ("| Paspoort | NX4RT7JK2 | C4817265 |"). */
function inDocumentCell(source: SourceDocument, pos: number): boolean {
  return [tableColumnHeader(source, pos), tableRowKey(source, pos)].some((h) => h !== undefined && HEADER.test(h));
}

export function findIdDocuments(source: SourceDocument): PiiCandidate[] {
  const { text } = source;
  const out: PiiCandidate[] = [];
  DOCUMENT_NUMBER.lastIndex = 0;
  for (let m = DOCUMENT_NUMBER.exec(text); m; m = DOCUMENT_NUMBER.exec(text)) {
    const written = m[0];
    // a document number mixes letters and digits beyond its letter prefix
    if (!/[0-9]/.test(written.slice(2, 8)) || !/[A-Z]/.test(written.slice(2, 8))) continue;
    const span = { start: m.index, end: m.index + written.length };
    const context = CONTEXT.test(before(text, span.start, 60)) || inDocumentCell(source, span.start);
    if (!context) continue;
    out.push(makeCandidate('id-document', text, span, 0.93, ['pattern:document-number', 'context:id-document'], { message: 'pii.id-document.what', args: { text: written } }, { message: 'pii.id-document.why' }, true));
  }
  // a foreign document number (a letter or two and six to eight digits, "C4817265") only in a cell that a
  // document column or row names, as in a table of the persons in an asylum or family case
  for (const table of source.tables) {
    for (const row of table.rows) {
      for (const cell of row.cells) {
        if (cell.empty || !FOREIGN_DOCUMENT_NUMBER.test(cell.plain) || !inDocumentCell(source, cell.span.start)) continue;
        if (out.some((c) => c.span.start === cell.span.start)) continue;
        out.push(makeCandidate('id-document', text, cell.span, 0.9, ['pattern:document-number', 'context:id-document', 'table:column'], { message: 'pii.id-document.what', args: { text: cell.plain } }, { message: 'pii.id-document.why' }, true));
      }
    }
  }
  DOCUMENT_LABEL.lastIndex = 0;
  for (let m = DOCUMENT_LABEL.exec(text); m; m = DOCUMENT_LABEL.exec(text)) {
    const start = m.index + m[0].length;
    DOCUMENT_TOKEN.lastIndex = start;
    const written = DOCUMENT_TOKEN.exec(text)?.[0];
    if (written === undefined || !documentLike(written)) continue;
    const span = { start, end: start + written.length };
    if (out.some((c) => c.span.start < span.end && span.start < c.span.end)) continue;
    out.push(makeCandidate('id-document', text, span, 0.9, ['pattern:document-number', 'context:id-document'], { message: 'pii.id-document.what', args: { text: written } }, { message: 'pii.id-document.why' }, true));
  }
  LICENCE_NUMBER.lastIndex = 0;
  for (let m = LICENCE_NUMBER.exec(text); m; m = LICENCE_NUMBER.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    if (isAlnum(text[start + 10])) continue;
    const span = { start, end: start + 10 };
    if (out.some((c) => c.span.start < span.end && span.start < c.span.end)) continue;
    out.push(makeCandidate('id-document', text, span, 0.93, ['pattern:licence-number', 'context:id-document'], { message: 'pii.id-document.what', args: { text: m[1] } }, { message: 'pii.id-document.licence' }, true));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
