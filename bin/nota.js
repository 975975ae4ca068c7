#!/usr/bin/env node
'use strict';
// The `nota` command. The CLI is bundled to dist/cli.js by `npm run build` (run by `npm ci` via prepare).
const path = require('node:path');
const fs = require('node:fs');

const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('nota: dist/cli.js is missing; run `npm run build` first.\n');
  process.exit(2);
}
const { runCli } = require(bundle);
runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text + '\n'),
  stderr: (text) => process.stderr.write(text + '\n'),
  isTty: Boolean(process.stdout.isTTY),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`nota: internal error: ${(error && error.stack) || error}\n`);
    process.exitCode = 2;
  },
);
