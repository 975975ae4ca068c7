// Renders a nota as its printed page looks (header column, purpose, sections, Bijlagen table) or a
// beantwoording as numbered Vraag/Antwoord pairs, with the checker's own parse (micromark, CommonMark +
// GFM tables, then rehype),
// redaction markers as black bars and unredacted personal data marked. The published form renders the
// source with its personal data redacted (published.ts). The result is sanitised; links keep their target
// only when it is http(s) or mailto.
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import type { Root as MdastRoot, RootContent, Text } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { fieldDef } from '../catalog';
import { formatMessage } from '../messages';
import type { CheckOptions, CheckResult } from '../engine';
import type { NotaDocument } from '../model/types';
import type { Locale, Span } from '../types';
import { wooGround } from '../woo';
import { redactionMarkerFor } from '../model/redactions';
import { PDF_BULLET } from '../source/blocks';
import { parseMarkdown } from '../source/parse';
import { publishedResult } from './published';
import { PREVIEW_SCHEMA } from './schema';
import { partitionPoint } from '../search';
import { b1MaxWords } from '../writing/hover';
import { unitReadability } from '../writing/readability';

export type PreviewMode = 'review' | 'published';

export interface PreviewOptions {
  mode: PreviewMode;
  locale: Locale;
  /** How the document was checked: the published form is checked again with its personal data redacted. */
  checkOptions: CheckOptions;
}

interface Mark {
  span: Span;
  kind: 'redaction' | 'pii';
  label: string;
  title: string;
  rule?: string;
}

const LABELS = {
  nl: { personalData: 'persoonsgegevens', redacted: 'gelakt', question: 'Vraag', answer: 'Antwoord' },
  en: { personalData: 'personal data', redacted: 'redacted', question: 'Question', answer: 'Answer' },
};

const sanitizer = unified().use(rehypeRaw).use(rehypeSanitize, PREVIEW_SCHEMA);
const serializer = unified().use(rehypeStringify);

function collectMarks(result: CheckResult, options: PreviewOptions): Mark[] {
  const { doc, findings } = result;
  const labels = LABELS[options.locale];
  const marks: Mark[] = doc.redactions.map((redaction) => {
    const codes = redaction.codes.map((c) => c.code);
    const meanings = codes.map((code) => wooGround(code)?.[options.locale]).filter(Boolean);
    return {
      span: redaction.span,
      kind: 'redaction',
      label: codes.length > 0 ? codes.join(', ') : labels.redacted,
      title: meanings.length > 0 ? `${codes.join(', ')}: ${meanings.join('; ')}` : labels.redacted,
    };
  });
  const candidates = new Map(doc.personalData.map((candidate) => [`${candidate.span.start}:${candidate.span.end}`, candidate]));
  for (const finding of findings) {
    if (!finding.ruleId.startsWith('pii-')) continue;
    // The marker "Redact all" and the published form put in its place, as it will appear: 5.1.2e, not "personal data".
    const candidate = candidates.get(`${finding.span.start}:${finding.span.end}`);
    const marker = candidate ? redactionMarkerFor(candidate, options.checkOptions.config) : options.checkOptions.config.redactionMarker;
    const label = marker.replace(/^\[\s*|\s*\]$/g, '') || labels.personalData;
    const meaning = wooGround(label)?.[options.locale];
    const title = formatMessage(options.locale, 'preview.pii-title', { marker, meaning: meaning ? ` (${meaning})` : '', finding: finding.message });
    marks.push({ span: finding.span, kind: 'pii', label, title, rule: finding.ruleId });
  }
  marks.sort((a, b) => a.span.start - b.span.start);
  // Overlapping marks cannot both be shown: keep the first.
  return marks.filter((mark, i) => i === 0 || mark.span.start >= marks[i - 1].span.end);
}

function markNode(mark: Mark, text: string, mode: PreviewMode): RootContent {
  const asBar = mark.kind === 'redaction' || mode === 'published';
  // Published, personal data leaves no trace: the tooltip would otherwise repeat what it hides.
  const title = mark.kind === 'pii' && mode === 'published' ? mark.label : mark.title;
  // In review, the ground the text will be published as is shown beside it (preview.css, from data-ground).
  const ground = mark.kind === 'pii' && !asBar ? mark.label : undefined;
  return {
    type: 'emphasis',
    data: {
      hName: asBar ? 'span' : 'mark',
      hProperties: { className: asBar ? ['redaction'] : ['pii'], title, dataGround: ground, dataRule: mark.rule },
    },
    children: [{ type: 'text', value: asBar ? mark.label : text }],
  };
}

/** Index of the first mark (sorted by start) that starts at or after `offset`: no quadratic scan per text node. */
function firstMarkFrom(marks: Mark[], offset: number): number {
  return partitionPoint(marks.length, (i) => marks[i].span.start < offset);
}

interface Cut {
  mark: Mark;
  from: number;
  to: number;
}

/**
 * Where each mark lies in a text node's value. Text with escapes, entities or wrapped lines no longer lines
 * up with its source: a mark is then found as its own text, nearest to where the source puts it, in order;
 * a mark that cannot be found leaves the node unmarked (the published form does not rely on marks).
 */
function markCuts(value: string, start: number, aligned: boolean, inside: Mark[], doc: NotaDocument): Cut[] | undefined {
  if (aligned) return inside.map((mark) => ({ mark, from: mark.span.start - start, to: mark.span.end - start }));
  const cuts: Cut[] = [];
  let cursor = 0;
  for (const mark of inside) {
    const written = doc.text.slice(mark.span.start, mark.span.end);
    const expected = Math.max(cursor, Math.min(mark.span.start - start, value.length));
    const before = value.lastIndexOf(written, expected);
    const after = value.indexOf(written, expected);
    const candidates = [before, after].filter((at) => at >= cursor);
    if (written === '' || candidates.length === 0) return undefined;
    const from = candidates.reduce((best, at) => (Math.abs(at - expected) < Math.abs(best - expected) ? at : best));
    cuts.push({ mark, from, to: from + written.length });
    cursor = from + written.length;
  }
  return cuts;
}

/** Splits text nodes where marks begin and end, replacing marked text by mark nodes. */
function applyMarks(tree: MdastRoot, base: number, marks: Mark[], mode: PreviewMode, doc: NotaDocument): void {
  const visit = (parent: { children: RootContent[] }) => {
    const children: RootContent[] = [];
    for (const child of parent.children) {
      if (child.type !== 'text' || !child.position) {
        if ('children' in child) visit(child as { children: RootContent[] });
        children.push(child);
        continue;
      }
      const start = base + child.position.start.offset!;
      const end = base + child.position.end.offset!;
      const inside: Mark[] = [];
      for (let i = firstMarkFrom(marks, start); i < marks.length && marks[i].span.start < end; i++) {
        if (marks[i].span.end <= end) inside.push(marks[i]);
      }
      const cuts = inside.length > 0 ? markCuts(child.value, start, end - start === child.value.length, inside, doc) : undefined;
      if (!cuts) {
        children.push(child);
        continue;
      }
      let cursor = 0;
      for (const { mark, from, to } of cuts) {
        if (from > cursor) children.push({ type: 'text', value: child.value.slice(cursor, from) } as Text);
        children.push(markNode(mark, child.value.slice(from, to), mode));
        cursor = to;
      }
      if (cursor < child.value.length) children.push({ type: 'text', value: child.value.slice(cursor) } as Text);
    }
    parent.children = children;
  };
  visit(tree);
}

/** Every element that came from source text gets the source line it starts on (scroll sync). */
function addLines(node: HastRoot | Element, base: number, doc: NotaDocument): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const offset = child.position?.start.offset;
    if (offset !== undefined) child.properties = { ...child.properties, dataLine: doc.lineIndex.positionAt(base + offset).line };
    addLines(child, base, doc);
  }
}

/** `text` (starting at `from` in the document) with `at` replaced by `by`, of the same length: offsets stay aligned. */
function overwrite(text: string, from: number, at: Span, by: string): string {
  return text.slice(0, at.start - from) + by + text.slice(at.end - from);
}

/**
 * Markdown from `span` of the document, rendered with marks; PDF residue lines are left out, and a PDF
 * bullet that the source layer reads as a list item (U+F0B7, • at line start) is rendered as the "-" it stands for.
 */
function renderText(doc: NotaDocument, span: Span, marks: Mark[], mode: PreviewMode): ElementContent[] {
  let text = doc.text.slice(span.start, span.end);
  for (const line of doc.residueLines) {
    const { start, end } = doc.lines[line].span;
    if (start >= span.start && end <= span.end) text = overwrite(text, span.start, { start, end }, ' '.repeat(end - start));
  }
  const first = doc.lineIndex.positionAt(span.start).line;
  for (let line = first; line < doc.lines.length && doc.lines[line].span.start < span.end; line++) {
    const source = doc.lines[line];
    const bullet = source.block === 'list' && source.span.start >= span.start ? PDF_BULLET.exec(source.text) : null;
    if (bullet) {
      const at = source.span.start + bullet[0].indexOf(bullet[1]);
      text = overwrite(text, span.start, { start: at, end: at + 1 }, '-');
    }
  }
  const tree = parseMarkdown(text);
  applyMarks(tree, span.start, marks, mode, doc);
  const hast = toHast(tree, { allowDangerousHtml: true }) as HastRoot;
  addLines(hast, span.start, doc);
  return hast.children as ElementContent[];
}

/** Readability per heading line (0-based), for the margin of the review preview; the published form shows none. */
type MarginNotes = Map<number, string>;

function readabilityNotes(result: CheckResult, options: PreviewOptions): MarginNotes {
  const notes: MarginNotes = new Map();
  if (options.mode !== 'review') return notes;
  const b1 = b1MaxWords(options.checkOptions.config);
  for (const unit of result.prose().units) {
    const { fleschDouma, b1Share, sentences } = unitReadability(unit.sentences, { b1MaxWords: b1 });
    if (fleschDouma === undefined || b1Share === undefined) continue;
    notes.set(unit.headingLine, formatMessage(options.locale, 'preview.readability', { score: fleschDouma, share: Math.round(b1Share * 100), sentences, b1 }));
  }
  return notes;
}

function marginNote(notes: MarginNotes, line: number): Element[] {
  const note = notes.get(line);
  return note ? [h('aside', { className: ['readability'] }, note)] : [];
}

function lineOf(doc: NotaDocument, offset: number): number {
  return doc.lineIndex.positionAt(offset).line;
}

function notaPage(doc: NotaDocument, marks: Mark[], mode: PreviewMode, notes: MarginNotes): Element {
  const { header } = doc;
  const field = (key: string) => header.fields.find((f) => f.key === key);
  const value = (key: string) => {
    const found = field(key);
    return found?.valueSpan ? renderText(doc, found.valueSpan, marks, mode).flatMap((node) => (node.type === 'element' && node.tagName === 'p' ? node.children : [node])) : [];
  };
  const address = ['aan', 'van'].filter((key) => field(key)).map((key) => h('div', { className: ['address-line'], dataLine: lineOf(doc, field(key)!.span.start) }, [h('span', { className: ['label'] }, fieldDef(key as 'aan').label), ' ', ...value(key)]));
  const side = header.fields
    .filter((f) => f.key !== 'aan' && f.key !== 'van')
    .flatMap((f) => [h('dt', { dataLine: lineOf(doc, f.span.start) }, fieldDef(f.key).label), h('dd', value(f.key))]);
  const bodyStart = header.endLine < doc.lines.length ? doc.lines[header.endLine].span.start : doc.text.length;
  const sections = doc.sections.map((section) => {
    const content =
      section.def?.id === 'bijlagen' && doc.bijlagen && doc.bijlagen.form !== 'gfm'
        ? [bijlagenTable(doc)]
        : renderText(doc, { start: Math.min(section.headingSpan.end + 1, section.span.end), end: section.span.end }, marks, mode);
    return h('section', { dataLine: section.headingLine }, [h('h2', section.title), ...marginNote(notes, section.headingLine), ...content]);
  });
  const beforeSections = doc.sections.length > 0 ? doc.sections[0].span.start : doc.text.length;
  const loose = bodyStart < beforeSections ? renderText(doc, { start: bodyStart, end: beforeSections }, marks, mode) : [];
  return h('article', { className: ['page', 'nota'] }, [
    h('header', { className: ['nota-head'] }, [
      h('div', { className: ['head-main'] }, [
        h('div', { className: ['address'] }, address),
        h('div', { className: ['cue'] }, 'nota'),
        header.onderwerp ? h('p', { className: ['onderwerp'], dataLine: header.onderwerp.firstLine }, renderText(doc, header.onderwerp.span, marks, mode).flatMap((n) => (n.type === 'element' ? n.children : [n]))) : null,
        ...header.purposes.map((purpose) => h('p', { className: ['purpose'], dataLine: purpose.line }, `TER ${purpose.value}`)),
      ]),
      h('aside', { className: ['fields'] }, [h('dl', side)]),
    ]),
    h('div', { className: ['body'] }, [...loose, ...sections]),
  ]);
}

function bijlagenTable(doc: NotaDocument): Element {
  const rows = doc.bijlagen!.rows.map((row) => h('tr', { dataLine: lineOf(doc, row.span.start) }, [h('td', row.numberText), h('td', row.naam), h('td', row.informatie)]));
  return h('table', [h('thead', [h('tr', [h('th', 'Volgnummer'), h('th', 'Naam'), h('th', 'Informatie')])]), h('tbody', rows)]);
}

function beantwoordingPage(doc: NotaDocument, marks: Mark[], options: PreviewOptions, notes: MarginNotes): Element {
  const parsed = doc.beantwoording!.parsed;
  const labels = LABELS[options.locale];
  const pairs = parsed.questions.map((question) => {
    const answer = question.answer;
    return h('section', { className: ['qa'], dataLine: lineOf(doc, question.span.start) }, [
      h('h3', `${labels.question} ${question.number}`),
      h('div', { className: ['question'] }, renderText(doc, question.bodySpan, marks, options.mode)),
      ...(answer
        ? [
            h('h4', { dataLine: lineOf(doc, answer.span.start) }, `${labels.answer} ${answer.number ?? question.number}`),
            ...(answer.labelSpan ? marginNote(notes, lineOf(doc, answer.labelSpan.start)) : []),
            h('div', { className: ['answer'] }, renderText(doc, answer.bodySpan, marks, options.mode)),
          ]
        : []),
    ]);
  });
  return h('article', { className: ['page', 'beantwoording'] }, [
    parsed.preamble ? h('header', { className: ['preamble'] }, renderText(doc, parsed.preamble, marks, options.mode)) : null,
    ...pairs,
    parsed.trailer ? h('footer', { className: ['footnotes'] }, renderText(doc, parsed.trailer, marks, options.mode)) : null,
  ]);
}

const LINK_TARGET = /^(?:https?|mailto):/i;

/**
 * After sanitising: a link keeps its target only when it is http(s) or mailto (rehype-sanitize lets relative
 * and protocol-relative URLs through), and, published, only when no redaction marker stands in its place.
 */
function keepSafeLinks(node: HastRoot | Element, markers: readonly string[]): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const href = child.properties?.href;
    if (child.tagName === 'a' && href !== undefined) {
      const target = String(href);
      const redacted = markers.some((marker) => safeDecode(target).includes(marker));
      if (!LINK_TARGET.test(target) || redacted) delete child.properties.href;
    }
    keepSafeLinks(child, markers);
  }
}

function safeDecode(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

/** The sanitised HTML of the page (a fragment for the webview's body). */
export function renderPreview(checked: CheckResult, options: PreviewOptions): string {
  const result = options.mode === 'published' ? publishedResult(checked, options.checkOptions) : checked;
  const marks = collectMarks(result, options);
  const notes = readabilityNotes(result, options);
  const page = result.doc.kind === 'beantwoording' && result.doc.beantwoording ? beantwoordingPage(result.doc, marks, options, notes) : notaPage(result.doc, marks, options.mode, notes);
  const root: HastRoot = { type: 'root', children: [page] };
  const clean = sanitizer.runSync(root) as HastRoot;
  const markers = options.mode === 'published' ? result.doc.redactions.map((redaction) => result.doc.text.slice(redaction.span.start, redaction.span.end)) : [];
  keepSafeLinks(clean, markers);
  return serializer.stringify(clean);
}
