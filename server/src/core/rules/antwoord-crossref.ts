import { issuesOf } from './beantwoording-issues';
import type { Rule } from './rule';

/** "(het) antwoord op vraag N" / "zie vraag N" must name an existing question other than the current one. */
export const antwoordCrossref: Rule = {
  id: 'antwoord-crossref',
  defaultSeverity: 'error',
  description: 'A cross-reference names a question that does not exist, or the question it stands in.',
  appliesTo: ['beantwoording'],
  defaultOptions: {},
  check({ doc, report }) {
    for (const issue of issuesOf(doc, 'antwoord-crossref')) {
      report({
        message: issue.kind === 'crossref-self' ? 'antwoord-crossref.self' : 'antwoord-crossref.missing',
        args: { number: issue.number ?? '' },
        span: issue.span,
      });
    }
  },
};
