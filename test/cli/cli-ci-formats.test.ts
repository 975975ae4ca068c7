// The CI formats of `nota check` (spec §11) read back the way their consumers read them: GitHub workflow
// commands by their syntax, GitLab Code Quality by its documented fields, JUnit XML by a strict XML parser.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SaxesParser } from 'saxes';
import { formatGithub, formatJunit } from '../../cli/src/format-ci';
import { RULES } from '../../server/src/core/rules';
import { LineIndex } from '../../server/src/core/source/lines';
import { REPO, VALID_NOTA } from '../support/check';

const KERN_MISSING = VALID_NOTA.replace(/### Kern\n\n- .*\n\n/, '');
const PHONE = VALID_NOTA.replace(/### Kern\n\n/, '### Kern\n\n- Bel 06-12345678 voor vragen.\n');

function nota(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [path.join(REPO, 'bin', 'nota.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** GitHub's workflow command syntax: `::name key=value,key=value::message`, values and message %-escaped. */
function parseWorkflowCommand(line: string): WorkflowCommand {
  const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
  assert.ok(match, `not a workflow command: ${line}`);
  const unescape = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',')) {
    const [key, ...value] = pair.split('=');
    properties[key] = unescape(value.join('='));
  }
  assert.doesNotMatch(match[3], /[\r\n]/, 'a message spans lines');
  return { command: match[1], properties, message: unescape(match[3]) };
}

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** A strict XML 1.0 parse (well-formedness errors throw) into a small element tree. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const open = [root];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    open.at(-1)!.children.push(element);
    open.push(element);
  });
  parser.on('text', (text) => {
    open.at(-1)!.text += text;
  });
  parser.on('closetag', () => {
    open.pop();
  });
  parser.write(xml).close();
  assert.equal(root.children.length, 1, 'one root element');
  return root.children[0];
}

describe('nota check: CI formats', function () {
  this.timeout(20000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-ci-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  };
  interface JsonDiagnostic {
    file: string;
    rule: string;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
  }
  const jsonDiagnostics = (files: string[]): JsonDiagnostic[] =>
    (JSON.parse(nota(['check', '--format', 'json', ...files], dir).stdout) as { file: string; diagnostics: Omit<JsonDiagnostic, 'file'>[] }[]).flatMap((file) =>
      file.diagnostics.map((diagnostic) => ({ file: file.file, ...diagnostic })),
    );

  describe('--format github', () => {
    it('gives one workflow command per finding with the same place, rule and message as --format json, and the same exit code', () => {
      write('kern.nota.md', KERN_MISSING);
      write('map/tel.nota.md', PHONE);
      const result = nota(['check', '--format', 'github', 'kern.nota.md', 'map/tel.nota.md'], dir);
      assert.equal(result.code, 1);
      const commands = result.stdout.trim().split('\n').map(parseWorkflowCommand);
      const expected = jsonDiagnostics(['kern.nota.md', 'map/tel.nota.md']);
      assert.equal(commands.length, expected.length);
      assert.deepEqual(
        commands.map((command) => ({ command: command.command, ...command.properties, message: command.message })),
        expected.map((d) => ({
          command: 'error',
          file: d.file.split(path.sep).join('/'),
          line: String(d.line),
          col: String(d.column),
          endLine: String(d.endLine),
          endColumn: String(d.endColumn),
          title: d.rule,
          message: d.message,
        })),
      );
      assert.ok(commands.some((command) => command.properties.title === 'pii-phone' && command.message.includes('%')), 'the "97% sure" message round-trips');
    });

    it('uses warning for warnings and notice for information and hints', () => {
      write('.notarc.json', JSON.stringify({ rules: { 'section-missing': 'warning', 'pii-phone': 'info' } }));
      write('kern.nota.md', KERN_MISSING);
      write('tel.nota.md', PHONE);
      const result = nota(['check', '--format', 'github', 'kern.nota.md', 'tel.nota.md'], dir);
      assert.equal(result.code, 0, 'no error-level finding: exit 0 as with stylish');
      const commands = result.stdout.trim().split('\n').map(parseWorkflowCommand);
      assert.deepEqual(commands.map((c) => [c.command, c.properties.title]), [['warning', 'section-missing'], ['notice', 'pii-phone']]);
    });

    it('escapes : and , in the file property so that the property list still parses', () => {
      write('a,b:c.nota.md', KERN_MISSING);
      const line = nota(['check', '--format', 'github', 'a,b:c.nota.md'], dir).stdout.trim();
      assert.match(line, /file=a%2Cb%3Ac\.nota\.md,line=/);
      assert.equal(parseWorkflowCommand(line).properties.file, 'a,b:c.nota.md');
    });

    it('escapes %, CR and LF in the message and keeps every command on one line', () => {
      const text = 'x\n';
      const report = {
        file: path.join(dir, 'x.nota.md'),
        kind: 'nota' as const,
        lineIndex: new LineIndex(text),
        findings: [{ ruleId: 'field-value', messageId: 'field-value.bijlagen', severity: 'hint' as const, message: '100% fout\r\nregel twee\nregel %0A drie', span: { start: 0, end: 1 }, fixes: [] }],
      };
      const output = formatGithub([report], dir);
      assert.equal(output, '::notice file=x.nota.md,line=1,col=1,endLine=1,endColumn=2,title=field-value::100%25 fout%0D%0Aregel twee%0Aregel %250A drie');
      assert.equal(parseWorkflowCommand(output).message, report.findings[0].message);
    });

    it('prints nothing for a clean file and exits 0', () => {
      write('goed.nota.md', VALID_NOTA);
      const result = nota(['check', '--format', 'github', 'goed.nota.md'], dir);
      assert.equal(result.code, 0);
      assert.equal(result.stdout.trim(), '');
    });
  });

  describe('--format gitlab', () => {
    const SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];
    const ruleIds = new Set(RULES.map((rule) => rule.id));
    interface Issue {
      description: string;
      check_name: string;
      fingerprint: string;
      severity: string;
      location: { path: string; lines?: { begin: number }; positions?: { begin: { line: number; column: number } } };
    }
    const issuesOf = (files: string[]): { code: number | null; issues: Issue[] } => {
      const result = nota(['check', '--format', 'gitlab', ...files], dir);
      return { code: result.code, issues: JSON.parse(result.stdout) };
    };

    it('gives a Code Quality array with every required field, of the documented type', () => {
      write('kern.nota.md', KERN_MISSING);
      write('map/tel.nota.md', PHONE);
      const { code, issues } = issuesOf(['kern.nota.md', 'map/tel.nota.md']);
      assert.equal(code, 1);
      assert.ok(Array.isArray(issues));
      const expected = jsonDiagnostics(['kern.nota.md', 'map/tel.nota.md']);
      assert.equal(issues.length, expected.length);
      issues.forEach((issue, index) => {
        assert.equal(typeof issue.description, 'string');
        assert.equal(issue.description, expected[index].message);
        assert.ok(ruleIds.has(issue.check_name), issue.check_name);
        assert.match(issue.fingerprint, /^[0-9a-f]{64}$/);
        assert.ok(SEVERITIES.includes(issue.severity), issue.severity);
        assert.equal(issue.location.path, expected[index].file.split(path.sep).join('/'));
        assert.ok(fs.existsSync(path.join(dir, issue.location.path)), 'location.path is relative to the repository root');
        const begin = issue.location.lines?.begin ?? issue.location.positions?.begin.line;
        assert.equal(begin, expected[index].line);
        assert.ok(Number.isInteger(begin) && begin! >= 1);
      });
      assert.equal(new Set(issues.map((issue) => issue.fingerprint)).size, issues.length, 'fingerprints are unique');
    });

    it('maps severities: unredacted personal data critical, other errors major, warnings minor, the rest info', () => {
      write('kern.nota.md', KERN_MISSING);
      write('tel.nota.md', PHONE);
      assert.deepEqual(issuesOf(['kern.nota.md', 'tel.nota.md']).issues.map((i) => [i.check_name, i.severity]), [['section-missing', 'major'], ['pii-phone', 'critical']]);
      write('.notarc.json', JSON.stringify({ rules: { 'section-missing': 'warning', 'pii-phone': 'hint' } }));
      assert.deepEqual(issuesOf(['kern.nota.md', 'tel.nota.md']).issues.map((i) => [i.check_name, i.severity]), [['section-missing', 'minor'], ['pii-phone', 'info']]);
    });

    it('keeps a fingerprint when the finding moves down, and drops only the fingerprint of a finding that was fixed', () => {
      const two = PHONE.replace('### Aanleiding\n\n', '### Aanleiding\n\nOok bereikbaar op 06-87654321.\n\n');
      write('tel.nota.md', two);
      const before = issuesOf(['tel.nota.md']).issues;
      assert.deepEqual(before.map((issue) => issue.check_name), ['pii-phone', 'pii-phone']);

      write('tel.nota.md', two.replace('### Aanleiding\n\n', '### Aanleiding\n\nEen nieuwe alinea.\n\nEn nog een.\n\n'));
      const moved = issuesOf(['tel.nota.md']).issues;
      assert.notDeepEqual(moved.map((issue) => issue.location.positions!.begin.line), before.map((issue) => issue.location.positions!.begin.line), 'the findings moved');
      assert.deepEqual(moved.map((issue) => issue.fingerprint), before.map((issue) => issue.fingerprint));

      write('tel.nota.md', two.replace('06-87654321', '[5.1.2e]'));
      const fixed = issuesOf(['tel.nota.md']).issues;
      assert.deepEqual(fixed.map((issue) => issue.fingerprint), [before[1].fingerprint]);
    });

    it('gives identical findings in one file different fingerprints, and the same finding in two files too', () => {
      const twice = PHONE.replace('### Aanleiding\n\n', '### Aanleiding\n\nBel 06-12345678 voor vragen.\n\n');
      write('a.nota.md', twice);
      write('b.nota.md', twice);
      const { issues } = issuesOf(['a.nota.md', 'b.nota.md']);
      assert.equal(issues.length, 4);
      assert.equal(new Set(issues.map((issue) => issue.fingerprint)).size, 4);
    });

    it('prints an empty array for clean files', () => {
      write('goed.nota.md', VALID_NOTA);
      assert.deepEqual(issuesOf(['goed.nota.md']), { code: 0, issues: [] });
    });
  });

  describe('--format junit', () => {
    it('is well-formed XML with one test suite, one test case per file and one failure per finding', () => {
      write('kern.nota.md', KERN_MISSING);
      write('goed.nota.md', VALID_NOTA);
      write('tel & <co>.nota.md', PHONE.replace('### Aanleiding\n\n', '### Aanleiding\n\nBel "06-87654321".\n\n'));
      const result = nota(['check', '--format', 'junit', '.'], dir);
      assert.equal(result.code, 1);
      const root = parseXml(result.stdout);
      assert.equal(root.name, 'testsuites');
      assert.equal(root.children.length, 1);
      const [suite] = root.children;
      assert.equal(suite.name, 'testsuite');
      const expected = jsonDiagnostics(['.']);
      assert.deepEqual(
        suite.children.map((testcase) => [testcase.name, testcase.attributes.name]),
        [['testcase', 'goed.nota.md'], ['testcase', 'kern.nota.md'], ['testcase', 'tel & <co>.nota.md']],
      );
      const failures = suite.children.flatMap((testcase) => testcase.children.map((failure) => ({ file: testcase.attributes.name, ...failure })));
      assert.deepEqual(
        failures.map((failure) => [failure.name, failure.file, failure.attributes.type, failure.attributes.message]),
        expected.map((d) => ['failure', d.file, d.rule, d.message]),
      );
      assert.equal(suite.attributes.tests, '3');
      assert.equal(suite.attributes.failures, String(expected.length));
      assert.match(failures[0].text, /^kern\.nota\.md:\d+:1 error Required section "Kern" is missing/);
    });

    it('drops characters XML cannot carry and escapes the rest', () => {
      const text = 'x\n';
      const report = {
        file: path.join(dir, 'x.nota.md'),
        kind: 'nota' as const,
        lineIndex: new LineIndex(text),
        findings: [{ ruleId: 'field-value', messageId: 'field-value.bijlagen', severity: 'error' as const, message: 'bel\u0007 <a href="x">&\'b\'</a>\r', span: { start: 0, end: 1 }, fixes: [] }],
      };
      const failure = parseXml(formatJunit([report], dir)).children[0].children[0].children[0];
      assert.equal(failure.attributes.message, 'bel <a href="x">&\'b\'</a>\r');
    });
  });

  describe('--output FILE', () => {
    it('writes the report to the file instead of stdout, making its folder, with the same exit code', () => {
      write('kern.nota.md', KERN_MISSING);
      const result = nota(['check', '--format', 'gitlab', '--output', 'rapport/gl-code-quality.json', 'kern.nota.md'], dir);
      assert.equal(result.code, 1);
      assert.equal(result.stdout, '');
      const written = fs.readFileSync(path.join(dir, 'rapport', 'gl-code-quality.json'), 'utf8');
      assert.equal(written, nota(['check', '--format', 'gitlab', 'kern.nota.md'], dir).stdout);
      assert.deepEqual(fs.readdirSync(path.join(dir, 'rapport')), ['gl-code-quality.json'], 'a temporary file was left behind');
    });

    it('replaces an existing report whole and writes stylish output without terminal colours', () => {
      write('goed.nota.md', VALID_NOTA);
      write('report.txt', 'old report '.repeat(1000));
      const result = spawnSync(process.execPath, [path.join(REPO, 'bin', 'nota.js'), 'check', '--color', '--output=report.txt', 'goed.nota.md'], { cwd: dir, encoding: 'utf8' });
      assert.equal(result.status, 0);
      assert.equal(fs.readFileSync(path.join(dir, 'report.txt'), 'utf8'), '✔ 1 file checked, no problems\n');
    });

    it('exits 2 naming the file when the report cannot be written', () => {
      write('goed.nota.md', VALID_NOTA);
      fs.mkdirSync(path.join(dir, 'report.xml'));
      const result = nota(['check', '--format', 'junit', '--output', 'report.xml', 'goed.nota.md'], dir);
      assert.equal(result.code, 2);
      assert.equal(result.stderr, `nota: cannot write the report to ${path.join(dir, 'report.xml')}: EISDIR\n`);
    });

    it('needs a value', () => {
      const result = nota(['check', 'goed.nota.md', '--output'], dir);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /--output needs a value/);
    });
  });
});
