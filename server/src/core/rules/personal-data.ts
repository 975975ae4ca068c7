// The pii-* rules share one shape: report the model's personal-data candidates of one type, with the
// detector's explanation for hover, and a fix that redacts the text with a Woo marker.
import type { PiiType } from '../pii';
import type { NotaDocument } from '../model/types';
import type { ResolvedConfig } from '../config';
import type { Rule } from './rule';

/** A BSN is withheld on ground 5.1.1e (identification numbers); all else on the configured marker. */
export function redactionMarkerFor(type: PiiType, config: ResolvedConfig): string {
  return type === 'bsn' ? '[5.1.1e]' : config.redactionMarker;
}

export function personalDataOf(doc: NotaDocument, type: PiiType) {
  return doc.personalData.filter((candidate) => candidate.type === type);
}

export function personalDataRule(type: PiiType, description: string): Rule {
  const id = `pii-${type}`;
  return {
    id,
    defaultSeverity: 'error',
    description,
    appliesTo: ['nota', 'beantwoording'],
    defaultOptions: {},
    check({ doc, config, locale, report }) {
      for (const candidate of personalDataOf(doc, type)) {
        const marker = redactionMarkerFor(type, config);
        report({
          message: id as 'pii-bsn',
          args: { text: candidate.text.length > 60 ? `${candidate.text.slice(0, 57)}…` : candidate.text, score: Math.round(candidate.score * 100) },
          span: candidate.span,
          // Strong evidence is an error; a pattern without context a warning (spec §7.1).
          severity: candidate.strong ? 'error' : 'warning',
          explanation: candidate.explanation[locale],
          fixes: [{ title: 'fix.redact', titleArgs: { marker }, edits: [{ span: candidate.span, newText: marker }] }],
        });
      }
    },
  };
}
