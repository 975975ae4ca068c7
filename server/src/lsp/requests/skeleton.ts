// nota/skeleton: the text of a new nota (the "New nota" command).
import type { CancellationToken } from 'vscode-languageserver';
import { todayInDutch } from '../../core/dates';
import { createNotaSkeleton } from '../../core/skeleton';
import type { SkeletonParams } from '../requests';
import type { NotaService } from '../service';

export async function skeleton(service: NotaService, params: SkeletonParams, _token: CancellationToken): Promise<string> {
  const { config } = await service.host.loadConfig('untitled:skeleton', undefined);
  return createNotaSkeleton({ ...params, datum: params.datum ?? todayInDutch(new Date()) }, config);
}
