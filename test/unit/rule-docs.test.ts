// Every rule has a documentation page, and its failing and passing examples behave as documented.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/core/rules';
import { REPO, check } from '../support/check';

const DOCS = path.join(REPO, 'docs', 'rules');

/** The first fenced block under the given `## heading` of a doc page. */
export function exampleUnder(page: string, heading: string): string | undefined {
  // The example itself may contain "## nota", so the block is found after the heading, not by splitting.
  const match = new RegExp(`^## ${heading}\\s*\\n+\`\`\`[a-z-]*\\n([\\s\\S]*?)^\`\`\`$`, 'm').exec(page);
  return match?.[1];
}

describe('rule documentation examples', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      const file = path.join(DOCS, `${rule.id}.md`);
      const page = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      const kind = rule.appliesTo[0];
      const fileName = kind === 'beantwoording' ? 'example.kv.md' : 'example.nota.md';

      it('has a page with what, why, examples and options', () => {
        assert.ok(page, `docs/rules/${rule.id}.md is missing`);
        for (const heading of ['What it checks', 'Why it matters', 'Failing example', 'Passing example', 'Options']) {
          assert.match(page, new RegExp(`^## ${heading}`, 'm'), `docs/rules/${rule.id}.md lacks "## ${heading}"`);
        }
      });

      it('reports the failing example', () => {
        const example = exampleUnder(page, 'Failing example');
        assert.ok(example, 'no failing example');
        const findings = check(example, { fileName }).findings.filter((f) => f.ruleId === rule.id);
        assert.ok(findings.length > 0, `${rule.id} did not report its failing example`);
      });

      it('accepts the passing example', () => {
        const example = exampleUnder(page, 'Passing example');
        assert.ok(example, 'no passing example');
        const findings = check(example, { fileName }).findings;
        assert.deepEqual(findings.filter((f) => f.ruleId === rule.id).map((f) => f.message), []);
        assert.deepEqual(findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`), []);
      });
    });
  }
});
