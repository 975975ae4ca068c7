// Bundles the extension client, the language server and the CLI with esbuild, and the client and server
// of VS Code for the Web (dist/web/).
// unified/remark are ESM-only; bundling to CommonJS lets VS Code and Node load them as one file each.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Prefer ESM builds: jsonc-parser's UMD main uses dynamic requires that a bundle cannot resolve.
  mainFields: ['module', 'main'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // ESM dependencies (fdir) read import.meta.url, which CommonJS lacks: provide it from __filename.
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { NOTA_VERSION: JSON.stringify(version), 'import.meta.url': '__importMetaUrl' },
};

const browser = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  define: { NOTA_VERSION: JSON.stringify(version) },
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  // The check worker the server starts (worker_threads): checks run off the server's main thread.
  esbuild.build({ ...common, entryPoints: ['server/src/lsp/check/worker.ts'], outfile: 'dist/check-worker.js' }),
  // The preview renderer (rehype, parse5) loads on the first preview only: the server starts lighter.
  esbuild.build({ ...common, entryPoints: ['server/src/core/preview/render.ts'], outfile: 'dist/preview.js' }),
  esbuild.build({ ...common, entryPoints: ['cli/src/main.ts'], outfile: 'dist/cli.js' }),
  // Word, PDF and the Word export (pdfjs-dist, docx): loaded by the CLI only when such a file is read.
  esbuild.build({ ...common, entryPoints: ['cli/src/heavy.ts'], outfile: 'dist/documents.js' }),
  // VS Code for the Web: the client in the browser extension host, the server in a web worker. Platform
  // browser: a `node:` import anywhere in what they load fails this build.
  esbuild.build({ ...browser, entryPoints: ['client/src/browser.ts'], outfile: 'dist/web/client.js', format: 'cjs', external: ['vscode'] }),
  // The `worker` condition: packages such as decode-named-character-reference have a DOM build for
  // `browser` (document.createElement), which a worker lacks, and a plain one for workers.
  esbuild.build({ ...browser, entryPoints: ['server/src/lsp/browser-main.ts'], outfile: 'dist/web/server.js', format: 'iife', conditions: ['worker'] }),
]);
