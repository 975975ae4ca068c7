// Output formats for CI systems (spec §11): GitHub workflow commands, GitLab Code Quality, JUnit XML.
import { createHash } from 'node:crypto';
import { type FileReport, location, reportPath } from './format';
import type { Finding, Severity } from '../../server/src/core/types';

// ---------------------------------------------------------------- GitHub Actions workflow commands

const GITHUB_COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** GitHub's escaping of a command's message: %, CR and LF. */
function escapeGithubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value also escapes the separators of the property list, `:` and `,`. */
function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::error file=…,line=…::message` line per finding; annotations on the pull request. */
export function formatGithub(reports: FileReport[], cwd: string): string {
  const lines: string[] = [];
  for (const report of reports) {
    const file = reportPath(report, cwd);
    for (const finding of report.findings) {
      const at = location(report.lineIndex, finding.span);
      const properties = [
        ['file', file],
        ['line', String(at.line)],
        ['col', String(at.column)],
        ['endLine', String(at.endLine)],
        ['endColumn', String(at.endColumn)],
        ['title', finding.ruleId],
      ]
        .map(([key, value]) => `${key}=${escapeGithubProperty(value)}`)
        .join(',');
      lines.push(`::${GITHUB_COMMAND[finding.severity]} ${properties}::${escapeGithubData(finding.message)}`);
    }
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- GitLab Code Quality

type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/**
 * Unredacted personal data is the one finding that must not reach a publication: critical. Other errors
 * make the nota wrong (major), warnings are minor, information and hints are info. Blocker stays unused.
 */
function codeQualitySeverity(finding: Finding): CodeQualitySeverity {
  if (finding.severity === 'error') return finding.ruleId.startsWith('pii-') ? 'critical' : 'major';
  if (finding.severity === 'warning') return 'minor';
  return 'info';
}

/** What a finding is about, independent of where it is: its own text, or its line's text when it is empty. */
function findingSubject(report: FileReport, finding: Finding): string {
  const { text } = report.lineIndex;
  let subject = text.slice(finding.span.start, finding.span.end);
  if (subject.trim() === '') {
    const line = report.lineIndex.positionAt(finding.span.start).line;
    subject = text.slice(report.lineIndex.lineStarts[line], report.lineIndex.lineEnd(line));
  }
  return subject.replace(/\s+/g, ' ').trim();
}

/**
 * A fingerprint that survives edits elsewhere in the file: the file path, the rule, the finding's own text
 * (whitespace collapsed) and how many identical findings come before it in the file. No line numbers, so a
 * finding that moves down keeps its fingerprint, and GitLab shows it neither as fixed nor as new.
 */
function fingerprints(report: FileReport, file: string): string[] {
  const seen = new Map<string, number>();
  return report.findings.map((finding) => {
    const key = `${file}\0${finding.ruleId}\0${findingSubject(report, finding)}`;
    const ordinal = seen.get(key) ?? 0;
    seen.set(key, ordinal + 1);
    return createHash('sha256').update(`${key}\0${ordinal}`).digest('hex');
  });
}

/** GitLab Code Quality report: a JSON array of issues, shown in the merge request widget. */
export function formatGitlab(reports: FileReport[], cwd: string): string {
  const issues = reports.flatMap((report) => {
    const file = reportPath(report, cwd);
    const prints = fingerprints(report, file);
    return report.findings.map((finding, index) => {
      const at = location(report.lineIndex, finding.span);
      return {
        type: 'issue',
        description: finding.message,
        check_name: finding.ruleId,
        fingerprint: prints[index],
        severity: codeQualitySeverity(finding),
        categories: [finding.ruleId.startsWith('pii-') ? 'Security' : 'Style'],
        location: {
          path: file,
          positions: { begin: { line: at.line, column: at.column }, end: { line: at.endLine, column: at.endColumn } },
        },
      };
    });
  });
  return JSON.stringify(issues, null, 2);
}

// ---------------------------------------------------------------- JUnit XML

// Characters XML 1.0 cannot carry at all, not even escaped: they are dropped.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** One test suite, one test case per file, one failure per finding (CI test-report widgets read this). */
export function formatJunit(reports: FileReport[], cwd: string): string {
  const failures = reports.reduce((sum, report) => sum + report.findings.length, 0);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="nota" tests="${reports.length}" failures="${failures}" errors="0">`];
  out.push(`  <testsuite name="nota" tests="${reports.length}" failures="${failures}" errors="0" skipped="0">`);
  for (const report of reports) {
    const file = escapeXml(reportPath(report, cwd));
    if (report.findings.length === 0) {
      out.push(`    <testcase name="${file}" classname="nota.${report.kind}" file="${file}"/>`);
      continue;
    }
    out.push(`    <testcase name="${file}" classname="nota.${report.kind}" file="${file}">`);
    for (const finding of report.findings) {
      const at = location(report.lineIndex, finding.span);
      const where = `${reportPath(report, cwd)}:${at.line}:${at.column}`;
      out.push(
        `      <failure message="${escapeXml(finding.message)}" type="${escapeXml(finding.ruleId)}">${escapeXml(`${where} ${finding.severity} ${finding.message} (${finding.ruleId})`)}</failure>`,
      );
    }
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return out.join('\n');
}
