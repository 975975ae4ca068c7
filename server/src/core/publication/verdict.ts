// Whether a cleaned copy (NAME.publicatie.docx/.pdf) may be written: never while it would still hold
// personal data. The cleaner empties the metadata and, in Word, removes comments, tracked changes, hidden
// text and document variables; it keeps the body text as it is, every failed redaction, and in a PDF the
// annotations, form values, attachments and hidden text. A copy whose name says "publicatie" is written
// only when none of those holds personal data.
import { formatMessage } from '../messages';
import type { Finding, Locale } from '../types';
import { personalKind } from './personal';
import type { PublicationFacts } from './types';

export interface CleanVerdict {
  /** pii-* findings in the text as published. */
  personalData: number;
  /** pub-redaction-failed findings: only redacting the source again fixes them. */
  failedRedactions: number;
  /** Hidden content the cleaner keeps (a PDF's annotations, form values, hidden text) that holds personal data. */
  hiddenPersonalData: number;
}

export function cleanVerdict(findings: readonly Finding[], facts: PublicationFacts, publicPersons: readonly string[]): CleanVerdict {
  const count = (rule: (ruleId: string) => boolean) => findings.filter((finding) => rule(finding.ruleId)).length;
  const kept = facts.format === 'pdf' ? facts.hidden : [];
  return {
    personalData: count((ruleId) => ruleId.startsWith('pii-')),
    failedRedactions: count((ruleId) => ruleId === 'pub-redaction-failed'),
    hiddenPersonalData: kept.filter((item) => item.text && personalKind(item.text, publicPersons) !== undefined).length,
  };
}

export function cleanAllowed(verdict: CleanVerdict): boolean {
  return verdict.personalData + verdict.failedRedactions + verdict.hiddenPersonalData === 0;
}

/** What stops the copy, in the locale: "3 personal-data findings and 1 failed redaction", "1 failed redaction". */
function remaining(locale: Locale, verdict: CleanVerdict): { text: string; one: boolean } {
  const counts = (
    [
      ['personal-data', verdict.personalData],
      ['failed-redaction', verdict.failedRedactions],
      ['hidden-personal-data', verdict.hiddenPersonalData],
    ] as const
  ).filter(([, count]) => count > 0);
  const parts = counts.map(([kind, count]) => formatMessage(locale, `clean.count.${kind}.${count === 1 ? 'one' : 'other'}`, { count }));
  const text = parts.length < 2 ? (parts[0] ?? '') : formatMessage(locale, 'clean.and', { first: parts.slice(0, -1).join(', '), last: parts.at(-1)! });
  return { text, one: counts.length === 1 && counts[0][1] === 1 };
}

/** Why the copy (a .pdf or .docx name) is not written, in the locale. */
export function refusalText(locale: Locale, copy: string, verdict: CleanVerdict): string {
  const { text, one } = remaining(locale, verdict);
  return formatMessage(locale, 'clean.refused', {
    copy,
    remaining: text,
    remain: formatMessage(locale, one ? 'clean.remain.one' : 'clean.remain.other'),
    format: formatMessage(locale, /\.pdf$/i.test(copy) ? 'clean.format.pdf' : 'clean.format.docx'),
  });
}
