// nota/effectiveConfig: the configuration that applies to a document, and where each value came from.
import type { CancellationToken } from 'vscode-languageserver';
import type { EffectiveConfig, UriParams } from '../requests';
import type { NotaService } from '../service';

export async function effectiveConfig(service: NotaService, { uri }: UriParams, _token: CancellationToken): Promise<EffectiveConfig> {
  const loaded = await service.host.loadConfig(uri, (await service.settings.for(uri)).layer);
  const { origins, ...config } = loaded.config;
  return { file: service.host.fileName(uri), configFiles: loaded.files, config, origins };
}
