// Real-layout fixtures (issue 18): documents written for the project in the layouts that ministries and
// the Kamer publish (SOURCES.md says where each layout was learned). For every fixture the real checker
// must find the kind, the questions and answers (numbers and the line of their label), the page
// furniture and the footnotes that NAME.expected.json lists, give no error or warning beyond the
// expected findings, never take a public person for personal data, and, in NAME.broken.*, where one
// number was changed, give exactly the brokenFinding at its line and nothing else new.
// Not part of `npm test` yet (many layouts are not read today): run it with `npm run test:layouts`.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveConfig } from '../../server/src/core/config';
import { type CheckResult, checkText } from '../../server/src/core/engine';
import type { Finding } from '../../server/src/core/types';

const DIR = __dirname;
// Fixed, after every date in the fixtures, so date-future never fires.
const NOW = new Date('2025-12-01T12:00:00Z');

interface ExpectedItem {
  label: string | null;
  line: number;
}
interface ExpectedQuestion extends ExpectedItem {
  number: number;
}
interface ExpectedAnswer extends ExpectedItem {
  numbers: number[];
}
interface ExpectedFinding {
  rule: string;
  line: number;
}
interface ExpectedFootnote {
  number: number;
  markerLine: number;
  noteLine: number;
}
interface Expected {
  kind: 'beantwoording' | 'nota' | 'questions-only' | 'kamerbrief';
  questions: ExpectedQuestion[];
  answers: ExpectedAnswer[];
  furniture: number[];
  findings: ExpectedFinding[];
  /** Absent only where the document has no number to change (a Kamerbrief): see README.md. */
  brokenFinding?: ExpectedFinding;
  footnotes?: ExpectedFootnote[];
  /** Public persons as the fixture writes them: none of their occurrences may be personal data. */
  publicPersons?: string[];
}

interface Fixture {
  name: string;
  file: string;
  broken?: string;
  expected: Expected;
}

function fixtures(): Fixture[] {
  return fs
    .readdirSync(DIR)
    .filter((name) => /\.(md|txt)$/.test(name) && !name.includes('.broken.') && fs.existsSync(path.join(DIR, expectedName(name))))
    .sort()
    .map((name) => {
      const broken = name.replace(/\.(md|txt)$/, '.broken.$1');
      return {
        name,
        file: path.join(DIR, name),
        broken: fs.existsSync(path.join(DIR, broken)) ? path.join(DIR, broken) : undefined,
        expected: JSON.parse(fs.readFileSync(path.join(DIR, expectedName(name)), 'utf8')) as Expected,
      };
    });
}

function expectedName(name: string): string {
  return name.replace(/\.(md|txt)$/, '.expected.json');
}

function check(file: string): CheckResult & { text: string } {
  const text = fs.readFileSync(file, 'utf8');
  return { text, ...checkText(text, { config: resolveConfig([]), locale: 'en', fileName: file, now: NOW }) };
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n|\r|\n/).length;
}

function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** A label as compared: without bullet, heading, emphasis or table markup and without a closing `:`/`.`/`)`. */
function normaliseLabel(label: string | null | undefined): string | null {
  if (label === null || label === undefined) return null;
  const bare = label
    .replace(/[*_]/g, '')
    .replace(/^[\s•·\-+–#>|]+/, '')
    .replace(/[\s:.)|]+$/, '')
    .replace(/\s+/g, ' ');
  return bare === '' ? null : bare;
}

interface ReadQuestion {
  number: number;
  label: string | null;
  line: number;
}
interface ReadAnswer {
  numbers: number[];
  label: string | null;
  line: number;
}

/** The kind as the fixtures name it: Kamervragen as submitted are a beantwoording with `questionsOnly`, a Kamerbrief is kind `brief`. */
function kindAsRead(doc: CheckResult['doc']): string {
  if (doc.kind === 'beantwoording' && doc.beantwoording?.parsed.questionsOnly) return 'questions-only';
  if (doc.kind === 'brief') return 'kamerbrief';
  return doc.kind;
}

function readQuestions({ doc, text }: CheckResult & { text: string }): ReadQuestion[] {
  const read: ReadQuestion[] = [];
  for (const question of doc.beantwoording?.parsed.questions ?? []) {
    // A combined question label ("Vraag 2 en 3") may come as one question with several numbers.
    const numbers = (question as { numbers?: number[] }).numbers ?? [question.number];
    const label = normaliseLabel(text.slice(question.labelSpan.start, question.labelSpan.end));
    const line = lineAt(text, label === null ? question.bodySpan.start : question.labelSpan.start);
    for (const number of numbers) read.push({ number, label, line });
  }
  return read;
}

function readAnswers({ doc, text }: CheckResult & { text: string }): ReadAnswer[] {
  const parsed = doc.beantwoording?.parsed;
  return (parsed?.answers ?? []).map((answer) => {
    const label = answer.labelSpan ? normaliseLabel(text.slice(answer.labelSpan.start, answer.labelSpan.end)) : null;
    // An unlabelled answer answers the questions it is paired with.
    const numbers = answer.numbers.length > 0 ? answer.numbers : answer.pairedWith.map((index) => parsed!.questions[index].number);
    return { numbers, label, line: lineAt(text, answer.labelSpan && label !== null ? answer.labelSpan.start : answer.bodySpan.start) };
  });
}

/** Lines the model keeps out of the text as page furniture (running headers/footers, page numbers, ids). */
function furnitureLines({ doc, text }: CheckResult & { text: string }): Set<number> {
  const found = new Set<number>([...doc.residueLines].map((index) => index + 1));
  for (const span of doc.beantwoording?.parsed.pageFurniture ?? []) {
    for (let line = lineAt(text, span.start); line <= lineAt(text, Math.max(span.start, span.end - 1)); line++) found.add(line);
  }
  return found;
}

/** Errors and warnings as `rule@line` (hints and information are not judged here). */
function judged(findings: Finding[], text: string): string[] {
  return findings
    .filter((finding) => finding.severity === 'error' || finding.severity === 'warning')
    .map((finding) => `${finding.ruleId}@${lineAt(text, finding.span.start)}`)
    .sort();
}

function asKeys(findings: ExpectedFinding[]): string[] {
  return findings.map((finding) => `${finding.rule}@${finding.line}`).sort();
}

function occurrences(text: string, needle: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) spans.push({ start: at, end: at + needle.length });
  return spans;
}

describe('real-layout fixtures (issue 18)', () => {
  const all = fixtures();

  it('there are 20 to 40 fixtures, each with SOURCES.md naming it', () => {
    assert.ok(all.length >= 20 && all.length <= 40, `${all.length} fixtures`);
    const sources = fs.readFileSync(path.join(DIR, 'SOURCES.md'), 'utf8');
    assert.deepEqual(all.filter((fixture) => !sources.includes(`\`${fixture.name}\``)).map((fixture) => fixture.name), []);
  });

  for (const fixture of all) {
    const { expected } = fixture;
    describe(fixture.name, () => {
      const result = () => check(fixture.file);

      it('expected.json matches the fixture text (labels on their lines, broken variant differs in one number)', () => {
        const text = lines(fs.readFileSync(fixture.file, 'utf8'));
        for (const item of [...expected.questions, ...expected.answers]) {
          assert.ok(item.line >= 1 && item.line <= text.length, `line ${item.line} out of range`);
          if (item.label !== null) assert.ok(text[item.line - 1].includes(item.label), `"${item.label}" not on line ${item.line}: ${text[item.line - 1].slice(0, 120)}`);
        }
        if (!fixture.broken) {
          assert.equal(expected.brokenFinding, undefined, 'a brokenFinding without a broken variant');
          assert.equal(expected.kind, 'kamerbrief', 'only a Kamerbrief goes without a broken variant');
          return;
        }
        assert.ok(expected.brokenFinding, 'a broken variant without a brokenFinding');
        const broken = lines(fs.readFileSync(fixture.broken, 'utf8'));
        assert.equal(broken.length, text.length);
        const changed = text.map((line, index) => (line === broken[index] ? 0 : index + 1)).filter((line) => line > 0);
        assert.deepEqual(changed, [expected.brokenFinding.line]);
        const [before, after] = [text[changed[0] - 1], broken[changed[0] - 1]];
        assert.equal(before.replace(/\d+/g, '#'), after.replace(/\d+/g, '#'), 'only a number may change');
      });

      it(`is read as ${expected.kind}`, () => {
        assert.equal(kindAsRead(result().doc), expected.kind);
      });

      it(`questions: ${expected.questions.length}, numbers and label lines`, () => {
        const want = expected.questions.map((q) => ({ number: q.number, label: normaliseLabel(q.label), line: q.line }));
        assert.deepEqual(readQuestions(result()), want);
      });

      it(`answers: ${expected.answers.length}, numbers and label lines`, () => {
        const want = expected.answers.map((a) => ({ numbers: a.numbers, label: normaliseLabel(a.label), line: a.line }));
        assert.deepEqual(readAnswers(result()), want);
      });

      if (expected.furniture.length > 0) {
        it(`page furniture on lines ${expected.furniture.join(', ')} is recognised`, () => {
          const found = furnitureLines(result());
          assert.deepEqual(expected.furniture.filter((line) => !found.has(line)), [], 'furniture lines not recognised');
        });
      }

      if (expected.footnotes?.length) {
        it(`footnotes ${expected.footnotes.map((f) => f.number).join(', ')}: markers and notes read`, () => {
          const r = result();
          const parsed = r.doc.beantwoording?.parsed;
          const markers = (parsed?.footnoteMarkers ?? []).map((m) => ({ number: m.number, line: lineAt(r.text, m.span.start) }));
          assert.deepEqual(markers, expected.footnotes!.map((f) => ({ number: f.number, line: f.markerLine })), 'markers');
          // The note's span may start at an `X Noot` line above its number: it must cover the number's line.
          const notes = (parsed?.footnotes ?? []).map((f) => {
            const wanted = expected.footnotes!.find((e) => e.number === f.number)?.noteLine ?? 0;
            const covers = lineAt(r.text, f.span.start) <= wanted && wanted <= lineAt(r.text, Math.max(f.span.start, f.span.end - 1));
            return { number: f.number, line: covers ? wanted : lineAt(r.text, f.span.start) };
          });
          assert.deepEqual(notes, expected.footnotes!.map((f) => ({ number: f.number, line: f.noteLine })), 'notes');
        });
      }

      it(`errors and warnings: ${expected.findings.length === 0 ? 'none' : asKeys(expected.findings).join(', ')}`, () => {
        const r = result();
        assert.deepEqual(judged(r.findings, r.text), asKeys(expected.findings));
        if (expected.kind === 'questions-only') {
          assert.ok(r.findings.filter((f) => f.ruleId === 'antwoord-missing').length <= 1, 'at most one note that the answers are still to be written');
        }
      });

      if (expected.publicPersons?.length) {
        it(`public persons are not personal data: ${expected.publicPersons.join('; ')}`, () => {
          const r = result();
          const flagged = expected.publicPersons!.flatMap((person) => {
            const spans = occurrences(r.text, person);
            assert.ok(spans.length > 0, `"${person}" does not occur in the fixture`);
            return r.doc.personalData
              .filter((candidate) => spans.some((span) => candidate.span.start < span.end && span.start < candidate.span.end))
              .map((candidate) => `${candidate.type}: ${candidate.text} (line ${lineAt(r.text, candidate.span.start)})`);
          });
          assert.deepEqual(flagged, []);
          assert.deepEqual(r.findings.filter((f) => f.ruleId.startsWith('pii-')).map((f) => `${f.ruleId}: ${f.message}`), []);
        });
      }

      if (fixture.broken && expected.brokenFinding) {
        it(`broken variant: ${expected.brokenFinding.rule} at line ${expected.brokenFinding.line}, nothing else new`, () => {
          const r = check(fixture.broken!);
          assert.deepEqual(judged(r.findings, r.text), asKeys([...expected.findings, expected.brokenFinding!]));
        });
      }
    });
  }
});
