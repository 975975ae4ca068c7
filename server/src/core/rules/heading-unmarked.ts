import type { Rule } from './rule';

/** A plain line that names a section (plain-text notas, seed 001). Safe fix: make it a `###` heading, kept as written. */
export const headingUnmarked: Rule = {
  id: 'heading-unmarked',
  defaultSeverity: 'information',
  description: 'A section heading is written as a plain line.',
  appliesTo: ['nota'],
  defaultOptions: {},
  check({ doc, report }) {
    for (const section of doc.sections) {
      if (!section.def || section.depth > 0) continue;
      report({
        message: 'heading-unmarked',
        args: { section: section.title },
        span: section.headingSpan,
        fixes: [{ title: 'fix.mark-heading', titleArgs: { section: section.title }, edits: [{ span: section.headingSpan, newText: `### ${doc.text.slice(section.headingSpan.start, section.headingSpan.end).trim()}` }], safe: true }],
      });
    }
  },
};
