// extensionTestsPath entry point. VS Code (the code-server workbench in headless Chromium, or desktop
// VS Code through @vscode/test-electron) loads the compiled out/e2e/index.js inside the extension host
// and awaits run(); a rejected promise is a failed run.
import * as fs from 'fs';
import * as path from 'path';

interface MochaStats { passes: number; failures: number; pending: number; tests: number; duration?: number }

export function run(): Promise<void> {
  // mocha 12's package entry is ESM; its CommonJS build loads in every extension host, including
  // desktop VS Code builds whose Node cannot require() an ES module.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Mocha: typeof import('mocha') = require('mocha/lib/mocha.cjs');
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 60_000,
    grep: process.env.NOTA_E2E_GREP || undefined,
  });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  return new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // The launcher reads the counts from here for its summary line.
      const dir = process.env.NOTA_E2E_SIGNAL_DIR;
      if (dir) {
        const stats = runner.stats as MochaStats | undefined;
        try {
          fs.writeFileSync(path.join(dir, 'results.json'), JSON.stringify({ files, failures, stats }));
        } catch (e) {
          console.error('could not write results.json:', e);
        }
      }
      if (files.length === 0) reject(new Error(`no *.test.js files in ${__dirname}`));
      else if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
      else resolve();
    });
  });
}
