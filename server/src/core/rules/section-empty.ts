import type { Rule } from './rule';

/** A section heading with no text under it (PDF residue such as page headers does not count as text). */
export const sectionEmpty: Rule = {
  id: 'section-empty',
  defaultSeverity: 'warning',
  description: 'A section has no text.',
  appliesTo: ['nota'],
  defaultOptions: {},
  check({ doc, report }) {
    for (const section of doc.sections) {
      if (!section.hasText) report({ message: 'section-empty', args: { section: section.title }, span: section.headingSpan });
    }
  },
};
