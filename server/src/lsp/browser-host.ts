// The server's host in a web worker (VS Code for the Web): no file system. The client reads the
// `.notarc.json` files through VS Code's workspace file system and sends them (nota/configFiles); the
// preview renderer is bundled in. Files that are not open cannot be read here, and "mark as public"
// (which writes a configuration file) is not offered.
import type { Connection } from 'vscode-languageserver';
import { type ConfigLayer, parseConfigText, resolveConfig } from '../core/config';
import { renderPreview } from '../core/preview/render';
import { formatMessage } from '../core/messages';
import { RULE_IDS } from '../core/rules';
import { InProcessChecker } from './check/checker';
import type { HostConfig, ServerHost } from './host';
import { type ConfigFileText, ConfigFilesRequest } from './requests';

export function browserHost(connection: Connection): ServerHost {
  // One request per document and configuration change, not per keystroke.
  const filesByDocument = new Map<string, Promise<ConfigFileText[]>>();
  const configFiles = (uri: string) => {
    let files = filesByDocument.get(uri);
    if (!files) {
      files = uri.startsWith('untitled:') ? Promise.resolve([]) : connection.sendRequest(ConfigFilesRequest, { uri }).then((found) => found ?? [], () => []);
      filesByDocument.set(uri, files);
    }
    return files;
  };
  return {
    async loadConfig(uri, settings) {
      const layers: { layer: ConfigLayer; origin: string }[] = settings ? [{ layer: settings, origin: 'settings' }] : [];
      const parsed = (await configFiles(uri)).map((file) => ({ file, ...parseConfigText(file.text, RULE_IDS) }));
      // Nearest wins, and a file with "root": true hides the ones above it.
      let first = 0;
      parsed.forEach((entry, index) => {
        if (entry.layer.root) first = index;
      });
      const applying = parsed.slice(first);
      for (const entry of applying) layers.push({ layer: entry.layer, origin: entry.file.uri });
      const broken: HostConfig['broken'] = applying.filter((entry) => entry.problems.length > 0).map((entry) => ({ uri: entry.file.uri, text: entry.file.text, problems: entry.problems }));
      return { config: resolveConfig(layers), broken, files: applying.map((entry) => entry.file.uri) };
    },
    clearConfig: () => filesByDocument.clear(),
    fileName: (uri) => uri,
    readFile: async (_uri, _maxBytes, locale) => ({ skipped: formatMessage(locale, 'check-files.not-a-file') }),
    // No worker threads in a web worker: the checks run on its own thread, which is not the editor's.
    createChecker: () => new InProcessChecker(renderPreview),
    renderPreview,
  };
}
