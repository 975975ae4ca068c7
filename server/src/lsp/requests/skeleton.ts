// nota/skeleton: the text of a new nota (the "New nota" command), as text or as a snippet.
import type { CancellationToken } from 'vscode-languageserver';
import { todayInDutch } from '../../core/dates';
import { createNotaSkeleton, createNotaSnippet } from '../../core/skeleton';
import type { SkeletonParams } from '../requests';
import type { NotaService } from '../service';

export async function skeleton(service: NotaService, params: SkeletonParams, _token: CancellationToken): Promise<string> {
  const { config } = await service.host.loadConfig('untitled:skeleton', undefined);
  const fields = { ...params, datum: params.datum ?? todayInDutch(new Date()) };
  return params.snippet ? createNotaSnippet(fields, config) : createNotaSkeleton(fields, config);
}
