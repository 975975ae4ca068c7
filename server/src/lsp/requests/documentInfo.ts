// nota/documentInfo: the kind of an open document and its number of errors (the status bar).
import type { CancellationToken } from 'vscode-languageserver';
import { formatWithArgs } from '../../core/messages';
import type { DocumentInfo, UriParams } from '../requests';
import type { NotaService } from '../service';

export async function documentInfo(service: NotaService, { uri }: UriParams, token: CancellationToken): Promise<DocumentInfo | null> {
  const context = await service.contextFor(uri, token);
  if (!context) return null;
  const { doc, findings } = context.result;
  const reason = formatWithArgs(service.locale, doc.kindReason.message, doc.kindReason.args);
  return { kind: doc.kind, errors: findings.filter((finding) => finding.severity === 'error').length, reason };
}
