// A `nota` command in a folder of its own, to put first on PATH: as after `npm install --global`, so that
// documented command lines and hooks run as written.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from './check';

/** Writes DIR/nota (running this checkout's bin/nota.js) and returns DIR. */
export function notaOnPath(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'nota'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(REPO, 'bin', 'nota.js'))} "$@"\n`, { mode: 0o755 });
  return dir;
}
