// Every rule has a documentation page in English (docs/rules/<id>.md) and in Dutch (docs/rules/nl/<id>.md),
// and its failing and passing examples behave as documented, with the messages in the page's language.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/core/rules';
import type { Rule } from '../../server/src/core/rules/rule';
import type { Locale } from '../../server/src/core/types';
import { REPO, check } from '../support/check';
import { positionOf } from '../support/rule-tester';

const DOCS = path.join(REPO, 'docs', 'rules');
const DUTCH_DOCS = path.join(DOCS, 'nl');

/** The headings of a page, in English and in Dutch. */
const HEADINGS = {
  en: { what: 'What it checks', why: 'Why it matters', failing: 'Failing example', passing: 'Passing example', options: 'Options' },
  nl: { what: 'Wat de regel controleert', why: 'Waarom het ertoe doet', failing: 'Voorbeeld met bevindingen', passing: 'Voorbeeld zonder bevindingen', options: 'Opties' },
} as const;
/** How a page names the severity of a finding. */
const SEVERITY_WORD = {
  en: { error: 'error', warning: 'warning', information: 'information', hint: 'hint' },
  nl: { error: 'fout', warning: 'waarschuwing', information: 'informatie', hint: 'hint' },
} as const;
/** The line before the findings: `nota check`, or `nota check --publication` for the pub-* rules. */
const FINDINGS_LINE = { en: 'Findings, as `nota check(?: --publication)?` reports them', nl: 'Bevindingen, zoals `nota check(?: --publication)?` ze meldt' } as const;

/** The first fenced block under the given `## heading` of a doc page. */
export function exampleUnder(page: string, heading: string): string | undefined {
  // The example itself may contain "## nota", so the block is found after the heading, not by splitting.
  const match = new RegExp(`^## ${heading}\\s*\\n+\`\`\`[a-z-]*\\n([\\s\\S]*?)^\`\`\`$`, 'm').exec(page);
  return match?.[1];
}

/**
 * The findings a page lists under its failing example (remark-lint style): a `text` block after the
 * "Findings, as `nota check` reports them" line, one `line:column-endLine:endColumn  severity  message  rule`
 * line per finding.
 */
export function documentedFindings(page: string, locale: Locale = 'en'): string[] | undefined {
  const match = new RegExp(`^${FINDINGS_LINE[locale]}[^\\n]*(?:\\n[^\\n]+)*\\n\\n\`\`\`text\\n([\\s\\S]*?)^\`\`\`$`, 'm').exec(page);
  return match ? match[1].split('\n').filter((line) => line !== '') : undefined;
}

/** The fenced blocks of a page, in order: the examples, the findings and any configuration shown. */
function fencedBlocks(page: string): string[] {
  return page.match(/^```[^\n]*\n[\s\S]*?^```$/gm) ?? [];
}

/** The findings of `rule` in `example`, one line each as a page lists them, in the page's language. */
function reportedFindings(rule: Rule, example: string, locale: Locale): string[] {
  const options = checkOptionsFor(rule);
  return check(example, { ...options, locale }).findings.filter((f) => f.ruleId === rule.id).map((f) => {
    const start = positionOf(example, f.span.start);
    const end = positionOf(example, f.span.end);
    return `${start.line}:${start.column}-${end.line}:${end.column}  ${SEVERITY_WORD[locale][f.severity]}  ${f.message}  ${f.ruleId}`;
  });
}

function checkOptionsFor(rule: Rule) {
  const fileName = rule.appliesTo[0] === 'beantwoording' ? 'example.kv.md' : 'example.nota.md';
  // An opt-in rule (off by default) is checked as its page says to turn it on: at its severity.
  const layer = rule.optIn ? { rules: { [rule.id]: { severity: rule.defaultSeverity } } } : undefined;
  // Each example is checked as a file alone in its folder (bijlage-file looks there).
  return { fileName, layer, folderFiles: [fileName] };
}

const readPage = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');

describe('rule documentation examples', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      const page = readPage(path.join(DOCS, `${rule.id}.md`));
      const dutchPage = readPage(path.join(DUTCH_DOCS, `${rule.id}.md`));
      // the pub-* rules read a published file, not text: their examples describe files, tested in test/formats/
      const readsText = rule.reads !== 'published-file';

      for (const [locale, text, where] of [['en', page, `docs/rules/${rule.id}.md`], ['nl', dutchPage, `docs/rules/nl/${rule.id}.md`]] as const) {
        it(`has a page with what, why, examples and options (${locale})`, () => {
          assert.ok(text, `${where} is missing`);
          for (const heading of Object.values(HEADINGS[locale])) {
            assert.match(text, new RegExp(`^## ${heading}$`, 'm'), `${where} lacks "## ${heading}"`);
          }
        });

        it(`reports exactly the findings listed under the failing example (${locale})`, function () {
          if (!readsText) this.skip();
          const example = exampleUnder(text, HEADINGS[locale].failing);
          assert.ok(example, 'no failing example');
          const documented = documentedFindings(text, locale);
          assert.ok(documented && documented.length > 0, `${where} lists no findings after its failing example`);
          assert.deepEqual(reportedFindings(rule, example, locale), documented);
        });
      }

      it('has its own test file (test/rules/<id>.test.ts; the pub-* rules in test/formats/publication.test.ts)', () => {
        const tests = readsText ? path.join(REPO, 'test', 'rules', `${rule.id}.test.ts`) : path.join(REPO, 'test', 'formats', 'publication.test.ts');
        assert.ok(fs.existsSync(tests), `${path.relative(REPO, tests)} is missing`);
        assert.match(fs.readFileSync(tests, 'utf8'), new RegExp(`['"]${rule.id}['"]`), `${path.relative(REPO, tests)} does not name ${rule.id}`);
      });

      it('accepts the passing example', function () {
        if (!readsText) this.skip();
        const example = exampleUnder(page, HEADINGS.en.passing);
        assert.ok(example, 'no passing example');
        const findings = check(example, checkOptionsFor(rule)).findings;
        assert.deepEqual(findings.filter((f) => f.ruleId === rule.id).map((f) => f.message), []);
        assert.deepEqual(findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`), []);
      });

      it('the Dutch page has the same examples, and its findings are the English ones (place, severity, rule) in Dutch', function () {
        if (!dutchPage) this.skip();
        const findingsBlock = (lines: string[] | undefined) => '```text\n' + (lines ?? []).map((line) => `${line}\n`).join('') + '```';
        const englishFindings = documentedFindings(page);
        const dutchFindings = documentedFindings(dutchPage, 'nl');
        const blocks = fencedBlocks(page).filter((block) => !englishFindings || block !== findingsBlock(englishFindings));
        const dutchBlocks = fencedBlocks(dutchPage).filter((block) => !dutchFindings || block !== findingsBlock(dutchFindings));
        assert.deepEqual(dutchBlocks, blocks);
        /** Where, how severe and which rule: what stays the same when the message is translated. */
        const placed = (locale: Locale) => (line: string) => {
          const [span, severity, , ruleId] = line.split('  ');
          return [span, Object.entries(SEVERITY_WORD[locale]).find(([, word]) => word === severity)?.[0], ruleId];
        };
        assert.deepEqual((dutchFindings ?? []).map(placed('nl')), (englishFindings ?? []).map(placed('en')));
      });
    });
  }
});
