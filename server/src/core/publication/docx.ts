// A Word file as published: the document properties (core, app and custom), comments, tracked changes with
// their authors, hidden text, document variables, embedded objects, and the document language.
import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import type { HiddenContent, MetadataField, PublicationFacts } from './types';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function parse(xml: string | undefined): Element | undefined {
  return xml ? (new DOMParser().parseFromString(xml, 'text/xml').documentElement as unknown as Element) : undefined;
}

function elements(root: Element | undefined, localName: string, namespace = W): Element[] {
  return root ? Array.from(root.getElementsByTagNameNS(namespace, localName) as unknown as ArrayLike<Element>) : [];
}

function attribute(element: Element, name: string): string | undefined {
  return element.getAttributeNS(W, name) || element.getAttribute(`w:${name}`) || undefined;
}

/** Every element of a properties part with a text value: "creator", "lastModifiedBy", "Company", custom properties. */
function properties(part: string, root: Element | undefined): MetadataField[] {
  const found: MetadataField[] = [];
  if (!root) return found;
  for (let node = root.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const value = element.textContent?.trim() ?? '';
    const name = element.getAttribute('name') ?? element.localName;
    if (value) found.push({ field: `${part} ${name}`, value });
  }
  return found;
}

export function inspectDocx(bytes: Uint8Array): PublicationFacts {
  const files = unzipSync(bytes);
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : undefined);
  const metadata = [
    ...properties('docProps/core.xml', parse(text('docProps/core.xml'))),
    ...properties('docProps/app.xml', parse(text('docProps/app.xml'))).filter((field) => /\s(?:Company|Manager)$/.test(field.field)),
    ...properties('docProps/custom.xml', parse(text('docProps/custom.xml'))),
  ];
  const body = parse(text('word/document.xml'));
  const hidden: HiddenContent[] = [];
  for (const comment of elements(parse(text('word/comments.xml')), 'comment')) {
    hidden.push({ kind: 'comment', author: attribute(comment, 'author'), text: comment.textContent ?? '' });
  }
  for (const change of [...elements(body, 'ins'), ...elements(body, 'del')]) {
    hidden.push({ kind: 'tracked-change', name: change.localName ?? undefined, author: attribute(change, 'author'), text: change.textContent ?? '' });
  }
  for (const run of elements(body, 'r')) {
    const vanish = elements(run, 'vanish')[0];
    if (vanish && attribute(vanish, 'val') !== '0' && run.textContent?.trim()) hidden.push({ kind: 'hidden-text', text: run.textContent });
  }
  for (const variable of elements(parse(text('word/settings.xml')), 'docVar')) {
    hidden.push({ kind: 'document-variable', name: attribute(variable, 'name'), text: attribute(variable, 'val') ?? '' });
  }
  for (const name of Object.keys(files).filter((file) => file.startsWith('word/embeddings/'))) hidden.push({ kind: 'embedded-object', name: name.slice('word/embeddings/'.length) });
  const styles = parse(text('word/styles.xml'));
  const language = elements(elements(styles, 'docDefaults')[0], 'lang').map((lang) => attribute(lang, 'val')).find(Boolean);
  const title = metadata.find((field) => field.field === 'docProps/core.xml title')?.value;
  return { format: 'docx', metadata, hidden, failedRedactions: [], language, title, titleShown: title !== undefined, hasText: (body?.textContent ?? '').trim() !== '' };
}
