// nota/readDocument and nota/exportWord: the Word and PDF part of the server (the view of a .docx or .pdf,
// Import, Export to Word). The readers and the docx library load on the first of these requests.
import type { CancellationToken } from 'vscode-languageserver';
import { formatMessage } from '../../core/messages';
import type { ExportWordParams, ExportWordResult, ReadDocumentResult, UriParams } from '../requests';
import type { NotaService } from '../service';

export async function readDocument(service: NotaService, { uri }: UriParams, token: CancellationToken): Promise<ReadDocumentResult> {
  const documents = service.host.documents;
  if (!documents) return { unreadable: formatMessage(service.locale, 'check-files.not-a-file') };
  const read = await documents.read(uri, service.locale);
  return token.isCancellationRequested ? { unreadable: '' } : read;
}

export async function exportWord(service: NotaService, { uri, reviewCopy }: ExportWordParams): Promise<ExportWordResult> {
  const document = service.document(uri);
  const documents = service.host.documents;
  if (!document || !documents) return { error: formatMessage(service.locale, 'check-files.not-a-file') };
  const { options, text } = await service.checked(document);
  const exported = await documents.exportWord(text, { config: options.config, fileName: service.host.fileName(uri), locale: service.locale, keepPersonalData: reviewCopy });
  return { base64: Buffer.from(exported.bytes).toString('base64'), redacted: exported.redacted };
}
