// Writes the grammar JSON files from grammar.ts: `npx tsx syntaxes/build.ts`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GRAMMAR_FILES, grammarJson } from './grammar';

for (const [file, scopeName] of Object.entries(GRAMMAR_FILES)) {
  fs.writeFileSync(path.join(__dirname, file), grammarJson(scopeName));
  console.log(`wrote syntaxes/${file} (${scopeName})`);
}
