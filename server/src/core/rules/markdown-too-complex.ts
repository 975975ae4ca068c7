import { BUDGET_RULE_ID, DEFAULT_PARSE_BUDGET } from '../source/parse-budget';
import type { Rule } from './rule';

/**
 * A block that could not be parsed as Markdown within the parse budget (source/parse-budget.ts) and was
 * read as plain text: its headings, lists and tables count as text lines. The options set the budget.
 */
export const markdownTooComplex: Rule<{ msPerKb: number; initialMs: number }> = {
  id: BUDGET_RULE_ID,
  defaultSeverity: 'information',
  description: 'A block too complex to parse as Markdown was read as plain text.',
  appliesTo: ['nota', 'beantwoording'],
  defaultOptions: { ...DEFAULT_PARSE_BUDGET },
  check({ doc, report }) {
    for (const span of doc.source.tooComplex) {
      const firstLineEnd = doc.lineIndex.lineEnd(doc.lineIndex.positionAt(span.start).line);
      report({ message: 'markdown-too-complex', span: { start: span.start, end: Math.min(span.end, firstLineEnd) } });
    }
  },
};
