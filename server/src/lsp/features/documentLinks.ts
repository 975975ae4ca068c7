// Document links: a Bijlagen row whose Naam names a file in the nota's folder links to that file.
import type { CancellationToken, DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import { Utils, URI } from 'vscode-uri';
import { fileForRow } from '../../core/model/bijlage-files';
import { formatMessage } from '../../core/messages';
import { toRange } from '../convert';
import type { DocumentContext } from '../service';

export function documentLinks({ uri, result: { doc }, folderFiles, locale }: DocumentContext, _params: DocumentLinkParams, token: CancellationToken): DocumentLink[] {
  if (token.isCancellationRequested || !folderFiles || !doc.bijlagen) return [];
  const folder = Utils.dirname(URI.parse(uri));
  const links: DocumentLink[] = [];
  for (const row of doc.bijlagen.rows) {
    const file = row.naamSpan && fileForRow(row, folderFiles);
    if (!file) continue;
    links.push({ range: toRange(doc.lineIndex, row.naamSpan!), target: Utils.joinPath(folder, file).toString(), tooltip: formatMessage(locale, 'link.bijlage', { file }) });
  }
  return links;
}
