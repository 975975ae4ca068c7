import { strict as assert } from 'node:assert';
import {
  answerLabelFor,
  joinHyphenation,
  looksLikeBeantwoording as looksLikeSource,
  matchLabel,
  parseBeantwoording as parseSource,
  type Beantwoording,
} from '../../server/src/core/beantwoording';
import { resolveConfig } from '../../server/src/core/config';
import { checkText } from '../../server/src/core/engine';
import type { NotaDocument } from '../../server/src/core/model/types';
import { antwoordCrossref } from '../../server/src/core/rules/antwoord-crossref';
import { antwoordMismatch } from '../../server/src/core/rules/antwoord-mismatch';
import { antwoordMissing } from '../../server/src/core/rules/antwoord-missing';
import { footnoteMissing } from '../../server/src/core/rules/footnote-missing';
import type { Report } from '../../server/src/core/rules/rule';
import { vraagNumbering } from '../../server/src/core/rules/vraag-numbering';
import { readSource } from '../../server/src/core/source/document';
import type { Span } from '../../server/src/core/types';

const parseBeantwoording = (text: string) => parseSource(readSource(text));
const looksLikeBeantwoording = (text: string) => looksLikeSource(readSource(text));

/** The structure problems as the five beantwoording rules report them, with the kind each message stands for. */
const KIND_OF_MESSAGE: Record<string, string> = {
  'vraag-numbering.gap': 'numbering-gap',
  'vraag-numbering.duplicate': 'numbering-duplicate',
  'vraag-numbering.order': 'numbering-order',
  'antwoord-missing': 'answer-missing',
  'antwoord-missing.empty': 'answer-empty',
  'antwoord-mismatch': 'answer-mismatch',
  'antwoord-mismatch.before': 'answer-before-question',
  'antwoord-mismatch.duplicate': 'answer-duplicate',
  'antwoord-crossref.missing': 'crossref-missing',
  'antwoord-crossref.self': 'crossref-self',
  'footnote-missing.marker': 'footnote-marker-unmatched',
  'footnote-missing.footnote': 'footnote-unreferenced',
};
interface Issue {
  kind: string;
  span: Span;
  number?: number;
  expected?: number;
  /** answer-missing: where the fix inserts the `Antwoord N` stub. */
  insertAt?: number;
}
function checkStructure(b: Beantwoording): Issue[] {
  const reports: Report[] = [];
  const doc = { beantwoording: { parsed: b }, eol: '\n', text: b.joined.original } as unknown as NotaDocument;
  for (const rule of [vraagNumbering, antwoordMissing, antwoordMismatch, antwoordCrossref, footnoteMissing]) {
    rule.check({ doc, config: resolveConfig([]), options: {}, locale: 'en', now: new Date(), prose: () => ({ units: [] }), report: (r) => reports.push(r) });
  }
  // the note that no questions were recognised is about the document, not a problem of the structure
  const structural = reports.filter((r) => r.message !== 'vraag-numbering.none');
  const numberOf = (value: unknown) => (typeof value === 'number' ? value : undefined);
  return structural
    .map((r, i) => [r, i] as const)
    .sort((a, b) => a[0].span.start - b[0].span.start || a[1] - b[1])
    .map(([r]) => {
      const issue: Issue = { kind: KIND_OF_MESSAGE[r.message], span: r.span };
      const number = numberOf(r.args?.number);
      const expected = numberOf(r.args?.expected);
      if (number !== undefined) issue.number = number;
      if (expected !== undefined) issue.expected = expected;
      if (issue.kind === 'answer-missing') issue.insertAt = r.fixes?.[0]?.edits[0].span.start;
      return issue;
    });
}
import { readCorpus } from '../support/check';

const at = (text: string, s: Span | undefined): string => (s ? text.slice(s.start, s.end) : '<none>');
const norm = (s: string): string => s.replace(/\s+/g, ' ');
const kinds = (b: Beantwoording): string[] => checkStructure(b).map((i) => i.kind);

describe('beantwoording: corpus', () => {
  it('002 (bulleted, unlabeled answers): 9 questions, 9 answers', () => {
    const t = readCorpus('002');
    const b = parseBeantwoording(t);
    assert.equal(b.layout, 'bulleted');
    assert.deepEqual(
      b.questions.map((q) => q.number),
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
    );
    assert.equal(b.answers.length, 9);
    b.questions.forEach((q, i) => {
      assert.equal(at(t, q.labelSpan), `• Vraag ${i + 1}`);
      assert.equal(at(t, q.numberSpan), String(i + 1));
      assert.equal(q.answer, b.answers[i]);
      assert.equal(b.answers[i].number, null);
      assert.equal(b.answers[i].labelSpan, undefined);
      assert.equal(b.answers[i].questionIndex, i);
      assert.deepEqual(b.answers[i].pairedWith, [i]);
      assert.ok(at(t, q.bodySpan).endsWith('?'), `question ${i + 1} body ends with ?`);
    });
    assert.ok(at(t, b.questions[0].bodySpan).startsWith('Zijn er op uw ministerie'));
    assert.equal(at(t, b.questions[0].span), t.slice(b.questions[0].labelSpan.start, b.questions[0].bodySpan.end));
    assert.equal(at(t, b.answers[0].bodySpan), 'Nee.');
    assert.equal(at(t, b.answers[8].bodySpan), 'Ja.');
    assert.equal(at(t, b.answers[8].span), 'Ja.');
    // answer 8 has four lines
    const a8 = at(t, b.answers[7].bodySpan);
    assert.ok(a8.startsWith('Nee. Het is belangrijk'));
    assert.ok(a8.endsWith('de neutraliteit te behouden.'));
    assert.ok(a8.includes('dilemma’s- bij'));
    assert.ok(at(t, b.preamble).startsWith('Kamervraag 2024Z01294'));
    assert.ok(at(t, b.preamble).endsWith('ah-tk-20232024-1065.html'));
    assert.ok(at(t, b.trailer).startsWith('Kamervraag document nummer: kv-tk-2024Z01294'));
    assert.ok(!at(t, b.answers[8].span).includes('Kamervraag'));
    assert.deepEqual(
      b.crossRefs.map((r) => [norm(at(t, r.span)), r.target, at(t, r.targetSpan), r.fromQuestion, r.in, r.index]),
      [
        ['antwoord op vraag 3', 3, '3', 5, 'answer', 4],
        ['antwoord op vraag 8', 8, '8', 5, 'answer', 4],
        ['antwoord op vraag 2', 2, '2', 7, 'answer', 6],
      ],
    );
    assert.deepEqual(b.footnoteMarkers, []);
    assert.deepEqual(b.footnotes, []);
    assert.deepEqual(checkStructure(b), []);
  });

  it('003 (Vraag N / Antwoord N, hyphenated PDF text): 9 questions, 9 answers', () => {
    const t = readCorpus('003');
    const b = parseBeantwoording(t);
    assert.equal(b.layout, 'labelled');
    assert.deepEqual(
      b.questions.map((q) => q.number),
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
    );
    assert.deepEqual(
      b.answers.map((a) => a.number),
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
    );
    b.questions.forEach((q, i) => {
      assert.equal(q.answer, b.answers[i]);
      assert.equal(at(t, b.answers[i].labelSpan), `Antwoord ${i + 1}`);
      assert.equal(at(t, b.answers[i].numberSpan), String(i + 1));
      assert.equal(b.answers[i].labelStyle, 'antwoord');
      assert.equal(b.answers[i].questionIndex, i);
    });
    const q1 = b.questions[0];
    assert.ok(at(t, q1.bodySpan).includes('aanlei-\nding'));
    assert.ok(at(t, q1.bodySpan).endsWith('verkiezingsuitslag?'));
    const joinedQ1 = b.joined.text.slice(b.joined.toJoined(q1.bodySpan.start), b.joined.toJoined(q1.bodySpan.end));
    assert.ok(joinedQ1.includes('naar aanleiding van de verkiezingsuitslag?'));
    // a word found in the joined text maps back to the original
    const w = b.joined.text.indexOf('aanleiding van de verkiezingsuitslag?');
    const back = b.joined.spanToOriginal({ start: w, end: w + 'aanleiding'.length });
    assert.equal(at(t, back), 'aanlei-\nding');
    assert.ok(at(t, b.preamble).startsWith('Vragen van het lid Eerdmans (JA21)'));
    assert.ok(at(t, b.preamble).endsWith('nr. 1068.'));
    assert.equal(at(t, b.trailer), 'Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 3');
    assert.equal(at(t, b.answers[8].bodySpan), 'Ja.');
    assert.equal(at(t, b.answers[8].span), 'Antwoord 9\nJa.');
    assert.deepEqual(b.pageFurniture.map((s) => at(t, s)), ['Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 3']);
    assert.deepEqual(
      b.crossRefs.map((r) => [norm(at(t, r.span)), r.target, r.fromQuestion, r.in, r.index]),
      [
        ['antwoord op vraag 8', 8, 5, 'answer', 4],
        ['antwoord op vraag 2', 2, 6, 'answer', 5],
        ['antwoord op vraag 2', 2, 7, 'answer', 6],
      ],
    );
    // "antwoord op vraag 2." at the start of a wrapped line (answer 6) is text, not a label
    assert.ok(at(t, b.answers[5].bodySpan).endsWith('antwoord op vraag 2.'));
    assert.deepEqual(checkStructure(b), []);
  });

  it('004 (Antwoord vraag N, a footnote): 6 questions, 6 answers', () => {
    const t = readCorpus('004');
    const b = parseBeantwoording(t);
    assert.equal(b.layout, 'labelled-vraag');
    assert.deepEqual(
      b.questions.map((q) => q.number),
      [1, 2, 3, 4, 5, 6],
    );
    assert.deepEqual(
      b.answers.map((a) => a.number),
      [1, 2, 3, 4, 5, 6],
    );
    b.questions.forEach((q, i) => assert.equal(q.answer, b.answers[i]));
    // trailing space after "Antwoord vraag 3 " is not part of the label
    assert.equal(at(t, b.answers[2].labelSpan), 'Antwoord vraag 3');
    assert.equal(b.answers[2].labelStyle, 'antwoord-vraag');
    assert.ok(at(t, b.answers[2].bodySpan).startsWith('Het kabinet staat voor artikel 1'));
    assert.ok(at(t, b.answers[2].bodySpan).endsWith('perspectieven in de samenleving te kunnen betrekken.'));
    assert.ok(at(t, b.preamble).startsWith('Antwoord van minister Bruins'));
    // footnote 1 and its marker in question 1
    assert.equal(b.footnotes.length, 1);
    const fn = b.footnotes[0];
    assert.equal(fn.number, 1);
    assert.ok(fn.text.startsWith('Science Guide, 29 januari 2025'));
    assert.ok(fn.text.endsWith('wilders-trump-en-musk/.'));
    assert.ok(at(t, fn.span).startsWith('1) Science Guide'));
    assert.equal(b.footnoteMarkers.length, 1);
    const mk = b.footnoteMarkers[0];
    assert.equal(mk.number, 1);
    assert.equal(at(t, mk.span), '1)');
    const q1 = b.questions[0].bodySpan;
    assert.ok(mk.span.start >= q1.start && mk.span.end <= q1.end);
    assert.ok(at(t, b.questions[0].bodySpan).endsWith("Musk'? 1)"));
    // the footnote is not part of answer 6
    assert.ok(at(t, b.answers[5].bodySpan).endsWith('professionele houding.'));
    assert.ok(b.answers[5].span.end < fn.span.start);
    assert.equal(at(t, b.trailer), at(t, fn.span));
    // "artikel 1 van de Grondwet" is not a marker; cross-reference in answer 6
    assert.deepEqual(
      b.crossRefs.map((r) => [at(t, r.span), r.target, r.fromQuestion, r.in, r.index]),
      [['antwoord op vraag 3', 3, 6, 'answer', 5]],
    );
    assert.deepEqual(checkStructure(b), []);
  });

  it('kind detection: 002–004 are beantwoordingen, the notas 000 and 001 are not', () => {
    assert.equal(looksLikeBeantwoording(readCorpus('000')), false);
    assert.equal(looksLikeBeantwoording(readCorpus('001')), false);
    assert.equal(looksLikeBeantwoording(readCorpus('002')), true);
    assert.equal(looksLikeBeantwoording(readCorpus('003')), true);
    assert.equal(looksLikeBeantwoording(readCorpus('004')), true);
  });

  it('the notas 000 and 001 parse to an empty structure', () => {
    for (const p of ['000', '001']) {
      const b = parseBeantwoording(readCorpus(p));
      assert.equal(b.layout, 'none');
      assert.equal(b.questions.length, 0);
      assert.equal(b.crossRefs.length, 0);
      assert.deepEqual(checkStructure(b), []);
    }
  });
});

describe('beantwoording: hyphenation', () => {
  it('joins line-end hyphenation and maps offsets back', () => {
    const t = 'naar aanlei-\nding van de verkie-  \n  zingsuitslag.';
    const j = joinHyphenation(t);
    assert.equal(j.text, 'naar aanleiding van de verkiezingsuitslag.');
    assert.deepEqual(
      j.removed.map((r) => t.slice(r.start, r.end)),
      ['-\n', '-  \n  '],
    );
    const w = j.text.indexOf('verkiezingsuitslag');
    assert.equal(at(t, j.spanToOriginal({ start: w, end: w + 'verkiezingsuitslag'.length })), 'verkie-  \n  zingsuitslag');
    // a span ending at the seam does not take the hyphen
    const a = j.text.indexOf('aanlei');
    assert.equal(at(t, j.spanToOriginal({ start: a, end: a + 6 })), 'aanlei');
    assert.equal(j.toOriginal(a + 6), t.indexOf('ding'));
    assert.equal(j.toOriginal(a + 6, 'end'), t.indexOf('-'));
    assert.equal(j.toJoined(t.indexOf('\n')), a + 6);
    assert.equal(j.toJoined(t.length), j.text.length);
    // every joined character comes from the same character in the original
    for (let i = 0; i < j.text.length; i++) assert.equal(t[j.toOriginal(i)], j.text[i]);
  });

  it('keeps real hyphens', () => {
    const keep = [
      'op DG-\nen directieniveau', // upper case before the hyphen
      'vragen en dilemma’s-\nbij collega’s', // ’s elision
      'diversiteits-\nen inclusiebeleid', // elision before "en"
      'publieke-\nof private partijen', // elision before "of"
      'in Noord-\nHolland', // upper case after
      'in 2023-\n2024', // digits
      'een lijst-\n- met streepjes',
      'zie secretaris-generaal; de secretaris-\ngeneraal', // compound seen elsewhere
    ];
    for (const t of keep) assert.equal(joinHyphenation(t).text, t, t);
    assert.equal(joinHyphenation('dilemma’s- bij').text, 'dilemma’s- bij');
    assert.equal(joinHyphenation('Min-\nisterie').text, 'Ministerie');
  });

  it('joins soft hyphens and CRLF line ends', () => {
    assert.equal(joinHyphenation('Bui\u00ad\nTEN').text, 'BuiTEN');
    const t = 'naar aanlei-\r\nding\r\nvan';
    const j = joinHyphenation(t);
    assert.equal(j.text, 'naar aanleiding\r\nvan');
    for (let i = 0; i < j.text.length; i++) assert.equal(t[j.toOriginal(i)], j.text[i]);
  });

  it('identity map without joins', () => {
    const j = joinHyphenation('geen afbreking\nhier');
    assert.equal(j.text, 'geen afbreking\nhier');
    assert.equal(j.toOriginal(5), 5);
    assert.equal(j.toJoined(5), 5);
  });
});

describe('beantwoording: labels', () => {
  const cases: [string, 'question' | 'answer', number[], string][] = [
    ['Vraag 1', 'question', [1], 'Vraag 1'],
    ['Vraag 1:', 'question', [1], 'Vraag 1:'],
    ['Vraag 12   ', 'question', [12], 'Vraag 12'],
    ['**Vraag 1**', 'question', [1], '**Vraag 1**'],
    ['**Vraag 1:**', 'question', [1], '**Vraag 1:**'],
    ['**Vraag 1**:', 'question', [1], '**Vraag 1**:'],
    ['### Vraag 1', 'question', [1], '### Vraag 1'],
    ['### **Vraag 1**', 'question', [1], '### **Vraag 1**'],
    [' • Vraag 1', 'question', [1], '• Vraag 1'],
    ['- Vraag 1', 'question', [1], '- Vraag 1'],
    ['* Vraag 1', 'question', [1], '* Vraag 1'],
    ['VRAAG 3', 'question', [3], 'VRAAG 3'],
    ['Vraag\u00a04', 'question', [4], 'Vraag\u00a04'],
    ['Antwoord 1', 'answer', [1], 'Antwoord 1'],
    ['Antwoord vraag 1 ', 'answer', [1], 'Antwoord vraag 1'],
    ['Antwoord op vraag 1', 'answer', [1], 'Antwoord op vraag 1'],
    ['Antwoord op de vragen 2 en 3', 'answer', [2, 3], 'Antwoord op de vragen 2 en 3'],
    ['Antwoord op vragen 2, 3 en 4', 'answer', [2, 3, 4], 'Antwoord op vragen 2, 3 en 4'],
    ['Antwoord 2 t/m 4', 'answer', [2, 3, 4], 'Antwoord 2 t/m 4'],
    ['**Antwoord vraag 5**', 'answer', [5], '**Antwoord vraag 5**'],
    ['Vraag 2 en 3', 'question', [2, 3], 'Vraag 2 en 3'],
    ['Vragen 4, 5 en 6', 'question', [4, 5, 6], 'Vragen 4, 5 en 6'],
    ['**Vragen 2 t/m 4**', 'question', [2, 3, 4], '**Vragen 2 t/m 4**'],
    ['\fVraag 5', 'question', [5], 'Vraag 5'],
    ['Antwoorden 2 en 3', 'answer', [2, 3], 'Antwoorden 2 en 3'],
    ['Antwoord op vraag 4 en 5', 'answer', [4, 5], 'Antwoord op vraag 4 en 5'],
    ['Antwoord', 'answer', [], 'Antwoord'],
    ['Antwoord:', 'answer', [], 'Antwoord:'],
  ];
  for (const [line, kind, numbers, label] of cases) {
    it(`recognises ${JSON.stringify(line)}`, () => {
      const m = matchLabel(line);
      assert.ok(m, 'no match');
      assert.equal(m.kind, kind);
      assert.deepEqual(
        m.numbers.map((x) => x.value),
        numbers,
      );
      assert.equal(line.slice(m.labelStart, m.labelEnd), label);
      assert.equal(m.restStart, -1);
    });
  }

  it('recognises inline text after a separator', () => {
    const line = 'Vraag 1: Bent u bekend met het bericht?';
    const m = matchLabel(line);
    assert.ok(m);
    assert.equal(line.slice(m.restStart), 'Bent u bekend met het bericht?');
    const m2 = matchLabel('**Vraag 2** Kunt u toelichten?');
    assert.ok(m2);
    assert.equal(m2.numbers[0].value, 2);
  });

  const nonLabels = [
    'Vraag 2 gaat over de kosten.',
    'Vraagstuk 2',
    'Vraag 3a',
    'Vragen van het lid Eerdmans',
    'Vraag 2 en 3 gaan over de kosten.',
    'vraag 2',
    'antwoord op vraag 2. ',
    'Antwoord van minister Bruins (Onderwijs, Cultuur en Wetenschap)',
    'Antwoord op vragen van het lid Eerdmans',
    'Antwoorden zijn verstuurd',
    'Volledige titel: Antwoord op vragen van het lid Eerdmans',
    '#Vraag 1',
    '',
  ];
  for (const line of nonLabels) {
    it(`does not take ${JSON.stringify(line)} for a label`, () => assert.equal(matchLabel(line), null));
  }
});

describe('beantwoording: structure problems', () => {
  it('a question without an answer (labelled layout)', () => {
    const t = 'Vraag 1\nEen?\n\nAntwoord 1\nJa.\n\nVraag 2\nTwee?\n\nVraag 3\nDrie?\n\nAntwoord 3\nNee.\n';
    const b = parseBeantwoording(t);
    assert.equal(b.questions[1].answer, undefined);
    const issues = checkStructure(b);
    assert.deepEqual(
      issues.map((i) => i.kind),
      ['answer-missing'],
    );
    assert.equal(at(t, issues[0].span), 'Vraag 2');
    assert.equal(issues[0].number, 2);
    assert.equal(issues[0].insertAt, t.indexOf('Twee?') + 'Twee?'.length);
    assert.equal(answerLabelFor(b, 2), 'Antwoord 2');
  });

  it('a question without an answer (bulleted layout)', () => {
    const t = ' • Vraag 1\n  Een?\n\n  Ja.\n\n • Vraag 2\n  Twee?\n\n • Vraag 3\n  Drie?\n\n  Nee.\n';
    const b = parseBeantwoording(t);
    assert.equal(b.layout, 'bulleted');
    assert.deepEqual(kinds(b), ['answer-missing']);
    assert.equal(checkStructure(b)[0].number, 2);
  });

  it('bulleted layout without a blank line: the question ends at the last "?" line', () => {
    const t = '• Vraag 1\nBent u bekend met het bericht\nover de kosten?\nJa.\nDat bericht ken ik.\n';
    const b = parseBeantwoording(t);
    assert.equal(at(t, b.questions[0].bodySpan), 'Bent u bekend met het bericht\nover de kosten?');
    assert.equal(at(t, b.answers[0].bodySpan), 'Ja.\nDat bericht ken ik.');
  });

  it('an answer with the wrong number', () => {
    const t = 'Vraag 1\nEen?\n\nAntwoord 2\nJa.\n';
    const b = parseBeantwoording(t);
    assert.equal(b.questions[0].answer, b.answers[0]); // paired by position: no answer-missing as well
    const issues = checkStructure(b);
    assert.deepEqual(
      issues.map((i) => [i.kind, i.number, i.expected, at(t, i.span)]),
      [['answer-mismatch', 2, 1, '2']],
    );
  });

  it('an answer before its question', () => {
    const t = 'Antwoord 1\nJa.\n\nVraag 1\nEen?\n';
    const b = parseBeantwoording(t);
    assert.equal(b.answers[0].questionIndex, -1);
    assert.deepEqual(kinds(b), ['answer-before-question', 'answer-missing']);
  });

  it('answers in swapped order and a second answer to one question', () => {
    const t = 'Vraag 1\nA?\nAntwoord 2\nX.\nVraag 2\nB?\nAntwoord 1\nY.\nAntwoord 1\nZ.\n';
    const b = parseBeantwoording(t);
    assert.deepEqual(
      checkStructure(b).map((i) => [i.kind, i.number, i.expected]),
      [
        ['answer-mismatch', 2, 1],
        ['answer-mismatch', 1, 2],
        ['answer-duplicate', 1, undefined],
      ],
    );
  });

  it('a combined answer to two questions', () => {
    const t = 'Vraag 1\nA?\n\nVraag 2\nB?\n\nAntwoord op vragen 1 en 2\nSamen beantwoord.\n';
    const b = parseBeantwoording(t);
    assert.equal(b.layout, 'labelled-vraag');
    assert.deepEqual(b.answers[0].numbers, [1, 2]);
    assert.deepEqual(b.answers[0].pairedWith, [0, 1]);
    assert.equal(b.questions[0].answer, b.answers[0]);
    assert.equal(b.questions[1].answer, b.answers[0]);
    assert.equal(at(t, b.answers[0].numberSpan), '1 en 2');
    assert.deepEqual(checkStructure(b), []);
  });

  it('an empty answer', () => {
    const b = parseBeantwoording('Vraag 1\nA?\n\nAntwoord 1\n\nVraag 2\nB?\nAntwoord 2\nJa.');
    assert.deepEqual(kinds(b), ['answer-empty']);
  });

  it('numbering: a gap, a duplicate, out of order, not starting at 1', () => {
    const qa = (ns: number[]) => ns.map((n) => `Vraag ${n}\nV?\n\nAntwoord ${n}\nA.\n`).join('\n');
    const gap = checkStructure(parseBeantwoording(qa([1, 2, 4, 5])));
    assert.deepEqual(
      gap.map((i) => [i.kind, i.number, i.expected]),
      [['numbering-gap', 4, 3]],
    );
    assert.deepEqual(kinds(parseBeantwoording(qa([1, 2, 2, 3]))), ['numbering-duplicate']);
    assert.deepEqual(kinds(parseBeantwoording(qa([1, 3, 2]))), ['numbering-gap', 'numbering-order']);
    const start = checkStructure(parseBeantwoording(qa([2, 3])));
    assert.deepEqual(
      start.map((i) => [i.kind, i.expected]),
      [['numbering-gap', 1]],
    );
    assert.deepEqual(checkStructure(parseBeantwoording(qa([1, 2, 3]))), []);
  });

  it('a dangling cross-reference and a self-reference', () => {
    const t =
      'Vraag 1\nA?\n\nAntwoord 1\nZie vraag 7.\n\nVraag 2\nB?\n\nAntwoord 2\nZie het antwoord op vraag 2 en op vraag 1.\n';
    const b = parseBeantwoording(t);
    assert.deepEqual(
      b.crossRefs.map((r) => [at(t, r.span), r.target, r.fromQuestion]),
      [
        ['Zie vraag 7', 7, 1],
        ['Zie het antwoord op vraag 2', 2, 2],
        ['vraag 1', 1, 2],
      ],
    );
    const issues = checkStructure(b);
    assert.deepEqual(
      issues.map((i) => [i.kind, i.number, at(t, i.span)]),
      [
        ['crossref-missing', 7, '7'],
        ['crossref-self', 2, '2'],
      ],
    );
  });

  it('cross-reference forms', () => {
    const t =
      'Vraag 1\nA?\n\nAntwoord 1\nZie antwoord 3. Zie ook de vragen 2, 3 en 4. De vragen 2 t/m 4 hangen samen. ' +
      'In antwoord op vraag 3 van het lid Van Haga (2023Z12345) stelde ik al dat. Vraag 3a blijft.\n';
    const b = parseBeantwoording(t);
    assert.deepEqual(
      b.crossRefs.map((r) => [at(t, r.span), r.target, at(t, r.targetSpan)]),
      [
        ['Zie antwoord 3', 3, '3'],
        ['Zie ook de vragen 2, 3 en 4', 2, '2'],
        ['Zie ook de vragen 2, 3 en 4', 3, '3'],
        ['Zie ook de vragen 2, 3 en 4', 4, '4'],
        ['vragen 2 t/m 4', 2, '2'],
        ['vragen 2 t/m 4', 3, '2 t/m 4'],
        ['vragen 2 t/m 4', 4, '4'],
      ],
    );
  });

  it('a cross-reference across a hyphenated line break maps back to the original', () => {
    const t = 'Vraag 1\nA?\n\nAntwoord 1\nZie het ant-\nwoord op vraag 2.\n\nVraag 2\nB?\n\nAntwoord 2\nJa.\n';
    const b = parseBeantwoording(t);
    assert.equal(b.crossRefs.length, 1);
    assert.equal(at(t, b.crossRefs[0].span), 'Zie het ant-\nwoord op vraag 2');
    assert.equal(at(t, b.crossRefs[0].targetSpan), '2');
  });

  it('a footnote without a marker and a marker without a footnote', () => {
    const t = 'Vraag 1\nKent u het bericht? 2)\n\nAntwoord 1\nJa (zie bijlage 1).\n\n1) NRC, 3 maart 2024, https://example.org/a.\n';
    const b = parseBeantwoording(t);
    assert.deepEqual(
      b.footnotes.map((f) => [f.number, f.text]),
      [[1, 'NRC, 3 maart 2024, https://example.org/a.']],
    );
    assert.equal(at(t, b.answers[0].bodySpan), 'Ja (zie bijlage 1).');
    assert.deepEqual(
      checkStructure(b).map((i) => [i.kind, i.number, at(t, i.span)]),
      [
        ['footnote-marker-unmatched', 2, '2)'],
        ['footnote-unreferenced', 1, '1) NRC, 3 maart 2024, https://example.org/a.'],
      ],
    );
  });

  it('enumerations are neither markers nor footnotes', () => {
    const t = 'Vraag 1\nWelke punten?\n\nAntwoord 1\nTwee punten: 1) de kosten en 2) de baten. De volgende:\n\n1) eerste punt\n2) tweede punt\n';
    const b = parseBeantwoording(t);
    assert.deepEqual(b.footnoteMarkers, []);
    assert.deepEqual(b.footnotes, []);
    assert.ok(at(t, b.answers[0].bodySpan).endsWith('2) tweede punt'));
    assert.deepEqual(checkStructure(b), []);
    // "(zie bijlage 1)" closes a parenthesis: no marker, so a closing list is no footnote either
    const t2 = 'Vraag 1\nWelke punten?\n\nAntwoord 1\nDrie (zie bijlage 1).\n\n1) eerste punt\n\nVraag 2\nB?\n\nAntwoord 2\nNee.\n';
    const b2 = parseBeantwoording(t2);
    assert.deepEqual(b2.footnoteMarkers, []);
    assert.deepEqual(b2.footnotes, []);
    assert.ok(at(t2, b2.answers[0].bodySpan).endsWith('1) eerste punt'));
    assert.deepEqual(checkStructure(b2), []);
  });

  it('footnotes and page footers between questions (PDF page bottoms)', () => {
    const t =
      'Vraag 1\nKent u het artikel ‘Ambtenaren’? 1)\n\n1) NRC, 3 maart 2024.\n\nAntwoord 1\nJa, en het gaat 2) verder\n\n' +
      'Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 3\n\nmet de tekst.\n\n2) Trouw, 4 maart 2024.\n\n' +
      'Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 3\n\nVraag 2\nB?\n\nAntwoord 2\nNee.\n';
    const b = parseBeantwoording(t);
    assert.equal(at(t, b.questions[0].bodySpan), 'Kent u het artikel ‘Ambtenaren’? 1)');
    assert.ok(at(t, b.answers[0].bodySpan).startsWith('Ja, en het gaat 2) verder'));
    assert.ok(at(t, b.answers[0].bodySpan).endsWith('met de tekst.'));
    assert.deepEqual(
      b.footnotes.map((f) => [f.number, f.text]),
      [
        [1, 'NRC, 3 maart 2024.'],
        [2, 'Trouw, 4 maart 2024.'],
      ],
    );
    assert.deepEqual(
      b.footnoteMarkers.map((m) => m.number),
      [1, 2],
    );
    assert.equal(b.pageFurniture.length, 2);
    assert.deepEqual(checkStructure(b), []);
  });

  it('Markdown footnotes', () => {
    const t = '**Vraag 1**\nKent u het bericht?[^1]\n\n**Antwoord 1**\nJa.\n\n[^1]: NRC, 3 maart 2024.\n';
    const b = parseBeantwoording(t);
    assert.deepEqual(
      b.footnoteMarkers.map((m) => [m.number, at(t, m.span)]),
      [[1, '[^1]']],
    );
    assert.deepEqual(
      b.footnotes.map((f) => [f.number, f.text]),
      [[1, 'NRC, 3 maart 2024.']],
    );
    assert.deepEqual(checkStructure(b), []);
  });

  it('CRLF line ends', () => {
    const t = readCorpus('004').replace(/\r?\n/g, '\r\n');
    const b = parseBeantwoording(t);
    assert.equal(b.questions.length, 6);
    assert.equal(b.answers.length, 6);
    for (const q of b.questions) assert.ok(!at(t, q.labelSpan).includes('\r'));
    assert.equal(at(t, b.answers[0].bodySpan), 'Ja.');
    assert.equal(at(t, b.answers[2].labelSpan), 'Antwoord vraag 3');
    assert.equal(b.footnotes.length, 1);
    assert.ok(!b.footnotes[0].text.includes('\r'));
    assert.deepEqual(checkStructure(b), []);
    const t3 = readCorpus('003').replace(/\r?\n/g, '\r\n');
    const b3 = parseBeantwoording(t3);
    assert.equal(b3.questions.length, 9);
    assert.ok(at(t3, b3.questions[0].bodySpan).includes('aanlei-\r\nding'));
    assert.ok(b3.joined.text.includes('naar aanleiding van de verkiezingsuitslag?'));
    assert.deepEqual(checkStructure(b3), []);
    // a parenthesis that spans a CRLF line break still closes "… 1)"
    const t4 = 'Vraag 1\r\nKent u (het bericht\r\nvan 1)?\r\n\r\nAntwoord 1\r\nJa.\r\n';
    assert.deepEqual(parseBeantwoording(t4).footnoteMarkers, []);
  });

  it('label variants parse to the same structure', () => {
    const forms = [
      (n: number) => [`Vraag ${n}:`, `Antwoord ${n}:`],
      (n: number) => [`**Vraag ${n}**`, `**Antwoord ${n}**`],
      (n: number) => [`### Vraag ${n}`, `### Antwoord op vraag ${n}`],
      (n: number) => [`- Vraag ${n}`, `- Antwoord vraag ${n}`],
    ];
    for (const f of forms) {
      const t = [1, 2]
        .map((n) => `${f(n)[0]}\nVraagtekst ${n}?\n\n${f(n)[1]}   \nAntwoordtekst ${n}.\n`)
        .join('\n');
      const b = parseBeantwoording(t);
      assert.deepEqual(
        b.questions.map((q) => [q.number, at(t, q.bodySpan), q.answer?.number, at(t, q.answer?.bodySpan)]),
        [
          [1, 'Vraagtekst 1?', 1, 'Antwoordtekst 1.'],
          [2, 'Vraagtekst 2?', 2, 'Antwoordtekst 2.'],
        ],
        t,
      );
      assert.deepEqual(checkStructure(b), []);
      assert.equal(answerLabelFor(b, 7), f(7)[1]);
    }
  });

  it('inline question text after the label', () => {
    const t = 'Vraag 1: Bent u bekend met het bericht?\nAntwoord 1: Ja.\n';
    const b = parseBeantwoording(t);
    assert.equal(at(t, b.questions[0].bodySpan), 'Bent u bekend met het bericht?');
    assert.equal(at(t, b.answers[0].bodySpan), 'Ja.');
    assert.equal(at(t, b.questions[0].span), 'Vraag 1: Bent u bekend met het bericht?');
  });

  it('detection override comment (one parser: case and spaces around the colon do not matter) and small documents', () => {
    const kindOf = (text: string) => {
      const { doc } = checkText(text, { config: resolveConfig([]), locale: 'en' });
      return [doc.kind, doc.kindSource];
    };
    assert.deepEqual(kindOf('<!-- nota-type: beantwoording -->\nwhatever'), ['beantwoording', 'override']);
    assert.deepEqual(kindOf('<!-- NOTA-TYPE : beantwoording -->\nwhatever'), ['beantwoording', 'override']);
    assert.deepEqual(kindOf('<!-- nota-type: nota -->\nVraag 1\nA?\n\nAntwoord 1\nJa.'), ['nota', 'override']);
    assert.deepEqual(kindOf('Vraag 1\nA?\n\nAntwoord 1\nJa.'), ['beantwoording', 'content']);
    assert.equal(looksLikeBeantwoording('Vraag 1\nA?\n\nAntwoord 1\nJa.'), true);
    assert.equal(looksLikeBeantwoording('Een tekst over vraag 1 en de vragen 5 en 8.'), false);
    assert.equal(looksLikeBeantwoording(''), false);
  });
});

describe('beantwoording: linear time', () => {
  const SIZE = 100_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
  // [name, text, detected as a beantwoording, questions, answers, cross-references, issues by kind].
  // What a user would get on each input; the test timeout catches a parse that is not linear.
  const inputs: [string, string, boolean, number, number, number, Record<string, number>][] = [
    ['spaces', fill(' '), false, 0, 0, 0, {}],
    ['letters', fill('a'), false, 0, 0, 0, {}],
    ['hyphen lines', fill('ab-\n'), false, 0, 0, 0, {}],
    ['hyphen lines, compounds', fill('ab-\ncd ab-cd '), false, 0, 0, 0, {}],
    ['label lines', fill('Vraag 1\n'), true, 12500, 0, 0, { 'answer-missing': 12500, 'numbering-duplicate': 12499 }],
    ['labels without newlines', fill('Vraag 1 '), false, 0, 0, 0, {}],
    ['answer lists', 'Antwoord op vragen ' + fill('1 en '), false, 0, 0, 0, {}],
    ['cross-reference list', 'Vraag 1\nA?\nAntwoord 1\n' + 'zie vragen ' + fill('2, '), true, 1, 1, 33334, { 'crossref-missing': 33334 }],
    ['cross-references', 'Vraag 1\nA?\nAntwoord 1\n' + fill('antwoord op vraag 1 t/m 50 '), true, 1, 1, 185151, { 'crossref-self': 3704, 'crossref-missing': 181447 }],
    ['vraag words', 'Vraag 1\nA?\nAntwoord 1\n' + fill('vraag vraag antwoord op '), true, 1, 1, 0, {}],
    ['parentheses', 'Vraag 1\nA?\nAntwoord 1\n' + fill('(((1) '), true, 1, 1, 0, {}],
    ['markers', 'Vraag 1\nA?\nAntwoord 1\n' + fill('x 1) '), true, 1, 1, 0, { 'footnote-marker-unmatched': 1 }],
    ['footnote lines', 'Vraag 1\nA?\n\nAntwoord 1\nJa.\n\n' + fill('1) https://x 2024\n\n'), true, 1, 1, 0, {}],
    ['blank lines', 'Vraag 1\n' + fill('\n'), false, 1, 0, 0, { 'answer-missing': 1 }],
    ['bullets', fill('• • - * '), false, 0, 0, 0, {}],
    ['many questions', fill('Vraag 1\nV?\n\nAntwoord 1\nA.\n\n'), true, 3704, 3703, 0, { 'numbering-duplicate': 3703, 'answer-missing': 1 }],
    ['bulleted', fill('• Vraag 2\n  V?\n\n  A.\n'), true, 4762, 4762, 0, { 'numbering-gap': 1, 'numbering-duplicate': 4761 }],
    ['spaces before paren', fill('1' + ' '.repeat(50) + ')'), false, 0, 0, 0, {}],
    ['digits', fill('1234567890'), false, 0, 0, 0, {}],
    // the layouts of issue 18
    ['inline labels on one line', fill('Vraag 1 Een? Antwoord 1 Ja. '), true, 3572, 3571, 0, { 'numbering-duplicate': 3571, 'answer-missing': 1 }],
    ['inline keywords without numbers', fill('Vraag. Antwoord? Vragen! '), false, 0, 0, 0, {}],
    ['number lines', fill('1\n\nA?\n\n'), true, 14286, 0, 0, { 'answer-missing': 14286, 'numbering-duplicate': 14285 }],
    ['number lists alone', fill('1 en 2 en \n\n'), false, 0, 0, 0, {}],
    ['numbered questions', fill('1. A?\n\nB.\n\n'), true, 9091, 9091, 0, { 'numbering-duplicate': 9090 }],
    ['glued furniture', fill('Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1Vraag 1\n'), true, 1724, 0, 0, { 'answer-missing': 1724, 'numbering-duplicate': 1723 }],
    ['furniture tokens', fill('ah-tk-20222023-2817 ISSN 0921 - 7398 ’s-Gravenhage 2023'), false, 0, 0, 0, {}],
    ['alternating lines', 'Kamervraag 2024Z1\n' + fill('Een vraag?\nEen antwoord.\n'), true, 4000, 4000, 0, {}],
    ['question marks', 'Kamervraag 2024Z1\n' + fill('?' + ' '.repeat(30) + '\n'), false, 0, 0, 0, {}],
    ['superscripts and brackets', 'Vraag 1\nA?\nAntwoord 1\n' + fill('a¹²³ [1 ] [2] '), true, 1, 1, 0, {}],
    ['glued digits', 'Vraag 1\nA?\nAntwoord 1\n' + fill('a?1 b.2 »3? '), true, 1, 1, 0, {}],
    ['note lines', 'Vraag 1\nA?¹\nAntwoord 1\nJa.\n' + fill('X Noot\n1\n\nNOS, 2024.\n\n'), true, 1, 1, 0, {}],
  ];
  for (const [name, text, detected, questions, answers, crossRefs, issues] of inputs) {
    it(`100 KB of ${name}`, () => {
      const source = readSource(text);
      const b = parseSource(source);
      const byKind: Record<string, number> = {};
      for (const issue of checkStructure(b)) byKind[issue.kind] = (byKind[issue.kind] ?? 0) + 1;
      assert.deepEqual(
        { detected: looksLikeSource(source), questions: b.questions.length, answers: b.answers.length, crossRefs: b.crossRefs.length, issues: byKind },
        { detected, questions, answers, crossRefs, issues },
      );
    });
  }
});

describe('beantwoording: a long Nr/Vraag/Antwoord table', () => {
  const table = (rows: number) => '| Nr. | Vraag | Antwoord |\n| --- | --- | --- |\n' + '| 1 | A? | B. |\n'.repeat(rows);
  it('30 KB of table rows: every row a question with its answer', () => {
    const b = parseSource(readSource(table(1875)));
    assert.deepEqual([b.questions.length, b.answers.length], [1875, 1875]);
  });
  // Issue 22: a table over about 40 KB ran past the parse budget and its rows past the first 64 KB
  // were read as plain text; the row reader (source/table-rows.ts) reads every row.
  // every tenth answer with emphasis: more than the 256 delimiters a paragraph may hold, counted per row in a table
  const numbered = (rows: number) =>
    '| Nr. | Vraag | Antwoord |\n| --- | --- | --- |\n' + Array.from({ length: rows }, (_, i) => `| ${i + 1} | Hoeveel ${i + 1}? | ${i % 10 === 0 ? 'Dat is *niet* bekend.' : 'Zoveel.'} |\n`).join('');
  it('100 KB and 1 MB of table rows: one table, every row a question with its answer, nothing read as plain text', () => {
    for (const rows of [6250, 62500]) {
      const source = readSource(table(rows));
      const b = parseSource(source);
      assert.equal(looksLikeSource(source), true);
      assert.deepEqual([source.tables.length, source.tables[0].rows.length, b.questions.length, b.answers.length, source.tooComplex.length], [1, rows, rows, rows, 0]);
    }
  });
  it('200 KB of table rows, some with emphasis: a gap in the numbers on the last row is reported there, with its fix', () => {
    const rows = 6000;
    const text = numbered(rows).replace(`| ${rows} | Hoeveel ${rows}? |`, `| ${rows + 1} | Hoeveel ${rows}? |`);
    assert.ok(text.length > 200 * 1024, `${text.length} characters`);
    const findings = checkText(text, { config: resolveConfig([]), locale: 'en', now: new Date('2025-12-01T12:00:00Z') }).findings;
    const last = text.lastIndexOf(`| ${rows + 1} |`) + 2;
    assert.deepEqual(
      findings.filter((f) => f.ruleId === 'vraag-numbering' || f.ruleId === 'markdown-too-complex').map((f) => [f.ruleId, f.span, f.message, f.fixes?.[0]?.edits.map((e) => [e.span, e.newText])]),
      [['vraag-numbering', { start: last, end: last + String(rows + 1).length }, `Question ${rows + 1} should be question ${rows}: questions are numbered 1, 2, 3, … without gaps.`, [[{ start: last, end: last + String(rows + 1).length }, String(rows)]]]],
    );
  });
});

describe('beantwoording: real-document layouts (issue 18)', () => {
  const check = (text: string, fileName?: string) => checkText(text, { config: resolveConfig([]), locale: 'en', fileName, now: new Date('2025-12-01T12:00:00Z') });
  const judged = (text: string, fileName?: string) => check(text, fileName).findings.map((f) => `${f.ruleId}/${f.severity}@${at(text, f.span)}`);

  it('a combined question label gives one question per number, answered by one combined answer', () => {
    const t = 'Vraag 1\nA?\n\nAntwoord 1\nJa.\n\nVraag 2 en 3\nB?\n\nC?\n\nAntwoorden 2 en 3\nNee.\n\nVraag 4\nD?\n\nVraag 5\nE?\n\nAntwoord op vraag 4 en 5\nMisschien.\n';
    const b = parseBeantwoording(t);
    assert.deepEqual(b.questions.map((q) => [q.number, at(t, q.labelSpan), at(t, q.numberSpan), at(t, q.bodySpan)]), [
      [1, 'Vraag 1', '1', 'A?'],
      [2, 'Vraag 2 en 3', '2', 'B?\n\nC?'],
      [3, 'Vraag 2 en 3', '3', 'B?\n\nC?'],
      [4, 'Vraag 4', '4', 'D?'],
      [5, 'Vraag 5', '5', 'E?'],
    ]);
    assert.deepEqual(b.answers.map((a) => [at(t, a.labelSpan), a.numbers, a.pairedWith]), [
      ['Antwoord 1', [1], [0]],
      ['Antwoorden 2 en 3', [2, 3], [1, 2]],
      ['Antwoord op vraag 4 en 5', [4, 5], [3, 4]],
    ]);
    // no cross-reference is read from a label line
    assert.deepEqual(b.crossRefs, []);
    assert.deepEqual(checkStructure(b), []);
    assert.deepEqual(judged(t), []);
  });

  it('page furniture glued to a label by the PDF extractor is cut off the label and exposed', () => {
    const t =
      'Vraag 1\nA?\nah-tk-20222023-2817 ISSN 0921 - 7398 ’s-Gravenhage 2023Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1Antwoord 1\nJa.\n' +
      'Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 2Vraag 2\nB?\nAntwoord 2\nNee.\nTweede Kamer, vergaderjaar 2022–2023, Aanhangsel 3\n';
    const b = parseBeantwoording(t);
    assert.deepEqual(b.questions.map((q) => at(t, q.labelSpan)), ['Vraag 1', 'Vraag 2']);
    assert.deepEqual(b.answers.map((a) => [at(t, a.labelSpan), at(t, a.bodySpan)]), [['Antwoord 1', 'Ja.'], ['Antwoord 2', 'Nee.']]);
    assert.deepEqual(b.pageFurniture.map((s) => at(t, s)), [
      'ah-tk-20222023-2817 ISSN 0921 - 7398 ’s-Gravenhage 2023Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1',
      'Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 2',
      'Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 3',
    ]);
    assert.equal(at(t, b.questions[0].bodySpan), 'A?');
    assert.equal(at(t, b.trailer), 'Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 3');
    assert.deepEqual(checkStructure(b), []);
  });

  it('a running header with id, ISSN, place, footer and page number (and a form feed) is page furniture', () => {
    const t = 'Vraag 1\nHoeveel woningen wachten op het\nah-tk-20232024-1187\nISSN 0921 - 7398\n’s-Gravenhage 2024\nTweede Kamer, vergaderjaar 2023–2024, Aanhangsel\n1\n\fnet?\nAntwoord 1\nGeen.\n\fVraag 2\nB?\nAntwoord 2\nNee.\n';
    const b = parseBeantwoording(t);
    assert.deepEqual(b.pageFurniture.map((s) => at(t, s)), ['ah-tk-20232024-1187', 'ISSN 0921 - 7398', '’s-Gravenhage 2024', 'Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel', '1']);
    assert.deepEqual(b.questions.map((q) => [q.number, at(t, q.labelSpan)]), [[1, 'Vraag 1'], [2, 'Vraag 2']]);
    assert.ok(at(t, b.questions[0].bodySpan).startsWith('Hoeveel') && at(t, b.questions[0].bodySpan).endsWith('net?'));
    assert.deepEqual(checkStructure(b), []);
    // the model keeps the furniture lines out of the text, as it does the nota's running header
    assert.deepEqual([...check(t).doc.residueLines].sort((x, y) => x - y), [2, 3, 4, 5, 6]);
  });

  it('lijst van vragen en antwoorden: numbers alone on a line, "1 en 2", unlabelled answers', () => {
    const t = 'Lijst van vragen en antwoorden\n\nDe voorzitter van de commissie,\nKaya\n\n1 en 2\n\nHoeveel A?\n\nHoeveel B?\n\nDat is zo.\n\n3\n\nHoeveel C?\n\nGeen.\n';
    const b = parseBeantwoording(t);
    assert.equal(b.layout, 'numbered');
    assert.deepEqual(b.questions.map((q) => [q.number, at(t, q.labelSpan), at(t, q.numberSpan), at(t, q.bodySpan)]), [
      [1, '1 en 2', '1', 'Hoeveel A?\n\nHoeveel B?'],
      [2, '1 en 2', '2', 'Hoeveel A?\n\nHoeveel B?'],
      [3, '3', '3', 'Hoeveel C?'],
    ]);
    assert.deepEqual(b.answers.map((a) => [at(t, a.bodySpan), a.pairedWith]), [['Dat is zo.', [0, 1]], ['Geen.', [2]]]);
    assert.deepEqual(checkStructure(b), []);
    // a changed number is a numbering problem at that number
    const broken = t.replace('\n3\n', '\n4\n');
    assert.deepEqual(checkStructure(parseBeantwoording(broken)).map((i) => [i.kind, at(broken, i.span)]), [['numbering-gap', '4']]);
  });

  it('lijst: numbered "1." questions each followed by its answer; a numbered list without questions is not one', () => {
    const t = 'Inleiding.\n\n1. Bent u bekend met het bericht?\n\nJa.\n\n2. Hoeveel zijn het er? Hoe verhoudt dat zich tot de norm?\n\nVier; de norm is vijf.\n';
    const b = parseBeantwoording(t);
    assert.equal(b.layout, 'numbered');
    assert.deepEqual(b.questions.map((q) => [at(t, q.labelSpan), at(t, q.numberSpan), at(t, q.bodySpan)]), [
      ['1.', '1', 'Bent u bekend met het bericht?'],
      ['2.', '2', 'Hoeveel zijn het er? Hoe verhoudt dat zich tot de norm?'],
    ]);
    assert.deepEqual(b.answers.map((a) => at(t, a.bodySpan)), ['Ja.', 'Vier; de norm is vijf.']);
    assert.equal(parseBeantwoording('Punten:\n\n1. Het eerste punt.\n\n2. Het tweede punt.\n').layout, 'none');
    // page numbers alone on a line are not questions
    assert.equal(parseBeantwoording('Een brief.\n\n1\n\nTekst van de eerste pagina.\n\n2\n\nTekst van de tweede.\n').layout, 'none');
  });

  it('lijst as a table Nr. / Vraag / Antwoord, read through the source layer tables', () => {
    const t = '# Feitelijke vragen\n\n| Nr. | Vraag | Antwoord |\n| --- | --- | --- |\n| 1 | Hoeveel A? | Vier. |\n| 2 | Hoeveel B? | Vijf. |\n';
    const b = parseBeantwoording(t);
    assert.equal(b.layout, 'table');
    assert.deepEqual(b.questions.map((q) => [q.number, at(t, q.labelSpan), at(t, q.numberSpan), at(t, q.bodySpan)]), [
      [1, '1', '1', 'Hoeveel A?'],
      [2, '2', '2', 'Hoeveel B?'],
    ]);
    assert.deepEqual(b.answers.map((a) => [at(t, a.bodySpan), a.pairedWith]), [['Vier.', [0]], ['Vijf.', [1]]]);
    assert.equal(at(t, b.preamble), '# Feitelijke vragen');
    const broken = t.replace('| 2 |', '| 3 |');
    assert.deepEqual(checkStructure(parseBeantwoording(broken)).map((i) => [i.kind, at(broken, i.span)]), [['numbering-gap', '3']]);
  });

  it('"Vraag 1:" with a bare "Antwoord:" pairs by position', () => {
    const t = 'Vraag 1: Kent u het bericht?\n\nAntwoord:\nJa.\n\nVraag 2: Hoeveel?\n\nAntwoord:\nVier.\n';
    const b = parseBeantwoording(t);
    assert.deepEqual(b.questions.map((q) => [at(t, q.labelSpan), at(t, q.bodySpan)]), [['Vraag 1:', 'Kent u het bericht?'], ['Vraag 2:', 'Hoeveel?']]);
    assert.deepEqual(b.answers.map((a) => [at(t, a.labelSpan), a.number, a.pairedWith]), [['Antwoord:', null, [0]], ['Antwoord:', null, [1]]]);
    assert.deepEqual(checkStructure(b), []);
  });

  it('inline labels: a pair per paragraph, and a whole document on one line', () => {
    const t = 'Vraag 1 Bent u bekend met het rapport? Antwoord 1 Ja.\n\nVraag 2 Hoeveel? Antwoord 2 Vier.\n';
    const b = parseBeantwoording(t);
    assert.deepEqual(b.questions.map((q) => [at(t, q.labelSpan), at(t, q.bodySpan)]), [['Vraag 1', 'Bent u bekend met het rapport?'], ['Vraag 2', 'Hoeveel?']]);
    assert.deepEqual(b.answers.map((a) => [at(t, a.labelSpan), at(t, a.bodySpan), a.pairedWith]), [['Antwoord 1', 'Ja.', [0]], ['Antwoord 2', 'Vier.', [1]]]);
    const one = 'Vragen van het lid Jansen (VVD). Antwoord van minister De Vries (ontvangen 2 mei 2024). Vraag 1 Een? Antwoord 1 Ja. Vraag 2 Twee? Antwoord 3 Nee.';
    const b1 = parseBeantwoording(one);
    assert.equal(at(one, b1.preamble), 'Vragen van het lid Jansen (VVD). Antwoord van minister De Vries (ontvangen 2 mei 2024).');
    assert.deepEqual(b1.answers.map((a) => at(one, a.bodySpan)), ['Ja.', 'Nee.']);
    assert.deepEqual(checkStructure(b1).map((i) => [i.kind, at(one, i.span)]), [['answer-mismatch', '3']]);
    // a sentence that starts with "Vraag 2" is text
    assert.equal(parseBeantwoording('Vraag 2 gaat over de kosten. Antwoord 1 is kort.\n').layout, 'none');
  });

  it('alternating question and answer lines after a parliament-watch metadata block, only on strong evidence', () => {
    const t = 'Kamervraag 2024Z17788\nIndiener A. Jansen (VVD)\nBent u bekend met het bericht?1\nJa.\nHoeveel zwembaden zijn gesloten?\nElf.\nWat doet u eraan?\nNiets, zie het antwoord op vraag 2.\n1) Noordhollands Dagblad, 18 oktober 2024.\nKamervraag document nummer: kv-tk-2024Z17788\n';
    const b = parseBeantwoording(t);
    assert.equal(b.layout, 'alternating');
    assert.deepEqual(b.questions.map((q) => [q.number, at(t, q.bodySpan), at(t, q.labelSpan)]), [
      [1, 'Bent u bekend met het bericht?1', ''],
      [2, 'Hoeveel zwembaden zijn gesloten?', ''],
      [3, 'Wat doet u eraan?', ''],
    ]);
    assert.deepEqual(b.answers.map((a) => [at(t, a.bodySpan), a.pairedWith]), [['Ja.', [0]], ['Elf.', [1]], ['Niets, zie het antwoord op vraag 2.', [2]]]);
    assert.deepEqual(b.footnotes.map((f) => [f.number, at(t, f.span)]), [[1, '1) Noordhollands Dagblad, 18 oktober 2024.']]);
    assert.deepEqual(b.footnoteMarkers.map((m) => [m.number, t.slice(0, m.span.start).split('\n').length]), [[1, 3]]);
    assert.deepEqual(b.crossRefs.map((r) => r.target), [2]);
    assert.deepEqual(checkStructure(b), []);
    // without the metadata block, or with two questions in a row, the evidence is not strong enough
    assert.equal(parseBeantwoording(t.replace('Kamervraag 2024Z17788\nIndiener A. Jansen (VVD)\n', 'Een verslag.\n')).layout, 'none');
    assert.equal(parseBeantwoording(t.replace('Ja.\n', '')).layout, 'none');
  });

  it('a beantwoording in which no layout is recognised gets one information note', () => {
    const t = 'Vragen van het lid Jansen (VVD) aan de minister over de dijken (ingezonden 3 mei 2024).\n\nEen tekst zonder vragen.\n';
    assert.deepEqual(judged(t), ['vraag-numbering/information@Vragen van het lid Jansen (VVD) aan de minister over de dijken (ingezonden 3 mei 2024).']);
    assert.equal(check(t).doc.kind, 'beantwoording');
    assert.deepEqual(judged('Zomaar een tekst.\n', 'x.kv.md'), ['vraag-numbering/information@Zomaar een tekst.']);
  });

  it('Kamervragen as submitted: no answer expected, one note with the stubs, a second paragraph is no answer', () => {
    const t =
      'Vragen van het lid Jansen (VVD) aan de minister over de dijken (ingezonden 3 mei 2024).\n\nToelichting:\n\nDeze vragen dienen ter aanvulling op eerdere vragen.\n\n' +
      'Vraag 1\nKent u het bericht?\n\nVraag 2\nDe dijk is zwak.\n\nWat doet u eraan?\n';
    const b = parseBeantwoording(t);
    assert.equal(b.questionsOnly, true);
    assert.deepEqual(b.questions.map((q) => at(t, q.bodySpan)), ['Kent u het bericht?', 'De dijk is zwak.\n\nWat doet u eraan?']);
    assert.deepEqual(b.answers, []);
    const { findings } = check(t);
    assert.deepEqual(findings.map((f) => `${f.ruleId}/${f.severity}@${at(t, f.span)}: ${f.message}`), [
      'antwoord-missing/information@Vraag 1: Kamervragen as submitted: the answers to the 2 question(s) are still to be written.',
    ]);
    assert.equal(findings[0].fixes[0].title, 'Insert an answer stub after each of the 2 question(s)');
    assert.deepEqual(findings[0].fixes[0].edits.map((e) => [at(t, { start: e.span.start - 5, end: e.span.start }), e.newText]), [
      ['icht?', '\n\nAntwoord 1\n[Antwoord]'],
      ['raan?', '\n\nAntwoord 2\n[Antwoord]'],
    ]);
    // the same questions with an "Antwoord van …" line are answered Kamervragen in the bulleted layout
    assert.equal(parseBeantwoording(t.replace('Toelichting:', 'Antwoord van minister De Vries (ontvangen 9 mei 2024).')).questionsOnly, false);
  });

  it('footnote markers as real documents write them', () => {
    const cases: [string, string, [number, string][]][] = [
      ['[1 ] after a sentence', 'Vraag 1\nKent u het bericht?[1 ]\n\nAntwoord 1\nJa.\n\n[1 ] De Stentor, 26 juli 2024.\n', [[1, '[1 ]']]],
      ['superscript digits', 'Vraag 1\nKent u het bericht?¹\n\nAntwoord 1\nJa, 20 m² groot.\n\n¹ Omroep Flevoland, 15 april 2024.\n', [[1, '¹']]],
      ['a bare number on its own line after a sentence', 'Vraag 1\nKent u het bericht?\n1\nAntwoord 1\nJa.\n1 De Stentor, 1 maart 2024.\n', [[1, '1']]],
      ['»1? (tweedekamer.nl)', 'Vraag 1\nKent u het bericht «Leeg perron»1?\nAntwoord 1\nJa.\n1\nDe Stentor, 1 maart 2024.\n', [[1, '1']]],
      ['a digit glued after "?" and an X Noot note', 'Vraag 1\n\nKent u het bericht?1\n\nAntwoord 1\n\nJa.\n\nX Noot\n1\n\nTubantia, 12 maart 2024.\n\nNaar boven\n', [[1, '1']]],
    ];
    for (const [name, t, markers] of cases) {
      const b = parseBeantwoording(t);
      assert.deepEqual(b.footnoteMarkers.map((m) => [m.number, at(t, m.span)]), markers, name);
      assert.deepEqual(b.footnotes.map((f) => f.number), [1], name);
      assert.equal(at(t, b.answers[0].bodySpan).startsWith('Ja'), true, name);
      assert.deepEqual(checkStructure(b), [], name);
    }
    const noot = parseBeantwoording(cases[4][1]);
    assert.equal(at(cases[4][1], noot.footnotes[0].span), 'X Noot\n1\n\nTubantia, 12 maart 2024.');
    assert.equal(noot.footnotes[0].text, 'Tubantia, 12 maart 2024.');
    // `m²` and a bracketed number without a footnote are no markers
    assert.deepEqual(parseBeantwoording('Vraag 1\nHoe groot?\n\nAntwoord 1\nTwintig m² [2].\n').footnoteMarkers, []);
  });

  it('kind detection weighs the evidence and says why', () => {
    const kindOf = (text: string) => {
      const { doc } = check(text);
      return [doc.kind, doc.kindReason.message];
    };
    const letter = 'Datum 28 november 2024\nBetreft Uitstel beantwoording\n\nGeachte voorzitter,\n\nDe vragen van het lid Jansen kan ik niet binnen drie weken beantwoorden.\n\nDE STAATSSECRETARIS VAN FINANCIËN,\n\nmr. A. de Vries\n';
    assert.deepEqual(kindOf(letter), ['brief', 'kind.letter']);
    assert.deepEqual(judged(letter).filter((f) => !f.startsWith('pii-')), []);
    // wrapped lines "van …" / "aan …" below the labels are not the Van and Aan fields
    const wrapped = 'Vragen van het lid Jansen aan de Minister en de Staatssecretaris\nvan Sociale Zaken (ingezonden 1 maart 2024).\nVraag 1\nKent u het bericht?\nAntwoord 1\nJa.\nAan de hand van de cijfers is dat zo.\nVraag 2\nHoeveel?\nAntwoord 2\nVier.\n';
    assert.deepEqual(kindOf(wrapped), ['beantwoording', 'kind.labels']);
    assert.deepEqual(kindOf('Aan Minister\nVan DGDOO\n\nVraag 1\nA?\n\nAntwoord 1\nJa.\n'), ['nota', 'kind.nota-fields']);
    assert.deepEqual(kindOf('<!-- nota-type: brief -->\nVraag 1\nA?\n\nAntwoord 1\nJa.\n'), ['brief', 'kind.override']);
    // a letter that carries the answers is a beantwoording
    assert.deepEqual(kindOf(`Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nGeachte voorzitter,\n\nVraag 1\nA?\n\nAntwoord 1\nJa.\n\nHoogachtend,\n`), ['beantwoording', 'kind.labels']);
  });

  it('messages describe what the reader sees', () => {
    const t = 'Vraag 1\nA?\n\nAntwoord 1\nJa.\n\nAntwoord 2\nNee.\n';
    assert.deepEqual(check(t).findings.map((f) => f.message), ['Answer 2 has no question 2: question 1, which it follows, already has an answer.']);
    const before = 'Antwoord 4\nNee.\n\nVraag 1\nA?\n\nAntwoord 1\nJa.\n';
    assert.deepEqual(check(before).findings.map((f) => f.message), ['Answer 4 stands before the first question, and there is no question 4.']);
    const second = 'Vraag 1\nA?\n\nAntwoord 1\nJa.\n\nAntwoord 1\nNee.\n';
    assert.deepEqual(check(second).findings.map((f) => f.message), ['Question 1 already has an answer; this is a second one.']);
  });
});
