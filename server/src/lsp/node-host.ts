// The server's host under Node: `.notarc.json` read from disk, checks (and previews) in worker threads,
// files read for "check workspace" with the CLI's limits.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigLoader } from '../core/config-files';
import { type Checker, InProcessChecker } from './check/checker';
import { WorkerPool } from './check/pool';
import { fileUriOf, filePathOf } from './documents';
import { nodeDocuments } from './documents-part';
import { markPublicEdit } from './features/publicPerson';
import type { ServerHost } from './host';
import { renderPreviewFromBundle } from './preview-renderer';
import { folderFilesOf } from './folder-files';
import { readRegularFile } from './read-file';

/** Two workers: one may be busy with a long check while the other serves every other document. */
const WORKERS = 2;
/** A superseded check that has run this long is stopped; a shorter one finishes (see pool.ts). */
const TERMINATE_AFTER_MS = 500;

export function nodeHost(): ServerHost {
  const loader = new ConfigLoader();
  const renderPreview = renderPreviewFromBundle;
  return {
    async loadConfig(uri, settings) {
      const loaded = loader.load(filePathOf(uri), { settings });
      return { config: loaded.config, files: loaded.files, broken: loaded.broken.map(({ file, ...rest }) => ({ uri: fileUriOf(file), ...rest })) };
    },
    clearConfig: () => loader.clear(),
    fileName: (uri) => filePathOf(uri) ?? uri,
    readFile: (uri, maxBytes, locale) => readRegularFile(filePathOf(uri), maxBytes, locale),
    documents: nodeDocuments,
    createChecker(limits, log): Checker {
      const script = path.join(__dirname, 'check-worker.js');
      // Run from the sources (not the bundle) there is no worker script: check on the main thread.
      if (!fs.existsSync(script)) {
        log(`${script} not found: checks run on the main thread.`);
        return new InProcessChecker(renderPreview);
      }
      const pool = new WorkerPool({ script, size: WORKERS, memoryMb: limits.memoryMb, terminateAfterMs: TERMINATE_AFTER_MS, log });
      pool.warmUp();
      return pool;
    },
    renderPreview,
    folderFiles: async (uri) => {
      const file = filePathOf(uri);
      return file === undefined ? undefined : folderFilesOf(file);
    },
    markPublic(uri, name, locale) {
      const file = filePathOf(uri);
      return file === undefined ? undefined : markPublicEdit(loader, file, name, locale);
    },
  };
}

/** docs/rules/ beside dist/, where the extension and the npm package ship the rule pages. */
export function nodeRuleDocBase(): string {
  return pathToFileURL(path.join(__dirname, '..', 'docs', 'rules') + path.sep).toString();
}
