// Beantwoording rules and fixes, compared on the whole text.
import assert from 'node:assert/strict';
import { applyFix, check, findingsOf, lineOf, readCorpus } from '../support/check';

const KV = `Vragen van het lid Jansen (VVD) over de huisvesting van de rijksdienst.

Vraag 1
Bent u bekend met het bericht?

Antwoord 1
Ja.

Vraag 2
Hoeveel kantoren staan er leeg?

Antwoord 2
Vier. Zie ook het antwoord op vraag 1.

Vraag 3
Wat gaat u doen?

Antwoord 3
Zie het antwoord op vraag 2.
`;
const opts = { fileName: 'x.kv.md' };

describe('beantwoording rules', () => {
  it('the three corpus layouts are modelled: 9, 9 and 6 questions, each with one answer, no findings', () => {
    for (const [seed, count] of [['002', 9], ['003', 9], ['004', 6]] as const) {
      const { doc, findings } = check(readCorpus(seed), { fileName: `${seed}.txt` });
      const parsed = doc.beantwoording!.parsed;
      assert.deepEqual(parsed.questions.map((q) => q.number), Array.from({ length: count }, (_, i) => i + 1), seed);
      assert.ok(parsed.questions.every((q) => q.answer !== undefined), `${seed}: every question answered`);
      assert.deepEqual(findings.filter((f) => f.severity === 'error' || f.severity === 'warning'), [], seed);
    }
  });

  it('vraag-numbering renumbers questions, their answers and the references to them', () => {
    const text = KV.replace('Vraag 2\n', 'Vraag 3\n').replace('Antwoord 2\n', 'Antwoord 3\n').replace('Vraag 3\nWat', 'Vraag 4\nWat').replace('Antwoord 3\nZie het antwoord op vraag 2', 'Antwoord 4\nZie het antwoord op vraag 3');
    const findings = findingsOf(text, 'vraag-numbering', opts);
    assert.ok(findings.length >= 1);
    assert.equal(lineOf(text, findings[0]), 9);
    assert.equal(applyFix(text, findings[0]), KV);
  });

  it('antwoord-missing inserts a stub in the document\'s label style', () => {
    const text = KV.replace('Antwoord 2\nVier. Zie ook het antwoord op vraag 1.\n\n', '');
    const [finding] = findingsOf(text, 'antwoord-missing', opts);
    assert.equal(finding.message, 'Question 2 has no answer.');
    assert.equal(finding.fixes[0].title, 'Insert "Antwoord 2" after question 2');
    assert.equal(applyFix(text, finding), KV.replace('Antwoord 2\nVier. Zie ook het antwoord op vraag 1.\n', 'Antwoord 2\n[Antwoord]\n'));
  });

  it('antwoord-mismatch changes the answer number to its question\'s', () => {
    const text = KV.replace('Antwoord 2\n', 'Antwoord 5\n');
    const [finding] = findingsOf(text, 'antwoord-mismatch', opts);
    assert.equal(finding.message, 'Answer 5 follows question 2: the numbers differ.');
    assert.equal(applyFix(text, finding), KV);
  });

  it('antwoord-crossref reports a reference to a missing question and to itself', () => {
    const text = KV.replace('Zie ook het antwoord op vraag 1.', 'Zie ook het antwoord op vraag 7.').replace('Zie het antwoord op vraag 2.', 'Zie het antwoord op vraag 3.');
    assert.deepEqual(findingsOf(text, 'antwoord-crossref', opts).map((f) => f.message), ['Reference to question 7, which does not exist.', 'Question 3 refers to itself.']);
  });

  it('footnote-missing reports a marker without footnote', () => {
    const text = KV.replace('Bent u bekend met het bericht?', 'Bent u bekend met het bericht? 1)');
    assert.deepEqual(findingsOf(text, 'footnote-missing', opts).map((f) => f.message), ['Footnote marker 1) has no footnote.']);
  });

  it('a .kv.md file is a beantwoording; nota rules do not run on it, date rules do', () => {
    const { doc, findings } = check(KV.replace('bericht?', 'bericht van 31 november 2023?'), opts);
    assert.equal(doc.kind, 'beantwoording');
    assert.deepEqual(findings.map((f) => f.ruleId), ['date-invalid']);
  });

  it('<!-- nota-type: beantwoording --> overrides the file name', () => {
    assert.equal(check(`<!-- nota-type: beantwoording -->\n${KV}`, { fileName: 'x.nota.md' }).doc.kind, 'beantwoording');
    assert.equal(check(`<!-- nota-type: nota -->\n${KV}`, opts).doc.kind, 'nota');
  });
});
