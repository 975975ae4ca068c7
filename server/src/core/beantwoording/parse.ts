// parseBeantwoording: the question/answer structure of a beantwoording van Kamervragen. Line based, one
// pass over the lines plus linear passes for cross-references and footnote markers. See README.md for
// the layouts; `layouts.ts` finds the labels of the layouts without keyword labels.

import { partitionPoint } from '../search';
import type { Span } from '../types';
import { findCrossRefs, type RefScope } from './crossrefs';
import { footnoteLineStart, isDefiniteNote, makeFootnote, scanMarkers, type MarkerCandidate, type NoteHead } from './footnotes';
import { readFurniture, type Furniture } from './furniture';
import { joinHyphenation } from './hyphenation';
import { alternatingLayout, endsInQuestionMark, keywordLabels, numberLabels, tableLayout, type Label } from './layouts';
import type { SourceDocument } from '../source/types';
import { isBlank, lineSpans, trimSpan, type Line } from './lines';
import type { Answer, Beantwoording, CrossRef, Footnote, FootnoteMarker, Layout, Question } from './model';

/** Metadata lines of parliament-watch sites (seed 002), the "Naar boven" link and a thematic break. */
const META_LINE =
  /^\s*(?:(?:Kamervraag|Kamerantwoord|Kamerstuk)\s+document\s*nummer\s*:|Volledige\s+titel\s*:|Bron\s+(?:vraag|antwoord)\b|Naar\s+boven\s*$|(?:-{3,}|\*{3,}|_{3,})\s*$)/i;
/** Something a footnote typically contains (URL, year, source). */
const SOURCE_LIKE = /https?:\/\/|www\.|\b(?:19|20)\d\d\b|kamerstuk|handelingen|\bnr\.|\bblz\.|\bp\.\s*\d/i;
/** The Kamervragen as submitted: "Vragen van het lid … (ingezonden …)", and no "Antwoord van …". */
const SUBMITTED = /\bVragen\s+van\s+(?:het\s+lid|de\s+leden)\b[^]*?\(ingezonden\b/;
const ANSWERED = /(?:^|\n)\s*Antwoord(?:en)?\s+(?:van|op\s+(?:de\s+)?vragen\s+van)\b|\(ontvangen\b/i;

interface Para {
  first: number; // line index
  last: number; // line index (inclusive), never a whole-furniture line
  label?: number; // index of the first label on the paragraph's first line
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

function layoutOf(labels: readonly Label[]): Layout {
  if (labels.length === 0) return 'none';
  if (labels[0].numbered) return 'numbered';
  let antwoord = false;
  let antwoordVraag = false;
  for (const label of labels) {
    if (label.kind !== 'answer') continue;
    if (label.style === 'antwoord-vraag') antwoordVraag = true;
    else antwoord = true;
  }
  if (antwoord && antwoordVraag) return 'mixed';
  if (antwoordVraag) return 'labelled-vraag';
  if (antwoord) return 'labelled';
  return 'bulleted';
}

function emptyResult(layout: Layout, furniture: Furniture, joined: Beantwoording['joined']): Beantwoording {
  return { questions: [], answers: [], crossRefs: [], footnoteMarkers: [], footnotes: [], layout, questionsOnly: false, pageFurniture: furniture.spans, joined };
}

export function parseBeantwoording(source: SourceDocument): Beantwoording {
  const { text } = source;
  const joined = joinHyphenation(text);
  const lines = lineSpans(source);
  const furniture = readFurniture(text, lines);
  let labels = keywordLabels(text, lines, furniture);
  if (labels.length === 0) labels = numberLabels(text, lines, furniture);
  if (labels.length === 0) {
    const table = tableLayout(source);
    const result = emptyResult('none', furniture, joined);
    const built = table ?? alternatingLayout(text, lines, furniture);
    if (built) {
      result.layout = table ? 'table' : 'alternating';
      result.questions = built.questions;
      result.answers = built.answers;
      if (built.preamble) result.preamble = built.preamble;
      pairAnswers(result.questions, result.answers);
      finishFootnotes(result, text, lines, furniture, [], built.noteStart);
    }
    return result;
  }
  const layout = layoutOf(labels);
  const result = emptyResult(layout, furniture, joined);
  const preamble = trimSpan(text, 0, labels[0].labelSpan.start);
  if (preamble.end > preamble.start) result.preamble = preamble;
  result.questionsOnly =
    (layout === 'bulleted' || layout === 'numbered') && result.preamble !== undefined && isSubmitted(text.slice(result.preamble.start, result.preamble.end));

  const paras = paragraphs(text, lines, labels, furniture);
  const { footnotes, tail } = readTail(text, lines, labels, paras, layout, result.questionsOnly);
  const regionEnds = regionEndsOf(text, lines, labels, paras, tail, result);
  buildEntries(text, lines, labels, regionEnds, result);
  pairAnswers(result.questions, result.answers);
  finishFootnotes(result, text, lines, furniture, footnotes);
  return result;
}

/** The preamble of Kamervragen as submitted: no answer yet. */
function isSubmitted(preamble: string): boolean {
  return SUBMITTED.test(preamble) && !ANSWERED.test(preamble);
}

/**
 * Paragraphs: runs of non-blank lines; a label line always starts a new one, and so does a footnote or
 * a metadata line right under text (a footnote block without a blank line before it). Whole lines of
 * page furniture neither start nor end a paragraph.
 */
function paragraphs(text: string, lines: readonly Line[], labels: readonly Label[], furniture: Furniture): Para[] {
  const paras: Para[] = [];
  const firstMarker = markerPositions(text);
  let cur: Para | null = null;
  let next = 0;
  for (let i = 0; i < lines.length; i++) {
    if (furniture.kind[i] === 1) continue;
    const isLabel = next < labels.length && labels[next].line === i;
    if (isBlank(text, lines[i])) {
      cur = null;
      continue;
    }
    // a footnote or metadata line under text starts the tail (not inside a list of `1)` lines)
    const tailStart = cur !== null && !isLabel && footnoteLineStart(lineText(text, lines[cur.first])) === null && startsTail(text, lines, i, firstMarker);
    if (cur && !isLabel && !tailStart) cur.last = i;
    else {
      cur = { first: i, last: i, label: isLabel ? next : undefined };
      paras.push(cur);
    }
    while (next < labels.length && labels[next].line === i) next++;
  }
  return paras;
}

const lineText = (text: string, line: Line) => text.slice(line.start, line.end);

/** A line under text that starts a footnote block or the site's metadata. */
function startsTail(text: string, lines: readonly Line[], i: number, firstMarker: Map<number, number>): boolean {
  const s = lineText(text, lines[i]);
  if (META_LINE.test(s)) return true;
  if (/:\s*$/.test(lineText(text, lines[i - 1]))) return false;
  const head = footnoteLineStart(s);
  if (!head || Number.isNaN(head.number)) return false;
  if ((firstMarker.get(head.number) ?? Infinity) >= lines[i].start) return false;
  if (isDefiniteNote(head.form)) return true;
  const noteText = head.form === 'alone' && i + 1 < lines.length ? lineText(text, lines[i + 1]) : s.slice(head.textStart);
  return SOURCE_LIKE.test(noteText);
}

/** The footnote head of a paragraph: its first line's, with the number of a `X Noot` line from the next line. */
function paraHead(text: string, lines: readonly Line[], para: Para): (NoteHead & { textLine: number }) | null {
  const head = footnoteLineStart(lineText(text, lines[para.first]));
  if (!head) return null;
  if (head.form === 'noot' && Number.isNaN(head.number)) {
    if (para.first === para.last) return null;
    const number = footnoteLineStart(lineText(text, lines[para.first + 1]));
    if (!number || number.form !== 'alone') return null;
    return { ...head, number: number.number, textLine: para.first + 2 };
  }
  return { ...head, textLine: head.form === 'alone' || head.form === 'noot' ? para.first + 1 : para.first };
}

/**
 * The footnotes and page furniture at the end of each question or answer (before the next label or
 * the end of the text): marks them as the tail of their region and returns the footnotes.
 */
function readTail(
  text: string,
  lines: readonly Line[],
  labels: readonly Label[],
  paras: readonly Para[],
  layout: Layout,
  questionsOnly: boolean,
): { footnotes: Footnote[]; tail: Uint8Array } {
  const np = paras.length;
  let firstLabelPara = -1;
  let lastLabelPara = -1;
  const prot = new Uint8Array(np);
  for (let p = 0; p < np; p++) {
    const index = paras[p].label;
    if (index === undefined) continue;
    const label = labels[index];
    if (firstLabelPara < 0) firstLabelPara = p;
    lastLabelPara = p;
    // the first body paragraph after a label-only paragraph, and the answer paragraph of an unlabelled answer
    const unlabelledAnswer = (layout === 'bulleted' || layout === 'numbered') && label.kind === 'question' && !questionsOnly;
    let count = (paras[p].first === paras[p].last && label.restStart < 0 ? 1 : 0) + (unlabelledAnswer ? 1 : 0);
    for (let q = p + 1; q < np && count > 0 && paras[q].label === undefined; q++, count--) prot[q] = 1;
  }
  const firstMarker = markerPositions(text);
  const isFurn = new Uint8Array(np);
  const head: ((NoteHead & { textLine: number }) | null)[] = paras.map((para) => (para.label === undefined ? paraHead(text, lines, para) : null));
  /** A head without its text: the next paragraph holds the text (`X Noot` / `1` / blank / `NOS, …`). */
  const headOnly = (p: number) => head[p] !== null && head[p]!.textLine > paras[p].last;
  const isFoot = new Uint8Array(np);
  const noteTextOf = new Int32Array(np).fill(-1);
  const tail = new Uint8Array(np);
  const validNote = (p: number, textEnd: number): boolean => {
    const h = head[p];
    if (!h || prot[p] || Number.isNaN(h.number)) return false;
    if (p > 0 && /:\s*$/.test(lineText(text, lines[paras[p - 1].last]))) return false;
    const markerBefore = (firstMarker.get(h.number) ?? Infinity) < lines[paras[p].first].start;
    const noteText = text.slice(lines[paras[p].first].start, textEnd);
    if (isDefiniteNote(h.form)) return markerBefore || (p > lastLabelPara && SOURCE_LIKE.test(noteText));
    return markerBefore && (h.form === 'noot' || SOURCE_LIKE.test(noteText));
  };
  for (let p = np - 1; p > firstLabelPara && firstLabelPara >= 0; p--) {
    const para = paras[p];
    if (para.label !== undefined) continue;
    let furnitureOnly = true;
    for (let i = para.first; i <= para.last && furnitureOnly; i++) furnitureOnly = META_LINE.test(lineText(text, lines[i]));
    const boundary = p + 1 === np || paras[p + 1].label !== undefined || tail[p + 1] === 1;
    if (furnitureOnly) {
      isFurn[p] = 1;
      tail[p] = boundary ? 1 : 0;
      continue;
    }
    if (!(boundary || isFurn[p + 1] || isFoot[p + 1])) continue;
    if (!head[p] && p - 1 > firstLabelPara && headOnly(p - 1) && !prot[p] && validNote(p - 1, lines[para.last].end)) {
      isFoot[p] = isFoot[p - 1] = 1;
      tail[p] = tail[p - 1] = boundary ? 1 : 0;
      noteTextOf[p - 1] = p;
      p--;
      continue;
    }
    if (!validNote(p, lines[para.last].end)) continue;
    isFoot[p] = 1;
    tail[p] = boundary ? 1 : 0;
  }
  const footnotes: Footnote[] = [];
  for (let p = 0; p < np; p++) {
    if (!isFoot[p] || !head[p]) continue;
    const textEnd = noteTextOf[p] >= 0 ? paras[noteTextOf[p]].last : paras[p].last;
    notesOfParagraph(text, lines, paras[p], head[p]!, textEnd, footnotes);
  }
  return { footnotes, tail };
}

/** The footnotes of a footnote paragraph: each further line with a head of the same form starts the next one. */
function notesOfParagraph(text: string, lines: readonly Line[], para: Para, first: NoteHead & { textLine: number }, textEnd: number, out: Footnote[]): void {
  let cur = { number: first.number, markStart: lines[para.first].start + first.markStart, textStart: first.textLine > para.first ? lines[Math.min(first.textLine, textEnd)].start : lines[para.first].start + first.textStart };
  for (let i = first.textLine + 1; i <= para.last; i++) {
    const next = footnoteLineStart(lineText(text, lines[i]));
    if (!next || next.form !== first.form || first.form === 'noot' || first.form === 'alone') continue;
    out.push(makeFootnote(text, cur.number, cur.markStart, cur.textStart, lines[i - 1].end));
    cur = { number: next.number, markStart: lines[i].start + next.markStart, textStart: lines[i].start + next.textStart };
  }
  out.push(makeFootnote(text, cur.number, cur.markStart, Math.min(cur.textStart, lines[textEnd].end), lines[textEnd].end));
}

/** Where each label's region ends: before the next label, without the footnote/furniture run that precedes it. */
function regionEndsOf(text: string, lines: readonly Line[], labels: readonly Label[], paras: readonly Para[], tail: Uint8Array, result: Beantwoording): number[] {
  const labelPara = new Int32Array(labels.length);
  paras.forEach((para, p) => {
    for (let k = para.label ?? labels.length; k < labels.length && labels[k].line === para.first; k++) labelPara[k] = p;
  });
  const np = paras.length;
  return labels.map((label, k) => {
    const next = labels[k + 1];
    if (next && next.line === label.line) return next.labelSpan.start; // an inline label: up to the next one on its line
    const nextPara = next ? labelPara[k + 1] : np;
    let q = nextPara - 1;
    while (q > labelPara[k] && tail[q]) q--;
    if (!next) {
      // footnotes, page furniture and site metadata after the last answer
      const trailer = trimSpan(text, lines[paras[q].last].end, text.length);
      if (trailer.end > trailer.start) result.trailer = trailer;
    }
    return lines[paras[q].last].end;
  });
}

function buildEntries(text: string, lines: readonly Line[], labels: readonly Label[], regionEnds: number[], result: Beantwoording): void {
  const { questions, answers, layout } = result;
  for (let k = 0; k < labels.length; k++) {
    const label = labels[k];
    const line = lines[label.line];
    const labelSpan = label.labelSpan;
    const regionStart = label.restStart >= 0 ? label.restStart : line.next;
    const regionEnd = Math.max(regionEnds[k], regionStart);
    const emptyBody = (): Span => ({ start: labelSpan.end, end: labelSpan.end });
    let body = trimSpan(text, regionStart, regionEnd);
    if (label.kind === 'question') {
      let answerBody: Span | null = null;
      if (!result.questionsOnly && (layout === 'bulleted' || layout === 'numbered')) {
        const split =
          layout === 'bulleted'
            ? splitBulleted(text, lines, label.line, label.restStart >= 0, regionStart, regionEnd)
            : splitAtQuestionMarks(text, lines, label.line, regionStart, regionEnd);
        body = split.question;
        answerBody = split.answer;
      }
      if (body.end <= body.start) body = emptyBody();
      const first = questions.length;
      for (const item of label.numbers) {
        questions.push({
          index: questions.length,
          number: item.value,
          numberSpan: { start: item.start, end: item.end },
          labelSpan,
          bodySpan: body,
          span: { start: labelSpan.start, end: Math.max(body.end, labelSpan.end) },
        });
      }
      if (answerBody) {
        answers.push({ index: answers.length, number: null, numbers: [], bodySpan: answerBody, span: answerBody, questionIndex: first + label.numbers.length - 1, pairedWith: [] });
      }
    } else {
      if (body.end <= body.start) body = emptyBody();
      const a: Answer = {
        index: answers.length,
        number: label.numbers.length > 0 ? label.numbers[0].value : null,
        numbers: label.numbers.map((x) => x.value),
        labelSpan,
        labelStyle: label.style,
        bodySpan: body,
        span: { start: labelSpan.start, end: Math.max(body.end, labelSpan.end) },
        questionIndex: questions.length - 1,
        pairedWith: [],
      };
      if (label.numberSpan) a.numberSpan = label.numberSpan;
      answers.push(a);
    }
  }
}

/** Footnote definitions in Markdown, the markers in the preamble and the bodies, and the cross-references. */
function finishFootnotes(result: Beantwoording, text: string, lines: readonly Line[], furniture: Furniture, footnotes: Footnote[], noteStart?: number): void {
  const { questions, answers, joined } = result;
  if (noteStart !== undefined) {
    // a layout without labels (alternating lines): `N) …` lines after the last answer
    for (let i = noteStart; i < lines.length; i++) {
      const head = footnoteLineStart(lineText(text, lines[i]));
      if (head && head.form === 'paren') footnotes.push(makeFootnote(text, head.number, lines[i].start + head.markStart, lines[i].start + head.textStart, lines[i].end));
    }
  }
  const candidates: MarkerCandidate[] = [];
  if (result.preamble) scanMarkers(text, result.preamble.start, result.preamble.end, candidates);
  for (const scope of bodyScopes(questions, answers)) scanMarkers(text, scope.span.start, scope.span.end, candidates);
  // Markdown footnote definitions anywhere
  const known = new Set(footnotes.map((f) => f.span.start));
  for (let i = 0; i < lines.length; i++) {
    const s = lineText(text, lines[i]);
    if (!s.includes('[^')) continue;
    const head = footnoteLineStart(s);
    if (!head || head.form !== 'markdown') continue;
    const start = lines[i].start;
    if (known.has(start + head.markStart)) continue;
    footnotes.push(makeFootnote(text, head.number, start + head.markStart, start + head.textStart, lines[i].end));
  }
  footnotes.sort((a, b) => a.span.start - b.span.start);
  result.footnotes = footnotes;
  const footnoteNumbers = new Set(footnotes.map((f) => f.number));
  // furniture spans are in document order and disjoint: a binary search
  const inFurniture = (span: Span) => {
    const f = furniture.spans[partitionPoint(furniture.spans.length, (i) => furniture.spans[i].end < span.end)];
    return f !== undefined && f.start <= span.start && span.end <= f.end;
  };
  const seen = new Set<number>();
  const markers: FootnoteMarker[] = [];
  for (const c of candidates) {
    if (seen.has(c.span.start) || !(c.strong || footnoteNumbers.has(c.number)) || inFurniture(c.span)) continue;
    seen.add(c.span.start);
    markers.push({ number: c.number, span: c.span });
  }
  markers.sort((a, b) => a.span.start - b.span.start);
  result.footnoteMarkers = markers;

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
}

/**
 * Layout 002: the question is the first paragraph after the label, the answer the rest. Without a blank
 * line between them, the question ends after the last line ending in `?` (if that is not the last line).
 */
function splitBulleted(
  text: string,
  lines: readonly Line[],
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
      if (/\?\s*$/.test(lineText(text, lines[j]))) {
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
 * A lijst van vragen en antwoorden (`1`, `1 en 2`, `1.` labels): the question is the paragraphs up to and
 * including the first run of paragraphs ending in `?` (the first paragraph when none does), the answer
 * the paragraphs after it.
 */
function splitAtQuestionMarks(text: string, lines: readonly Line[], labelLine: number, regionStart: number, regionEnd: number): { question: Span; answer: Span | null } {
  const paraEnds: number[] = [];
  let inPara = false;
  for (let i = labelLine; i < lines.length && lines[i].start < regionEnd; i++) {
    const blank = lines[i].end <= regionStart || isBlank(text, { start: Math.max(lines[i].start, regionStart), end: lines[i].end, next: lines[i].next });
    if (blank) {
      inPara = false;
      continue;
    }
    if (inPara) paraEnds[paraEnds.length - 1] = Math.min(lines[i].end, regionEnd);
    else paraEnds.push(Math.min(lines[i].end, regionEnd));
    inPara = true;
  }
  if (paraEnds.length < 2) return { question: trimSpan(text, regionStart, regionEnd), answer: null };
  const endsQuestion = (p: number) => endsInQuestionMark(text.slice(p === 0 ? regionStart : paraEnds[p - 1], paraEnds[p]));
  let last = 0;
  const firstQuestion = paraEnds.findIndex((_, p) => p < paraEnds.length - 1 && endsQuestion(p));
  if (firstQuestion >= 0) {
    last = firstQuestion;
    while (last + 1 < paraEnds.length - 1 && endsQuestion(last + 1)) last++;
  }
  const answer = trimSpan(text, paraEnds[last], regionEnd);
  return { question: trimSpan(text, regionStart, paraEnds[last]), answer: answer.end > answer.start ? answer : null };
}

/**
 * Pairs answers with questions. An answer pairs with the unanswered question(s) before it whose number
 * it carries (the nearest one for duplicates); failing that, positionally with the question it follows
 * when that one is still unanswered (a number mismatch, reported by the rules). An unlabeled or
 * numberless answer pairs positionally, with every question of a combined label (`Vraag 2 en 3`).
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
    const followed = questions[a.questionIndex];
    if (a.pairedWith.length === 0 && !followed.answer) {
      // the question it follows, with the other questions of its label
      for (let qi = a.questionIndex; qi >= 0 && questions[qi].labelSpan.start === followed.labelSpan.start; qi--) {
        if (!questions[qi].answer) pair(qi);
      }
    }
    a.pairedWith.sort((x, y) => x - y);
  }
}

/** Question and answer bodies in document order, with their "current question" numbers. */
function bodyScopes(questions: Question[], answers: Answer[]): RefScope[] {
  const scopes: RefScope[] = [];
  for (const q of questions) {
    // the questions of one combined label share their body: one scope, with all their numbers
    const previous = scopes[scopes.length - 1];
    if (previous && previous.in === 'question' && questions[previous.index].labelSpan.start === q.labelSpan.start) {
      previous.fromNumbers.push(q.number);
      continue;
    }
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
