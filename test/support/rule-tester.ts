// A RuleTester in the manner of ESLint's: for one rule, `valid` texts that give no finding of it and
// `invalid` texts with the exact findings (message id, severity, range, fixes and the text after each
// fix), plus the text after fix-all. Rules run through the real engine, with only that rule enabled,
// so the tests pin what a user sees and survive changes to the rule's internals.
import assert from 'node:assert/strict';
import { type ConfigLayer, resolveConfig } from '../../server/src/core/config';
import { type CheckOptions, checkText, fixAllText } from '../../server/src/core/engine';
import { applyEdits } from '../../server/src/core/fixes';
import { RULES } from '../../server/src/core/rules';
import type { AnyRule } from '../../server/src/core/rules/rule';
import type { DocumentKind, Finding, Locale, Severity } from '../../server/src/core/types';

export interface RuleCase {
  /** What the case shows: the test title. */
  name: string;
  text: string;
  /** Options of the rule under test, as `.notarc.json` gives them in `[severity, options]`. */
  options?: Record<string, unknown>;
  /** A configured severity for the rule under test (its default when left out). */
  severity?: Severity;
  /** Other configuration (purposes, sections, referencePattern, publicPersons, …). */
  config?: Omit<ConfigLayer, 'rules'>;
  kind?: DocumentKind;
  /** Defaults to `test.nota.md`, or `test.kv.md` for a beantwoording. */
  fileName?: string;
  /** Defaults to 15 March 2024, noon UTC. */
  now?: Date;
  locale?: Locale;
  /** The names of the files in the document's folder, as the language server and the CLI read them. */
  folderFiles?: string[];
}

export interface ExpectedFix {
  title: string;
  /** The whole text after applying this fix alone. */
  output: string;
}

/** A finding as the CLI's JSON gives it: 1-based lines and columns, the end exclusive. */
export interface ExpectedFinding {
  messageId: string;
  /** Defaults to the rule's default severity. */
  severity?: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The exact message, when the case is about its wording or arguments. */
  message?: string;
  /** The exact hover explanation (personal-data rules), when the case is about it. */
  explanation?: string;
  /** Every fix the finding offers, in order; none when left out. */
  fixes?: ExpectedFix[];
}

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
  /** The text after fix-all (the safe fixes, repeated until it settles); the input when left out. */
  output?: string;
}

export interface RuleTests {
  valid: RuleCase[];
  invalid: InvalidCase[];
}

export const TEST_NOW = new Date('2024-03-15T12:00:00Z');

export function ruleById(id: string): AnyRule {
  const rule = RULES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`no rule "${id}" in the registry`);
  return rule;
}

function checkOptions(rule: AnyRule, testCase: RuleCase): CheckOptions {
  const setting = { severity: testCase.severity, options: testCase.options };
  const layer: ConfigLayer = { ...testCase.config, rules: { [rule.id]: setting } };
  const kind = testCase.kind;
  return {
    config: resolveConfig([{ layer, origin: 'test' }]),
    locale: testCase.locale ?? 'en',
    fileName: testCase.fileName ?? (kind === 'beantwoording' ? 'test.kv.md' : 'test.nota.md'),
    kind,
    now: testCase.now ?? TEST_NOW,
    folderFiles: testCase.folderFiles,
    rules: [rule],
    onRuleError: (_id, error) => {
      throw error;
    },
  };
}

/** 1-based line and column of an offset, counting LF, CRLF and lone CR as one break (as the CLI). */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  // A CRLF split by the offset counts as a break already taken.
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

function actual(text: string, finding: Finding, expected: ExpectedFinding | undefined): ExpectedFinding {
  const start = positionOf(text, finding.span.start);
  const end = positionOf(text, finding.span.end);
  return {
    messageId: finding.messageId,
    severity: finding.severity,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    ...(expected?.message !== undefined ? { message: finding.message } : {}),
    ...(expected?.explanation !== undefined ? { explanation: finding.explanation } : {}),
    fixes: finding.fixes.map((fix) => ({ title: fix.title, output: applyEdits(text, fix.edits) })),
  };
}

/** The findings of the one rule, in the form of ExpectedFinding (for the tests and for writing them). */
export function findingsFor(ruleId: string, testCase: RuleCase): { findings: Finding[]; output: string } {
  const rule = ruleById(ruleId);
  const options = checkOptions(rule, testCase);
  const { findings } = checkText(testCase.text, options);
  return { findings, output: fixAllText(testCase.text, options) };
}

export function ruleTester(ruleId: string, tests: RuleTests): void {
  const rule = ruleById(ruleId);
  describe(`rule ${ruleId}`, () => {
    describe('valid', () => {
      for (const testCase of tests.valid) {
        it(testCase.name, () => {
          const { findings } = findingsFor(ruleId, testCase);
          assert.deepEqual(findings.map((finding) => `${finding.messageId}: ${finding.message}`), []);
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of tests.invalid) {
        it(testCase.name, () => {
          assert.ok(testCase.findings.length > 0, 'an invalid case expects at least one finding');
          const { findings, output } = findingsFor(ruleId, testCase);
          const expected = testCase.findings.map((finding) => ({
            severity: testCase.severity ?? rule.defaultSeverity,
            fixes: [],
            ...finding,
          }));
          const got = findings.map((finding, index) => actual(testCase.text, finding, expected[index]));
          assert.deepEqual(got, expected);
          assert.equal(output, testCase.output ?? testCase.text, 'text after fix-all');
        });
      }
    });
  });
}
