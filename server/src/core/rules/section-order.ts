import type { SectionDef } from '../catalog';
import type { NotaDocument, Section } from '../model/types';
import type { TextEdit } from '../types';
import { canonicalIndex, knownSections } from '../model/placement';
import type { MessageRef, ReportedFix, Rule } from './rule';
import { partitionPoint } from '../search';

type KnownSection = Section & { def: SectionDef };

/** Two line breaks at the end, a CRLF counting as one (not as a CR and an LF). */
const ENDS_IN_BLANK_LINE = /(?:\r\n|\r(?!\n)|(?<!\r)\n){2}$/;

/**
 * Sections out of canonical order. The sections that form the longest run already in order stay;
 * each other one is reported, with a fix that moves it (heading and text intact) to its place.
 */
export const sectionOrder: Rule = {
  id: 'section-order',
  defaultSeverity: 'warning',
  description: 'Sections are out of canonical order.',
  appliesTo: ['nota'],
  defaultOptions: {},
  check({ doc, config, report }) {
    const sections = knownSections(doc);
    const indices = sections.map((section) => canonicalIndex(config, section.def));
    const inOrder = new Set(longestIncreasingRun(indices));
    sections.forEach((section, position) => {
      if (inOrder.has(position)) return;
      const anchors = sections.filter((_, i) => inOrder.has(i));
      const before = anchors.find((anchor) => canonicalIndex(config, anchor.def) > indices[position]);
      const after = before ? undefined : [...anchors].reverse().find((anchor) => canonicalIndex(config, anchor.def) < indices[position]);
      const move = moveEdits(doc, section, before, after);
      report({
        message: 'section-order',
        args: { section: section.title, where: whereRef(before, after) },
        span: section.headingSpan,
        fixes: move ? [move] : [],
      });
    });
  },
};

function whereRef(before?: Section, after?: Section): MessageRef {
  return before
    ? { message: 'section-order.before', args: { other: before.title } }
    : { message: 'section-order.after', args: { other: after!.title } };
}

function moveEdits(doc: NotaDocument, section: KnownSection, before?: Section, after?: Section): ReportedFix | undefined {
  let chunk = doc.text.slice(section.span.start, section.span.end);
  if (!/[\r\n]$/.test(chunk)) chunk += doc.eol + doc.eol;
  else if (!ENDS_IN_BLANK_LINE.test(chunk)) chunk += doc.eol;
  const remove: TextEdit = { span: section.span, newText: '' };
  let insert: TextEdit;
  if (before) {
    insert = { span: { start: before.span.start, end: before.span.start }, newText: chunk };
  } else {
    const at = after!.span.end;
    // At the end of the document the section ends with one line break; before other text, with a blank line.
    const atEnd = at === doc.text.length;
    const needsBreak = atEnd && !ENDS_IN_BLANK_LINE.test(doc.text);
    const lead = needsBreak ? (/[\r\n]$/.test(doc.text) ? doc.eol : doc.eol + doc.eol) : '';
    insert = { span: { start: at, end: at }, newText: lead + (atEnd ? chunk.replace(/(?:\r\n|\r|\n)+$/, doc.eol) : chunk) };
  }
  if (insert.span.start >= section.span.start && insert.span.start <= section.span.end) return undefined;
  return {
    title: 'fix.move-section',
    titleArgs: { section: section.title, where: whereRef(before, after) },
    edits: [remove, insert],
  };
}

/** Positions of one longest strictly increasing subsequence (patience sorting, O(n log n)). */
function longestIncreasingRun(values: readonly number[]): number[] {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const low = partitionPoint(tails.length, (k) => values[tails[k]] < values[i]);
    if (low > 0) previous[i] = tails[low - 1];
    tails[low] = i;
  }
  const run: number[] = [];
  for (let at = tails.at(-1) ?? -1; at >= 0; at = previous[at]) run.unshift(at);
  return run;
}
