import { closestMatch } from '../text';
import type { Rule } from './rule';

/** A heading that names no known section. Fix: rename to the closest known name, when there is one. */
export const sectionUnknown: Rule = {
  id: 'section-unknown',
  defaultSeverity: 'information',
  description: 'A heading is not a known section; typos get a did-you-mean fix.',
  appliesTo: ['nota'],
  defaultOptions: {},
  check({ doc, config, report }) {
    const names = config.sections.flatMap((def) => [def.name, ...def.aliases]);
    for (const section of doc.sections) {
      if (section.def) continue;
      const match = closestMatch(section.title, names);
      const suggestion = match && config.sections.find((def) => def.name === match || def.aliases.includes(match))!.name;
      report({
        message: suggestion ? 'section-unknown.suggest' : 'section-unknown',
        args: { section: section.title, suggestion: suggestion ?? '' },
        span: section.titleSpan,
        fixes: suggestion
          ? [{ title: 'fix.rename-section', titleArgs: { suggestion }, edits: [{ span: section.titleSpan, newText: suggestion }] }]
          : [],
      });
    }
  },
};
