// Writes snippets/nota.code-snippets from snippets.ts: `npx tsx snippets/build.ts`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { snippetsJson } from './snippets';

fs.writeFileSync(path.join(__dirname, 'nota.code-snippets'), snippetsJson());
console.log('wrote snippets/nota.code-snippets');
