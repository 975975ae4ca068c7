// Every rule has a documentation page, and its failing and passing examples behave as documented.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/core/rules';
import { REPO, check } from '../support/check';
import { positionOf } from '../support/rule-tester';

const DOCS = path.join(REPO, 'docs', 'rules');

/** The first fenced block under the given `## heading` of a doc page. */
export function exampleUnder(page: string, heading: string): string | undefined {
  // The example itself may contain "## nota", so the block is found after the heading, not by splitting.
  const match = new RegExp(`^## ${heading}\\s*\\n+\`\`\`[a-z-]*\\n([\\s\\S]*?)^\`\`\`$`, 'm').exec(page);
  return match?.[1];
}

/**
 * The findings a page lists under its failing example (remark-lint style): a `text` block after the
 * example, one `line:column-endLine:endColumn  severity  message  rule` line per finding.
 */
export function documentedFindings(page: string): string[] | undefined {
  const match = /^## Failing example\s*\n+```[a-z-]*\n[\s\S]*?^```\n\nFindings, as `nota check` reports them[^\n]*\n\n```text\n([\s\S]*?)^```$/m.exec(page);
  return match ? match[1].split('\n').filter((line) => line !== '') : undefined;
}

describe('rule documentation examples', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      const file = path.join(DOCS, `${rule.id}.md`);
      const page = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      const kind = rule.appliesTo[0];
      const fileName = kind === 'beantwoording' ? 'example.kv.md' : 'example.nota.md';
      // An opt-in rule (off by default) is checked as its page says to turn it on: at its severity.
      const layer = rule.optIn ? { rules: { [rule.id]: { severity: rule.defaultSeverity } } } : undefined;
      // Each example is checked as a file alone in its folder (bijlage-file looks there).
      const folderFiles = [fileName];

      it('has a page with what, why, examples and options', () => {
        assert.ok(page, `docs/rules/${rule.id}.md is missing`);
        for (const heading of ['What it checks', 'Why it matters', 'Failing example', 'Passing example', 'Options']) {
          assert.match(page, new RegExp(`^## ${heading}`, 'm'), `docs/rules/${rule.id}.md lacks "## ${heading}"`);
        }
      });

      // the pub-* rules read a published file, not text: their examples describe files, tested in test/formats/
      const readsText = rule.reads !== 'published-file';

      it('has its own test file (test/rules/<id>.test.ts; the pub-* rules in test/formats/publication.test.ts)', () => {
        const tests = readsText ? path.join(REPO, 'test', 'rules', `${rule.id}.test.ts`) : path.join(REPO, 'test', 'formats', 'publication.test.ts');
        assert.ok(fs.existsSync(tests), `${path.relative(REPO, tests)} is missing`);
        assert.match(fs.readFileSync(tests, 'utf8'), new RegExp(`['"]${rule.id}['"]`), `${path.relative(REPO, tests)} does not name ${rule.id}`);
      });

      it('reports exactly the findings listed under the failing example', function () {
        if (!readsText) this.skip();
        const example = exampleUnder(page, 'Failing example');
        assert.ok(example, 'no failing example');
        const documented = documentedFindings(page);
        assert.ok(documented && documented.length > 0, `docs/rules/${rule.id}.md lists no findings after its failing example`);
        const findings = check(example, { fileName, layer, folderFiles }).findings.filter((f) => f.ruleId === rule.id);
        const reported = findings.map((f) => {
          const start = positionOf(example, f.span.start);
          const end = positionOf(example, f.span.end);
          return `${start.line}:${start.column}-${end.line}:${end.column}  ${f.severity}  ${f.message}  ${f.ruleId}`;
        });
        assert.deepEqual(reported, documented);
      });

      it('accepts the passing example', function () {
        if (!readsText) this.skip();
        const example = exampleUnder(page, 'Passing example');
        assert.ok(example, 'no passing example');
        const findings = check(example, { fileName, layer, folderFiles }).findings;
        assert.deepEqual(findings.filter((f) => f.ruleId === rule.id).map((f) => f.message), []);
        assert.deepEqual(findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`), []);
      });
    });
  }
});
