// Bundles the extension client, the language server and the CLI with esbuild.
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

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  // The preview renderer (rehype, parse5) loads on the first preview only: the server starts lighter.
  esbuild.build({ ...common, entryPoints: ['server/src/core/preview/render.ts'], outfile: 'dist/preview.js' }),
  esbuild.build({ ...common, entryPoints: ['cli/src/main.ts'], outfile: 'dist/cli.js' }),
]);
