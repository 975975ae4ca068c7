// Cleaned copies for publication (issue 17): what can be removed safely is removed, the original is never
// touched. Word: comments emptied, tracked changes accepted (insertions kept, deletions dropped), hidden
// text and document variables removed, the person in the properties replaced by the organisation (or
// emptied). PDF: the Info author, creator, subject and keywords and the XMP packet removed, the language set
// to Dutch and the title set and shown. A failed redaction is never "cleaned": the text under a box stays
// where it is, and pub-redaction-failed still reports it on the copy.
import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface CleanOptions {
  /** Put in the author fields instead of a person; empty when not given. */
  organisation?: string;
  /** PDF: the title to set when the file has none (the file name, say). */
  title?: string;
}

function serialize(doc: Document): string {
  return new XMLSerializer().serializeToString(doc as unknown as Parameters<XMLSerializer['serializeToString']>[0]);
}

function all(root: Document | Element, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(W, localName) as unknown as ArrayLike<Element>);
}

function unwrap(element: Element): void {
  const parent = element.parentNode;
  if (!parent) return;
  while (element.firstChild) parent.insertBefore(element.firstChild, element);
  parent.removeChild(element);
}

function remove(element: Element): void {
  element.parentNode?.removeChild(element);
}

/** A WordprocessingML part with its tracked changes accepted, hidden runs and comment marks removed. */
function cleanWordPart(xml: string): string {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  for (const deleted of [...all(doc, 'del'), ...all(doc, 'moveFrom')]) remove(deleted);
  for (const inserted of [...all(doc, 'ins'), ...all(doc, 'moveTo')]) unwrap(inserted);
  // formatting changes carry the author too; the formatting as it is now stays
  for (const change of ['rPrChange', 'pPrChange', 'sectPrChange', 'tblPrChange', 'trPrChange', 'tcPrChange', 'numberingChange']) for (const element of all(doc, change)) remove(element);
  for (const mark of ['commentRangeStart', 'commentRangeEnd']) for (const element of all(doc, mark)) remove(element);
  for (const reference of all(doc, 'commentReference')) {
    const run = reference.parentNode as Element | null;
    if (run && run.localName === 'r') remove(run);
    else remove(reference);
  }
  for (const vanish of all(doc, 'vanish')) {
    const off = vanish.getAttributeNS(W, 'val') ?? vanish.getAttribute('w:val');
    if (off === '0' || off === 'false') continue;
    // a hidden run goes; a hidden paragraph mark (w:pPr/w:rPr/w:vanish) only loses its mark
    const run = vanish.parentNode?.parentNode as Element | null;
    if (run?.localName === 'r') remove(run);
    else remove(vanish);
  }
  for (const variable of all(doc, 'docVars')) remove(variable);
  return serialize(doc);
}

/** A properties part with every person field set to the organisation (or emptied). */
function cleanProperties(xml: string, personFields: RegExp, organisation: string): string {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  const root = doc.documentElement;
  for (let node = root?.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && personFields.test((node as Element).localName ?? '')) node.textContent = organisation;
  }
  return serialize(doc);
}

/** A part with its root element kept (the relationships stay valid) and everything in it removed. */
function emptied(xml: string): string {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  const root = doc.documentElement;
  while (root?.firstChild) root.removeChild(root.firstChild);
  return serialize(doc);
}

export function cleanDocx(bytes: Uint8Array, options: CleanOptions = {}): Uint8Array {
  const files = unzipSync(bytes);
  const organisation = options.organisation ?? '';
  for (const name of Object.keys(files)) {
    const xml = () => strFromU8(files[name]);
    // the comments and, in newer Word versions, their extensions and the people who wrote them
    if (/^word\/(?:comments|commentsExtended|commentsExtensible|commentsIds|people)\.xml$/.test(name)) files[name] = strToU8(emptied(xml()));
    else if (/^word\/(?:document|header\d*|footer\d*|footnotes|endnotes|settings)\.xml$/.test(name)) files[name] = strToU8(cleanWordPart(xml()));
    else if (name === 'docProps/core.xml') files[name] = strToU8(cleanProperties(xml(), /^(?:creator|lastModifiedBy)$/, organisation));
    else if (name === 'docProps/app.xml') files[name] = strToU8(cleanProperties(xml(), /^(?:Company|Manager)$/, organisation));
    else if (name === 'docProps/custom.xml') files[name] = strToU8(emptied(xml()));
  }
  return zipSync(files);
}

export async function cleanPdf(bytes: Uint8Array, options: CleanOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  // pdf-lib has setters only: the Info dictionary is reached through the trailer
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  for (const key of ['Author', 'Creator', 'Subject', 'Keywords']) info?.delete(PDFName.of(key));
  if (options.organisation) doc.setAuthor(options.organisation);
  doc.setProducer('Nota');
  // the XMP packet repeats the author (dc:creator) and more; the Info dictionary is what stays
  doc.catalog.delete(PDFName.of('Metadata'));
  doc.setLanguage('nl-NL');
  const title = doc.getTitle()?.trim() || options.title;
  if (title) doc.setTitle(title, { showInWindowTitleBar: true });
  return doc.save({ useObjectStreams: false });
}
