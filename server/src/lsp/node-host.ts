// The server's host under Node: `.notarc.json` read from disk, files read for "check workspace", the
// preview renderer loaded from dist/preview.js on the first preview.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConfigLoader } from '../core/config-files';
import { markPublicEdit } from './features/publicPerson';
import type { ServerHost } from './host';

type PreviewRenderer = typeof import('../core/preview/render');

function filePath(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

export function nodeHost(): ServerHost {
  const loader = new ConfigLoader();
  let previewRenderer: PreviewRenderer | undefined;
  return {
    async loadConfig(uri, settings) {
      const loaded = loader.load(filePath(uri), { settings });
      return { config: loaded.config, files: loaded.files, broken: loaded.broken.map(({ file, ...rest }) => ({ uri: pathToFileURL(file).toString(), ...rest })) };
    },
    clearConfig: () => loader.clear(),
    fileName: (uri) => filePath(uri) ?? uri,
    async readFile(uri) {
      const file = filePath(uri);
      return file === undefined ? undefined : readFile(file, 'utf8').catch(() => undefined);
    },
    renderPreview(result, options) {
      // A computed path: esbuild leaves it alone, so the renderer stays out of the server bundle.
      previewRenderer ??= require(path.join(__dirname, 'preview.js')) as PreviewRenderer;
      return previewRenderer.renderPreview(result, options);
    },
    markPublic(uri, name, locale) {
      const file = filePath(uri);
      return file === undefined ? undefined : markPublicEdit(loader, file, name, locale);
    },
  };
}

/** docs/rules/ beside dist/, where the extension and the npm package ship the rule pages. */
export function nodeRuleDocBase(): string {
  return pathToFileURL(path.join(__dirname, '..', 'docs', 'rules') + path.sep).toString();
}
