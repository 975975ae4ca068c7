import type { Rule } from './rule';

/** "(het) antwoord op vraag N" / "zie vraag N" must name an existing question other than the current one. */
export const antwoordCrossref: Rule = {
  id: 'antwoord-crossref',
  defaultSeverity: 'error',
  description: 'A cross-reference names a question that does not exist, or the question it stands in.',
  appliesTo: ['beantwoording'],
  defaultOptions: {},
  check({ doc, report }) {
    const parsed = doc.beantwoording?.parsed;
    if (!parsed) return;
    const numbers = new Set(parsed.questions.map((question) => question.number));
    for (const reference of parsed.crossRefs) {
      const args = { number: reference.target };
      if (!numbers.has(reference.target)) report({ message: 'antwoord-crossref.missing', args, span: reference.targetSpan });
      else if (reference.fromNumbers.includes(reference.target)) report({ message: 'antwoord-crossref.self', args, span: reference.targetSpan });
    }
  },
};
