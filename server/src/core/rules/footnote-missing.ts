import { issuesOf } from './beantwoording-issues';
import type { Rule } from './rule';

/** Every footnote marker `1)` has its footnote, and every footnote is referred to. */
export const footnoteMissing: Rule = {
  id: 'footnote-missing',
  defaultSeverity: 'warning',
  description: 'A footnote marker without a footnote, or a footnote without a marker.',
  appliesTo: ['beantwoording'],
  defaultOptions: {},
  check({ doc, report }) {
    for (const issue of issuesOf(doc, 'footnote-missing')) {
      report({
        message: issue.kind === 'footnote-marker-unmatched' ? 'footnote-missing.marker' : 'footnote-missing.footnote',
        args: { number: issue.number ?? '' },
        span: issue.span,
      });
    }
  },
};
