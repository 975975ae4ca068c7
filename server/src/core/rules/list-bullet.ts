import type { NotaDocument } from '../model/types';
import { PDF_BULLET } from '../source/blocks';
import type { Rule } from './rule';

/**
 * Whether the lines after a bullet line, up to the next blank line, hold a section name written as a
 * plain line: after the fix Markdown would read that line as part of the item (a following pasted item
 * too, since `•` is no Markdown bullet) and the section would be lost, so the fix waits until
 * heading-unmarked has made it a heading.
 */
function swallowsPlainHeading(doc: NotaDocument, bulletLine: number, plainHeadings: ReadonlySet<number>): boolean {
  for (let index = bulletLine + 1; index < doc.lines.length; index++) {
    const line = doc.lines[index];
    if (line.block === 'blank') return false;
    if (plainHeadings.has(index)) return true;
  }
  return false;
}

/** A list item opened by a bullet pasted from a PDF (U+F0B7, •). Safe fix: the Markdown bullet `-`. */
export const listBullet: Rule = {
  id: 'list-bullet',
  defaultSeverity: 'information',
  description: 'A list item starts with a bullet pasted from a PDF instead of a Markdown "-".',
  appliesTo: ['nota', 'beantwoording'],
  defaultOptions: {},
  check({ doc, report }) {
    const plainHeadings = new Set(doc.sections.filter((section) => section.depth === 0).map((section) => doc.lineIndex.lineAt(section.headingSpan.start)));
    for (const line of doc.lines) {
      const bullet = line.block === 'list' ? PDF_BULLET.exec(line.text) : null;
      if (!bullet) continue;
      const start = line.span.start + bullet[0].indexOf(bullet[1]);
      const span = { start, end: start + 1 };
      report({
        message: 'list-bullet',
        args: { bullet: bullet[1] === '\uF0B7' ? 'U+F0B7' : '•' },
        span,
        fixes: swallowsPlainHeading(doc, line.index, plainHeadings) ? [] : [{ title: 'fix.list-bullet', edits: [{ span, newText: '-' }], safe: true }],
      });
    }
  },
};
