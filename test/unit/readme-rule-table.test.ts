// The README's rule table says what a user gets by default: its severity column must be each rule's
// default severity (a rule that is off by default says "off"), and every rule outside the personal-data
// family (documented in its own section) has a row.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/core/rules';
import { REPO } from '../support/check';

const WORDS: Record<string, string> = { error: 'error', warning: 'warning', info: 'information', hint: 'hint' };

/** `| [\`id\`](docs/rules/id.md) | severity | … |` rows of the README's rule table, by rule id. */
function readmeRows(): Map<string, string> {
  const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const rows = new Map<string, string>();
  for (const match of readme.matchAll(/^\| \[`([a-z0-9-]+)`\]\(docs\/rules\/[a-z0-9-]+\.md\) \| ([^|]+) \|/gm)) rows.set(match[1], match[2].trim());
  return rows;
}

describe('README rule table', () => {
  const rows = readmeRows();

  it('has a row for every rule except the personal-data rules', () => {
    const missing = RULES.filter((rule) => !rule.id.startsWith('pii-') && !rows.has(rule.id)).map((rule) => rule.id);
    assert.deepEqual(missing, []);
  });

  for (const rule of RULES) {
    if (!rows.has(rule.id)) continue;
    it(`gives ${rule.id} its default severity`, () => {
      const cell = rows.get(rule.id)!;
      if (rule.optIn) return assert.match(cell, /^off\b/);
      const first = cell.split(/[\s/(]+/)[0];
      assert.equal(WORDS[first], rule.defaultSeverity, `README says "${cell}"`);
    });
  }
});
