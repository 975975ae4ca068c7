// What the language server needs from where it runs: Node (files on disk) or a browser web worker
// (no file system: configuration comes from the client, which reads it through VS Code's workspace API).
import type { ConfigLayer, ConfigProblem, ResolvedConfig } from '../core/config';
import type { CheckResult } from '../core/engine';
import type { PreviewOptions } from '../core/preview/render';
import type { Locale } from '../core/types';
import type { MarkPublic } from './features/publicPerson';

export interface HostConfig {
  config: ResolvedConfig;
  /** Configuration files with problems, by URI; the valid parts of them still apply. */
  broken: { uri: string; text: string; problems: ConfigProblem[] }[];
  /** The configuration files that apply, farthest first, as the user would name them. */
  files: string[];
}

export interface ServerHost {
  /** Defaults < settings < `.notarc.json` files found by walking up from the document (nearest wins). */
  loadConfig(uri: string, settings: ConfigLayer | undefined): Promise<HostConfig>;
  /** A configuration file changed: forget what was read. */
  clearConfig(): void;
  /** The file name the checker sees (document kind by extension); a path on disk where there is one. */
  fileName(uri: string): string;
  /** The text of a document that is not open, for "check workspace"; undefined when it cannot be read. */
  readFile(uri: string): Promise<string | undefined>;
  renderPreview(result: CheckResult, options: PreviewOptions): string;
  /**
   * The edit that adds a name to `publicPersons`, and the file it goes into; absent where configuration
   * files cannot be edited. Creating a new file is an edit the client confirms first.
   */
  markPublic?(uri: string, name: string, locale: Locale): MarkPublic | undefined;
}
