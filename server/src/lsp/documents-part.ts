// The Word and PDF part of the server under Node: the CLI's documents bundle (dist/documents.js, beside
// dist/server.js), loaded on first use so that a server that only ever sees Markdown never loads pdfjs-dist
// or the docx library; from the sources (tests under tsx) the same module unbundled.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatMessage } from '../core/messages';
import { filePathOf, fileUriOf } from './documents';
import type { DocumentsHost } from './host';

type Part = typeof import('../../../cli/src/heavy');

let loaded: Part | undefined;

function documentsPart(): Part {
  const bundled = path.join(__dirname, 'documents.js');
  // a computed path: the bundler leaves it to run time instead of bundling the part into the server
  loaded ??= require(fs.existsSync(bundled) ? bundled : path.join(__dirname, '../../../cli/src/heavy')) as Part;
  return loaded;
}

export const nodeDocuments: DocumentsHost = {
  async read(uri, locale) {
    const file = filePathOf(uri);
    if (file === undefined) return { unreadable: formatMessage(locale, 'check-files.not-a-file') };
    const reading = await documentsPart().readForCheck(file, false);
    if ('unreadable' in reading) return { unreadable: formatMessage(locale, 'check-files.unreadable', { error: reading.unreadable }) };
    return { text: reading.read.text, trackedChanges: reading.read.trackedChanges };
  },
  exportWord: (text, options) => documentsPart().exportText(text, options),
  async checkPublished(uri, options) {
    const file = filePathOf(uri);
    if (file === undefined) return { unreadable: formatMessage(options.locale, 'check-files.not-a-file') };
    const checked = await documentsPart().checkPublishedFile(file, options);
    return 'unreadable' in checked ? { unreadable: formatMessage(options.locale, 'check-files.unreadable', { error: checked.unreadable }) } : checked;
  },
  async writeCleanCopy(uri, options) {
    const outcome = await documentsPart().writeCleanCopy(filePathOf(uri)!, options);
    return 'written' in outcome ? { written: fileUriOf(outcome.written) } : { exists: fileUriOf(outcome.exists) };
  },
};
