// Every message the extension shows through vscode.l10n.t has its Dutch translation.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../support/check';

function clientMessages(): string[] {
  const dir = path.join(REPO, 'client', 'src');
  const found = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const match of source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) found.add(match[1].replace(/\\(.)/g, '$1'));
  }
  return [...found];
}

describe('extension messages (l10n)', () => {
  const dutch = JSON.parse(fs.readFileSync(path.join(REPO, 'l10n', 'bundle.l10n.nl.json'), 'utf8')) as Record<string, string>;

  it('finds the messages in client/src', () => {
    assert.ok(clientMessages().includes('Nota: nothing to fix automatically.'));
  });

  it('has a Dutch translation for each, with the same placeholders', () => {
    for (const message of clientMessages()) {
      assert.ok(message in dutch, `no Dutch for "${message}"`);
      const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      assert.deepEqual(placeholders(dutch[message]), placeholders(message), message);
    }
  });

  it('counts in words, not "(s)"', () => {
    for (const message of clientMessages()) assert.doesNotMatch(message, /\(s\)/, message);
    for (const translation of Object.values(dutch)) assert.doesNotMatch(translation, /\(en\)/, translation);
  });
});
