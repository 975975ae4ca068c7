import { canonicalIndex, headingPrefix, insertSectionEdit, isRequired, knownSections, slotFor } from '../model/placement';
import type { Rule } from './rule';

/**
 * A required section is absent. Fix: insert heading and placeholder at its canonical position. The finding
 * sits in the blank line before the section it belongs before (empty there), not on that section's heading:
 * the outline would otherwise mark a present section as the problem.
 */
export const sectionMissing: Rule = {
  id: 'section-missing',
  defaultSeverity: 'error',
  description: 'A required section is absent.',
  appliesTo: ['nota'],
  defaultOptions: {},
  check({ doc, config, report }) {
    const present = knownSections(doc);
    const presentIds = new Set(present.map((section) => section.def.id));
    for (const def of config.sections) {
      if (presentIds.has(def.id) || !isRequired(def, doc)) continue;
      const slot = slotFor(config, present, canonicalIndex(config, def));
      const neighbour = slot.before ?? slot.after;
      const anchorLine = slot.before?.headingLine ?? doc.header.onderwerp?.firstLine ?? 0;
      const gap = slot.before ? doc.lines[slot.before.headingLine - 1] : undefined;
      report({
        message: slot.before ? 'section-missing.before' : 'section-missing',
        args: { section: def.name, next: slot.before?.title ?? '' },
        span: gap?.block === 'blank' ? { start: gap.span.start, end: gap.span.start } : doc.lines[anchorLine].span,
        fixes: [
          {
            title: 'fix.insert-section',
            titleArgs: { section: def.name },
            edits: [insertSectionEdit(doc, slot, `${headingPrefix(doc, neighbour)}${def.name}`, def.placeholder)],
          },
        ],
      });
    }
  },
};
