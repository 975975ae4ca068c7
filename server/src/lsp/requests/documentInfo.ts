// nota/documentInfo: the kind of an open document, its number of errors and its length (the status bar).
import type { CancellationToken } from 'vscode-languageserver';
import { formatWithArgs } from '../../core/messages';
import { notaLength } from '../../core/rules/nota-length';
import { documentLength, lengthOptions } from '../../core/writing/length';
import type { DocumentInfo, UriParams } from '../requests';
import type { DocumentContext, NotaService } from '../service';

/** The length against the limit of the nota-length rule, as configured for this document. */
function lengthOf({ result: { doc }, config }: DocumentContext): DocumentInfo['length'] {
  const setting = config.rules[notaLength.id];
  const { maxPages, wordsPerPage } = lengthOptions({ ...notaLength.defaultOptions, ...setting?.options });
  const applies = notaLength.appliesTo.includes(doc.kind) && setting?.severity !== 'off';
  return { ...documentLength(doc, wordsPerPage), maxPages: applies ? maxPages : null };
}

export async function documentInfo(service: NotaService, { uri }: UriParams, token: CancellationToken): Promise<DocumentInfo | null> {
  const context = await service.contextFor(uri, token);
  if (!context) return null;
  const { doc, findings } = context.result;
  const reason = formatWithArgs(service.locale, doc.kindReason.message, doc.kindReason.args);
  return { kind: doc.kind, errors: findings.filter((finding) => finding.severity === 'error').length, reason, length: lengthOf(context) };
}
