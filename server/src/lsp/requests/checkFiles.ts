// nota/checkFiles: checks files that are not open (Check workspace) and publishes their diagnostics,
// with the CLI's limits: regular files only, at most 10 MB counted while reading (the host reads them:
// read-file.ts under Node), each read and check within its budget. What it did not check it reports,
// with the reason.
import type { CancellationToken } from 'vscode-languageserver';
import { formatMessage } from '../../core/messages';
import type { CheckFilesParams, CheckFilesResult, SkippedFile } from '../requests';
import { documentViewUri, isWordOrPdfFile } from '../documents';
import type { ReadFile } from '../host';
import type { Checked, NotaService } from '../service';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** `promise`, or `fallback` when it has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const errorsIn = (checked: Checked) => checked.result?.findings.filter((finding) => finding.severity === 'error').length ?? 0;

/** A Nota file's text, or a Word or PDF file's text as Nota reads it. */
async function readText(service: NotaService, uri: string): Promise<ReadFile> {
  if (!isWordOrPdfFile(uri)) return service.host.readFile(uri, MAX_FILE_BYTES, service.locale);
  if (!service.host.documents) return { skipped: formatMessage(service.locale, 'check-files.not-a-file') };
  const read = await service.host.documents.read(uri, service.locale);
  return 'unreadable' in read ? { skipped: read.unreadable } : read;
}

export async function checkFiles(service: NotaService, { uris }: CheckFilesParams, token: CancellationToken): Promise<CheckFilesResult> {
  const { locale } = service;
  const result: CheckFilesResult = { checked: 0, errors: 0, skipped: [] };
  const skip = (uri: string, reason: string) => result.skipped.push({ uri, reason } satisfies SkippedFile);
  for (const fileUri of uris) {
    if (token.isCancellationRequested) break;
    // A Word or PDF file is checked, and its diagnostics shown, in its view (the text as Nota reads it).
    const uri = isWordOrPdfFile(fileUri) ? documentViewUri(fileUri) : fileUri;
    const open = service.document(uri);
    if (open) {
      // An open document is checked as it is in the editor, not as it is on disk.
      const checked = await service.checked(open);
      service.publish(uri, checked);
      result.errors += errorsIn(checked);
      result.checked++;
      continue;
    }
    const read = await within(readText(service, fileUri), service.limits.baseMs, {
      skipped: formatMessage(locale, 'check-files.read-timeout', { seconds: service.limits.baseMs / 1000 }),
    });
    if ('skipped' in read) {
      skip(fileUri, read.skipped);
      continue;
    }
    const checked = await service.checkText(`checkFiles ${uri}`, uri, read.text);
    service.publish(uri, checked);
    if (!checked.result) {
      skip(fileUri, service.whyUnchecked(checked));
      continue;
    }
    result.errors += errorsIn(checked);
    result.checked++;
  }
  return result;
}
