// Builds what the benchmark measures, from the current sources (other sessions keep changing them):
// - out/bench/entry.cjs: bench/entry.ts (the core + a bare remark parser), CommonJS, with a sourcemap;
// - out/bench/variants.cjs: bench/variants.ts (what-if parsers; optional);
// - a production build made by the project's own scripts/build.mjs --production, run in a scratch
//   folder whose client/, server/, cli/ and node_modules link to the repository, so the repository's
//   dist/ (which the tests and editors use) is never overwritten mid-run.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

export async function buildEntry(root, name = 'entry') {
  const outfile = path.join(root, 'out', 'bench', `${name}.cjs`);
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [path.join(root, 'bench', `${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    mainFields: ['module', 'main'],
    sourcemap: true,
    minify: false,
    logLevel: 'error',
    legalComments: 'none',
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { NOTA_VERSION: '"bench"', 'import.meta.url': '__importMetaUrl' },
  });
  return outfile;
}

/** Runs `node scripts/build.mjs --production` so that its dist/ lands in a scratch folder. */
export function buildProduction(root, scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-bench-build-'))) {
  const links = [];
  for (const name of ['client', 'server', 'cli', 'node_modules', 'package.json', 'tsconfig.json']) {
    if (!fs.existsSync(path.join(root, name))) continue;
    fs.symlinkSync(path.join(root, name), path.join(scratch, name));
    links.push(path.join(scratch, name));
  }
  // bin/nota.js loads ../dist/cli.js next to itself: a copy (not a link) so it finds the scratch dist/.
  fs.mkdirSync(path.join(scratch, 'bin'));
  fs.copyFileSync(path.join(root, 'bin', 'nota.js'), path.join(scratch, 'bin', 'nota.js'));
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--production'], { cwd: scratch, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`scripts/build.mjs --production failed:\n${run.stderr || run.stdout}`);
  const dist = path.join(scratch, 'dist');
  return {
    scratch,
    links,
    dist,
    ms,
    server: path.join(dist, 'server.js'),
    client: path.join(dist, 'client.js'),
    cli: path.join(dist, 'cli.js'),
    webServer: path.join(dist, 'web', 'server.js'),
    webClient: path.join(dist, 'web', 'client.js'),
    bin: path.join(scratch, 'bin', 'nota.js'),
  };
}

/** Removes the links first (never following them into the repository), then the scratch build. */
export function removeProduction(production) {
  for (const link of production.links) if (fs.lstatSync(link, { throwIfNoEntry: false })?.isSymbolicLink()) fs.unlinkSync(link);
  fs.rmSync(production.scratch, { recursive: true, force: true });
}

/**
 * What the minified server bundle is made of: esbuild's metafile for server/src/lsp/main.ts with the
 * production options of scripts/build.mjs (bundle, minify, cjs, node, module-first), bytes in the
 * output grouped by npm package, or by folder for our own sources.
 */
export async function bundleInputs(root, entry = 'server/src/lsp/main.ts') {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: 'out/bench/server-analysis.js',
    write: false,
    metafile: true,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    mainFields: ['module', 'main'],
    minify: true,
    logLevel: 'silent',
    legalComments: 'none',
    define: { NOTA_VERSION: '"bench"', 'import.meta.url': '__importMetaUrl' },
  });
  const groups = new Map();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1];
      const key = pkg ? `npm: ${pkg}` : path.dirname(file);
      groups.set(key, (groups.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...groups].map(([source, bytes]) => ({ source, bytes })).sort((a, b) => b.bytes - a.bytes);
}
