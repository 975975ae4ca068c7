// parseBeantwoording: the question/answer structure of a beantwoording van Kamervragen. Line based, one
// pass over the lines plus linear passes for cross-references and footnote markers.

import type { Span } from '../types';
import { findCrossRefs, type RefScope } from './crossrefs';
import { footnoteLineStart, makeFootnote, scanMarkers, type MarkerCandidate } from './footnotes';
import { joinHyphenation } from './hyphenation';
import { matchLabel, type LabelMatch } from './labels';
import type { SourceDocument } from '../source/types';
import { isBlank, lineSpans, trimSpan, type Line } from './lines';
import type { Answer, Beantwoording, CrossRef, Footnote, FootnoteMarker, Layout, Question } from './model';

/** A page footer/header line of an official publication. */
const FURNITURE_LINE = /^\s*(?:(?:Tweede|Eerste)\s+Kamer,?\s+vergaderjaar\s+\d{4}\s*[–\-/]\s*\d{2,4}\b.*|Aanhangsel\s+Handelingen\s+I{1,2}\s+\d{4}.*)$/i;
/** Metadata lines of parliament-watch sites (seed 002). */
const META_LINE =
  /^\s*(?:(?:Kamervraag|Kamerantwoord|Kamerstuk)\s+document\s*nummer\s*:|Volledige\s+titel\s*:|Bron\s+(?:vraag|antwoord)\b)/i;
/** Something a footnote typically contains (URL, year, source). */
const SOURCE_LIKE = /https?:\/\/|www\.|\b(?:19|20)\d\d\b|kamerstuk|handelingen|\bnr\.|\bblz\.|\bp\.\s*\d/i;

interface LabelLine {
  line: number;
  m: LabelMatch;
}

interface Para {
  first: number; // line index
  last: number; // line index (inclusive)
  label?: LabelLine; // the paragraph starts with this label line
}

/** First position of each number that occurs as a footnote-marker candidate anywhere in the text
 *  (used to decide whether a `N)` paragraph is a footnote). */
function markerPositions(text: string): Map<number, number> {
  const all: MarkerCandidate[] = [];
  scanMarkers(text, 0, text.length, all);
  const out = new Map<number, number>();
  for (const c of all) if (!out.has(c.number)) out.set(c.number, c.span.start);
  return out;
}

function layoutOf(labels: LabelLine[]): Layout {
  if (labels.length === 0) return 'none';
  let antwoord = false;
  let antwoordVraag = false;
  for (const l of labels) {
    if (l.m.kind !== 'answer') continue;
    if (l.m.style === 'antwoord-vraag') antwoordVraag = true;
    else antwoord = true;
  }
  if (antwoord && antwoordVraag) return 'mixed';
  if (antwoordVraag) return 'labelled-vraag';
  if (antwoord) return 'labelled';
  return 'bulleted';
}

export function parseBeantwoording(source: SourceDocument): Beantwoording {
  const { text } = source;
  const joined = joinHyphenation(text);
  const lines = lineSpans(source);
  const labels: LabelLine[] = [];
  const pageFurniture: Span[] = [];
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i];
    const s = text.slice(ln.start, ln.end);
    const m = matchLabel(s);
    if (m) labels.push({ line: i, m });
    else if (FURNITURE_LINE.test(s)) pageFurniture.push(trimSpan(text, ln.start, ln.end));
  }
  const layout = layoutOf(labels);
  const result: Beantwoording = {
    questions: [],
    answers: [],
    crossRefs: [],
    footnoteMarkers: [],
    footnotes: [],
    layout,
    pageFurniture,
    joined,
  };
  const footnotes: Footnote[] = [];

  // ---- paragraphs: footnotes and page furniture at the end of a question/answer ----
  // A paragraph is a run of non-blank lines; a label line always starts a new one.
  const paras: Para[] = [];
  {
    let cur: Para | null = null;
    let li = 0;
    for (let i = 0; i < lines.length; i++) {
      const isLabel = li < labels.length && labels[li].line === i;
      if (isBlank(text, lines[i])) {
        cur = null;
        continue;
      }
      if (cur && !isLabel) cur.last = i;
      else {
        cur = { first: i, last: i, label: isLabel ? labels[li] : undefined };
        paras.push(cur);
      }
      if (isLabel) li++;
    }
  }
  const np = paras.length;
  const paraText = (p: number) => text.slice(lines[paras[p].first].start, lines[paras[p].last].end);
  let firstLabelPara = -1;
  let lastLabelPara = -1;
  const prot = new Uint8Array(np);
  for (let p = 0; p < np; p++) {
    const lab = paras[p].label;
    if (!lab) continue;
    if (firstLabelPara < 0) firstLabelPara = p;
    lastLabelPara = p;
    // the first body paragraph after a label-only paragraph, and the answer paragraph of layout 002
    let count = (paras[p].first === paras[p].last && lab.m.restStart < 0 ? 1 : 0) +
      (layout === 'bulleted' && lab.m.kind === 'question' ? 1 : 0);
    for (let q = p + 1; q < np && count > 0 && !paras[q].label; q++, count--) prot[q] = 1;
  }
  const firstMarker = markerPositions(text);
  const isFurn = new Uint8Array(np);
  const isFoot = new Uint8Array(np);
  const tail = new Uint8Array(np); // part of a footnote/furniture run that ends a region
  for (let p = np - 1; p > firstLabelPara && firstLabelPara >= 0; p--) {
    const para = paras[p];
    if (para.label) continue;
    let furniture = true;
    for (let i = para.first; i <= para.last && furniture; i++) {
      const s = text.slice(lines[i].start, lines[i].end);
      furniture = FURNITURE_LINE.test(s) || META_LINE.test(s);
    }
    const boundary = p + 1 === np || paras[p + 1].label !== undefined || tail[p + 1] === 1;
    if (furniture) {
      isFurn[p] = 1;
      tail[p] = boundary ? 1 : 0;
      continue;
    }
    if (prot[p]) continue;
    const head = footnoteLineStart(text.slice(lines[para.first].start, lines[para.first].end));
    if (!head) continue;
    if (!(boundary || isFurn[p + 1] || isFoot[p + 1])) continue;
    const prev = paras[p - 1];
    if (/:\s*$/.test(text.slice(lines[prev.last].start, lines[prev.last].end))) continue;
    const markerBefore = (firstMarker.get(head.number) ?? Infinity) < lines[para.first].start;
    if (!markerBefore && !(p > lastLabelPara && SOURCE_LIKE.test(paraText(p)))) continue;
    isFoot[p] = 1;
    tail[p] = boundary ? 1 : 0;
  }
  for (let p = 0; p < np; p++) {
    if (!isFoot[p]) continue;
    const para = paras[p];
    let cur: { number: number; markStart: number; textStart: number } | null = null;
    for (let i = para.first; i <= para.last + 1; i++) {
      const head = i <= para.last ? footnoteLineStart(text.slice(lines[i].start, lines[i].end)) : null;
      if (i > para.last || head) {
        if (cur) footnotes.push(makeFootnote(text, cur.number, cur.markStart, cur.textStart, lines[i - 1].end));
        cur = head
          ? { number: head.number, markStart: lines[i].start + head.markStart, textStart: lines[i].start + head.textStart }
          : null;
      }
    }
  }
  // region ends: a region stops before the footnote/furniture run that ends it
  const regionEnds: number[] = [];
  if (firstLabelPara >= 0) {
    for (let p = firstLabelPara + 1; p <= np; p++) {
      if (p < np && !paras[p].label) continue;
      // p is the next label paragraph (or the end): the region of the previous label ends here,
      // before the footnote/furniture run that precedes p
      let q = p - 1;
      while (q >= 0 && tail[q]) q--;
      const cut = q + 1 < p;
      const end = cut ? lines[paras[q + 1].first].start : p < np ? lines[paras[p].first].start : text.length;
      regionEnds.push(end);
      if (p === np && cut) result.trailer = trimSpan(text, end, lines[paras[np - 1].last].end);
    }
  }

  // ---- preamble ----
  if (labels.length > 0) {
    const first = lines[labels[0].line].start;
    const pre = trimSpan(text, 0, first);
    if (pre.end > pre.start) result.preamble = pre;
  }

  // ---- questions and answers ----
  const questions = result.questions;
  const answers = result.answers;
  for (let k = 0; k < labels.length; k++) {
    const { line, m } = labels[k];
    const ln = lines[line];
    const labelSpan: Span = { start: ln.start + m.labelStart, end: ln.start + m.labelEnd };
    const regionStart = m.restStart >= 0 ? ln.start + m.restStart : ln.next;
    let regionEnd = regionEnds[k];
    if (regionEnd < regionStart) regionEnd = regionStart;
    const numberSpan: Span | undefined =
      m.numberStart >= 0 ? { start: ln.start + m.numberStart, end: ln.start + m.numberEnd } : undefined;
    const emptyBody = (): Span => ({ start: labelSpan.end, end: labelSpan.end });

    if (m.kind === 'question') {
      let body = trimSpan(text, regionStart, regionEnd);
      let answerBody: Span | null = null;
      if (layout === 'bulleted') {
        const split = splitBulleted(text, lines, line, m.restStart >= 0, regionStart, regionEnd);
        body = split.question;
        answerBody = split.answer;
      }
      if (body.end <= body.start) body = emptyBody();
      const q: Question = {
        index: questions.length,
        number: m.numbers[0].value,
        numberSpan: numberSpan!,
        labelSpan,
        bodySpan: body,
        span: { start: labelSpan.start, end: Math.max(body.end, labelSpan.end) },
      };
      questions.push(q);
      if (answerBody) {
        answers.push({
          index: answers.length,
          number: null,
          numbers: [],
          bodySpan: answerBody,
          span: answerBody,
          questionIndex: q.index,
          pairedWith: [],
        });
      }
    } else {
      let body = trimSpan(text, regionStart, regionEnd);
      if (body.end <= body.start) body = emptyBody();
      const a: Answer = {
        index: answers.length,
        number: m.numbers.length > 0 ? m.numbers[0].value : null,
        numbers: m.numbers.map((x) => x.value),
        labelSpan,
        labelStyle: m.style,
        bodySpan: body,
        span: { start: labelSpan.start, end: Math.max(body.end, labelSpan.end) },
        questionIndex: questions.length - 1,
        pairedWith: [],
      };
      if (numberSpan) a.numberSpan = numberSpan;
      answers.push(a);
    }
  }
  pairAnswers(questions, answers);

  // ---- footnote markers ----
  const candidates: MarkerCandidate[] = [];
  if (result.preamble) scanMarkers(text, result.preamble.start, result.preamble.end, candidates);
  for (const scope of bodyScopes(questions, answers)) scanMarkers(text, scope.span.start, scope.span.end, candidates);
  // Markdown footnote definitions anywhere
  const known = new Set(footnotes.map((f) => f.span.start));
  for (let i = 0; i < lines.length; i++) {
    const s = text.slice(lines[i].start, lines[i].end);
    if (!s.includes('[^')) continue;
    const head = footnoteLineStart(s);
    if (!head || s[head.markStart] !== '[') continue;
    const start = lines[i].start;
    if (known.has(start + head.markStart)) continue;
    footnotes.push(makeFootnote(text, head.number, start + head.markStart, start + head.textStart, lines[i].end));
  }
  footnotes.sort((a, b) => a.span.start - b.span.start);
  result.footnotes = footnotes;
  const footnoteNumbers = new Set(footnotes.map((f) => f.number));
  const markers: FootnoteMarker[] = [];
  for (const c of candidates) {
    if (c.strong || footnoteNumbers.has(c.number)) markers.push({ number: c.number, span: c.span });
  }
  markers.sort((a, b) => a.span.start - b.span.start);
  result.footnoteMarkers = markers;

  // ---- cross-references ----
  const refs = findCrossRefs(joined, bodyScopes(questions, answers));
  result.crossRefs = refs.map(
    (r): CrossRef => ({
      span: r.span,
      target: r.target,
      targetSpan: r.targetSpan,
      fromQuestion: r.scope.fromQuestion,
      fromNumbers: r.scope.fromNumbers,
      in: r.scope.in,
      index: r.scope.index,
    }),
  );
  return result;
}

/**
 * Layout 002: the question is the first paragraph after the label, the answer the rest. Without a blank
 * line between them, the question ends after the last line ending in `?` (if that is not the last line).
 */
function splitBulleted(
  text: string,
  lines: Line[],
  labelLine: number,
  inline: boolean,
  regionStart: number,
  regionEnd: number,
): { question: Span; answer: Span | null } {
  let firstLine = inline ? labelLine : labelLine + 1;
  // lines of the region
  let i = firstLine;
  while (i < lines.length && lines[i].start < regionEnd && !inline && isBlank(text, lines[i])) i++;
  firstLine = i;
  let lastQ = -1;
  while (i < lines.length && lines[i].start < regionEnd && (i === firstLine || !isBlank(text, lines[i]))) {
    lastQ = i;
    i++;
  }
  if (lastQ === -1) return { question: trimSpan(text, regionStart, regionEnd), answer: null };
  let qEnd = Math.min(lines[lastQ].end, regionEnd);
  let rest = trimSpan(text, qEnd, regionEnd);
  if (rest.end <= rest.start) {
    // one paragraph: split after the last line ending in '?' that is not the last line
    for (let j = lastQ - 1; j >= firstLine; j--) {
      if (/\?\s*$/.test(text.slice(lines[j].start, lines[j].end))) {
        qEnd = lines[j].end;
        rest = trimSpan(text, qEnd, regionEnd);
        break;
      }
    }
  }
  const question = trimSpan(text, regionStart, qEnd);
  return { question, answer: rest.end > rest.start ? rest : null };
}

/**
 * Pairs answers with questions. An answer pairs with the unanswered question(s) before it whose number
 * it carries (the nearest one for duplicates); failing that, positionally with the question it follows
 * when that one is still unanswered (a number mismatch, reported by checkStructure). An unlabeled or
 * numberless answer pairs positionally.
 */
function pairAnswers(questions: Question[], answers: Answer[]): void {
  const open = new Map<number, number[]>(); // number -> stack of unanswered question indices
  let nextQ = 0;
  for (const a of answers) {
    // make the questions before this answer available
    while (nextQ < questions.length && nextQ <= a.questionIndex) {
      const q = questions[nextQ];
      let st = open.get(q.number);
      if (!st) open.set(q.number, (st = []));
      st.push(nextQ);
      nextQ++;
    }
    const pair = (qi: number) => {
      const q = questions[qi];
      q.answer = a;
      a.pairedWith.push(qi);
      const st = open.get(q.number);
      if (st) {
        const pos = st.lastIndexOf(qi);
        if (pos >= 0) st.splice(pos, 1);
      }
    };
    if (a.questionIndex < 0) continue;
    if (a.numbers.length > 0) {
      for (const n of a.numbers) {
        const st = open.get(n);
        if (st && st.length > 0) pair(st[st.length - 1]);
      }
    }
    if (a.pairedWith.length === 0 && !questions[a.questionIndex].answer) pair(a.questionIndex);
    a.pairedWith.sort((x, y) => x - y);
  }
}

/** Question and answer bodies in document order, with their "current question" numbers. */
function bodyScopes(questions: Question[], answers: Answer[]): RefScope[] {
  const scopes: RefScope[] = [];
  for (const q of questions) {
    scopes.push({ span: q.bodySpan, in: 'question', index: q.index, fromQuestion: q.number, fromNumbers: [q.number] });
  }
  for (const a of answers) {
    const nums = new Set<number>(a.numbers);
    for (const qi of a.pairedWith) nums.add(questions[qi].number);
    const follows = a.questionIndex >= 0 ? questions[a.questionIndex].number : undefined;
    if (follows !== undefined && a.numbers.length === 0) nums.add(follows);
    const from = a.number ?? follows ?? 0;
    scopes.push({ span: a.bodySpan, in: 'answer', index: a.index, fromQuestion: from, fromNumbers: [...nums] });
  }
  scopes.sort((x, y) => x.span.start - y.span.start);
  return scopes;
}
