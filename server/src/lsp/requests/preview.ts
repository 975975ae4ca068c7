// nota/preview: the sanitised preview HTML of an open document, rendered in a check worker (remark and
// rehype over the whole text: as slow as a check on pathological Markdown, so never on the main thread).
import type { CancellationToken } from 'vscode-languageserver';
import { formatMessage } from '../../core/messages';
import type { PreviewParams, PreviewResult } from '../requests';
import type { NotaService } from '../service';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export async function preview(service: NotaService, { uri, mode }: PreviewParams, token: CancellationToken): Promise<PreviewResult | null> {
  const document = service.document(uri);
  if (!document || token.isCancellationRequested) return null;
  const { version, text, options } = await service.checked(document);
  const outcome = await service.run(`preview ${uri}`, { kind: 'preview', mode, text, options, edited: true });
  if (outcome.status === 'done' && outcome.answer.kind === 'preview') return { html: outcome.answer.html, version };
  if (outcome.status === 'superseded') return null;
  // Over its budget or failed: the preview says so instead of going blank or stale without a word.
  if (outcome.status === 'failed') service.log(`Preview of ${uri} failed: ${outcome.error}`);
  return { html: `<p class="nota-unrendered">${escapeHtml(formatMessage(service.locale, 'preview.unrendered'))}</p>`, version };
}
