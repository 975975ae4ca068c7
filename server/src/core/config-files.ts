// Finds and reads `.notarc.json` files by walking up from a document (spec §9).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type ConfigLayer, type ConfigProblem, type ResolvedConfig, configProblem, parseConfigText, resolveConfig } from './config';
import { RULE_IDS } from './rules';

export const CONFIG_FILE_NAME = '.notarc.json';

export interface ConfigFileProblems {
  file: string;
  text: string;
  problems: ConfigProblem[];
}

export interface LoadedConfig {
  config: ResolvedConfig;
  /** Files that had problems; the valid parts of them still apply. */
  broken: ConfigFileProblems[];
  files: string[];
}

interface CachedLayer {
  layer: ConfigLayer;
  problems: ConfigProblem[];
  text: string;
}

/** Reads config files, remembering each until `clear()` (the server clears it when a watched file changes). */
export class ConfigLoader {
  private readonly cache = new Map<string, CachedLayer | null>();

  clear(): void {
    this.cache.clear();
  }

  readFile(file: string): CachedLayer | null {
    if (this.cache.has(file)) return this.cache.get(file)!;
    let entry: CachedLayer | null = null;
    try {
      const text = fs.readFileSync(file, 'utf8');
      entry = { ...parseConfigText(text, RULE_IDS), text };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        entry = { layer: {}, text: '', problems: [configProblem('config.unreadable', { start: 0, end: 0 }, { error: (error as Error).message })] };
      }
    }
    this.cache.set(file, entry);
    return entry;
  }

  /** The `.notarc.json` files that apply to a document, nearest last; stops at one with `"root": true`. */
  findFiles(documentPath: string): string[] {
    const found: string[] = [];
    let dir = path.dirname(path.resolve(documentPath));
    for (;;) {
      const candidate = path.join(dir, CONFIG_FILE_NAME);
      const entry = this.readFile(candidate);
      if (entry) {
        found.unshift(candidate);
        if (entry.layer.root) break;
      }
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    return found;
  }

  /**
   * Defaults < settings < files (farthest first, nearest wins). With `explicitFile` (CLI `--config`),
   * that file replaces discovery.
   */
  load(documentPath: string | undefined, options: { settings?: ConfigLayer; explicitFile?: string } = {}): LoadedConfig {
    const files = options.explicitFile ? [path.resolve(options.explicitFile)] : documentPath ? this.findFiles(documentPath) : [];
    const layers: { layer: ConfigLayer; origin: string }[] = [];
    if (options.settings) layers.push({ layer: options.settings, origin: 'settings' });
    const broken: ConfigFileProblems[] = [];
    for (const file of files) {
      const entry = this.readFile(file);
      if (!entry) {
        broken.push({ file, text: '', problems: [configProblem('config.missing-file', { start: 0, end: 0 })] });
        continue;
      }
      layers.push({ layer: entry.layer, origin: file });
      if (entry.problems.length > 0) broken.push({ file, text: entry.text, problems: entry.problems });
    }
    return { config: resolveConfig(layers), broken, files };
  }
}
