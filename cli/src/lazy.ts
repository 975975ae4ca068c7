// Loads the Word and PDF part of the CLI (cli/src/heavy.ts) on first use: dist/documents.js beside the
// bundled CLI, or the source module when the CLI runs from the sources (tests under tsx).
import * as fs from 'node:fs';
import * as path from 'node:path';

type Heavy = typeof import('./heavy');

export function documentsPart(): Heavy {
  const bundled = path.join(__dirname, 'documents.js');
  // a computed path: the bundler leaves it to run time instead of bundling the part into the CLI
  return require(fs.existsSync(bundled) ? bundled : path.join(__dirname, 'heavy')) as Heavy;
}
