// extensionTestsPath entry point of the web suite: VS Code loads the bundled out/e2e-web/index.js in the
// web worker extension host (no Node: mocha's browser build, results written through the workspace
// file system, which the launcher reads from the workspace folder on disk).
import * as vscode from 'vscode';

export const RESULTS_FILE = '.nota-e2e-web-results.json';

interface BrowserMocha {
  setup(options: Record<string, unknown>): void;
  run(done: (failures: number) => void): { stats?: { passes: number; failures: number; pending: number; tests: number } };
}

export function run(): Promise<void> {
  // mocha's browser build sets the global `mocha` (the instance with setup/run).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('mocha/mocha.js');
  const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./web.test');
  return new Promise<void>((resolve, reject) => {
    const runner = mocha.run(async (failures) => {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      if (folder) {
        const results = JSON.stringify({ failures, stats: runner.stats });
        await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, RESULTS_FILE), new TextEncoder().encode(results)).then(undefined, (e) => console.error('could not write the results:', e));
      }
      if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
      else resolve();
    });
  });
}
