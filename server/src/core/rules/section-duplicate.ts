import type { Rule } from './rule';

/** A known section appears more than once; reported on every repeat. */
export const sectionDuplicate: Rule = {
  id: 'section-duplicate',
  defaultSeverity: 'warning',
  description: 'A section appears more than once.',
  appliesTo: ['nota'],
  defaultOptions: {},
  check({ doc, report }) {
    const first = new Map<string, number>();
    for (const section of doc.sections) {
      if (!section.def) continue;
      const firstLine = first.get(section.def.id);
      if (firstLine === undefined) first.set(section.def.id, section.headingLine);
      else report({ message: 'section-duplicate', args: { section: section.title, line: firstLine + 1 }, span: section.headingSpan });
    }
  },
};
