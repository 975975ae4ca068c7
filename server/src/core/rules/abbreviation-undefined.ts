import { type AbbreviationOptions, DEFAULT_ABBREVIATION_OPTIONS, abbreviationIn, abbreviationTable, mayBeAbbreviation } from '../writing/abbreviations';
import type { Rule } from './rule';

/** Text right after the first use that explains it: "AVG (Algemene verordening …)". */
const EXPLAINED_AFTER = /^\s*\(/;

/**
 * Explained at its first use: "(AVG)" after the words it stands for, or "AVG (…)" before them; or
 * earlier in the document outside the prose (a question of a beantwoording: "directoraat-generaal (DG)").
 */
function explained(text: string, abbreviation: string, span: { start: number; end: number }): boolean {
  if (text.charAt(span.start - 1) === '(' || EXPLAINED_AFTER.test(text.slice(span.end, span.end + 3))) return true;
  const earlier = text.indexOf(`(${abbreviation})`);
  return earlier >= 0 && earlier < span.start;
}

/** The two letters of a Dutch postcode ("2511 DP"): four digits, the first not 0, before them. */
function isPostcodeLetters(abbreviation: string, previousWord: string | undefined): boolean {
  return /^[A-Z]{2}$/.test(abbreviation) && previousWord !== undefined && /^[1-9]\d{3}$/.test(previousWord);
}

/** An abbreviation that is not written out where it is first used, unless a nota may use it unexplained. */
export const abbreviationUndefined: Rule<AbbreviationOptions> = {
  id: 'abbreviation-undefined',
  defaultSeverity: 'information',
  description: 'An abbreviation that is not written out at its first use.',
  appliesTo: ['nota', 'beantwoording'],
  defaultOptions: DEFAULT_ABBREVIATION_OPTIONS,
  optionsSchema: {
    properties: {
      allowed: { type: 'array', items: { type: 'string' }, description: 'Abbreviations that may stand unexplained, beside the built-in ones.' },
      required: { type: 'array', items: { type: 'string' }, description: 'Built-in abbreviations that must be written out all the same.' },
      expansions: { type: 'object', additionalProperties: { type: 'string' }, description: 'Expansions for hover and the fix: { "BIO": "Baseline Informatiebeveiliging Overheid" }.' },
    },
  },
  check({ doc, prose, options, report }) {
    const table = abbreviationTable(options);
    const seen = new Set<string>();
    for (const unit of prose().units) {
      const words = unit.words;
      for (let i = 0; i < words.length; i++) {
        if (!mayBeAbbreviation(words.firstCode(i)) || words.redacted(i)) continue;
        const abbreviation = abbreviationIn(words.text(i));
        if (!abbreviation || seen.has(abbreviation) || isPostcodeLetters(abbreviation, i > 0 ? words.text(i - 1) : undefined)) continue;
        seen.add(abbreviation);
        if (table.allowed.has(abbreviation)) continue;
        const span = { start: words.start(i), end: words.start(i) + abbreviation.length };
        if (explained(doc.text, abbreviation, span)) continue;
        const expansion = table.expansions.get(abbreviation);
        if (!expansion) {
          report({ message: 'abbreviation-undefined', args: { abbreviation }, span });
          continue;
        }
        const text = `${expansion} (${abbreviation})`;
        report({
          message: 'abbreviation-undefined.known',
          args: { abbreviation, expansion },
          span,
          fixes: [{ title: 'fix.expand-abbreviation', titleArgs: { text }, edits: [{ span, newText: text }] }],
        });
      }
    }
  },
};
