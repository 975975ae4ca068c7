// What the language server needs from where it runs: Node (files on disk) or a browser web worker
// (no file system: configuration comes from the client, which reads it through VS Code's workspace API).
import type { WorkspaceEdit } from 'vscode-languageserver';
import type { ConfigLayer, ConfigProblem, ResolvedConfig } from '../core/config';
import type { CheckResult } from '../core/engine';
import type { PreviewOptions } from '../core/preview/render';

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
  /** The edit that adds a name to `publicPersons`; absent where configuration files cannot be edited. */
  markPublic?(uri: string, name: string): WorkspaceEdit | undefined;
}
