// The pii-* rules (spec §7.1): one rule per kind of personal data, registered here together because they
// share one shape: report the model's personal-data candidates of their kind, with the detector's
// explanation for hover, and a fix that redacts the text with a Woo marker. The detectors run on the first
// use of `doc.personalData` in a check, so a check with every pii-* rule off never runs them. In a published
// file (`nota check --publication`) every finding is an error: it is out.
import { redactionMarkerFor } from '../model/redactions';
import type { PiiType } from '../pii';
import type { Rule } from './rule';

function personalDataRule(type: PiiType, description: string, defaultSeverity: 'error' | 'warning' = 'error'): Rule {
  const id = `pii-${type}`;
  return {
    id,
    defaultSeverity,
    description,
    appliesTo: ['nota', 'beantwoording', 'brief'],
    defaultOptions: {},
    check({ doc, config, locale, report }) {
      for (const candidate of doc.personalData) {
        if (candidate.type !== type) continue;
        const marker = redactionMarkerFor(candidate, config);
        report({
          message: id as 'pii-bsn',
          args: { text: candidate.text.length > 60 ? `${candidate.text.slice(0, 57)}…` : candidate.text, score: Math.round(candidate.score * 100) },
          span: candidate.span,
          // Strong evidence is an error; a pattern without context a warning (spec §7.1). In a file as
          // published, anything unredacted is an error.
          severity: candidate.strong || doc.publication ? 'error' : 'warning',
          explanation: candidate.explanation[locale],
          fixes: [{ title: 'fix.redact', titleArgs: { marker }, edits: [{ span: candidate.span, newText: marker }] }],
        });
      }
    },
  };
}

export const PERSONAL_DATA_RULES: readonly Rule[] = [
  personalDataRule('bsn', 'A BSN (9 digits passing the elfproef).'),
  personalDataRule('iban', 'A bank account number (IBAN, mod-97 valid).'),
  personalDataRule('phone', 'A personal Dutch phone number (not a service number).'),
  personalDataRule('email', 'A personal e-mail address (not a functional mailbox).'),
  personalDataRule('address', 'A street address or postcode with place of a person (not a Postbus).'),
  personalDataRule('name', 'The name of a civil servant or citizen (not a public person).'),
  personalDataRule('signature', 'A signature: w.g., paraaf, or a signature line with a name.'),
  personalDataRule('birthdate', 'A date with a birth context.'),
  personalDataRule('licence-plate', 'A Dutch licence plate (kenteken) in any sidecode.'),
  personalDataRule('id-document', 'A passport, identity-card or driving-licence number.'),
  personalDataRule('v-number', 'A V-nummer (vreemdelingennummer); redacted on 5.1.1e.'),
  personalDataRule('personnel-number', 'An employee number (personeelsnummer).'),
  personalDataRule('case-number', "A citizen's case or file number (zaaknummer, dossiernummer, klantnummer, parketnummer)."),
  personalDataRule('special-category', 'Special categories of personal data (health, criminal record, origin, religion, union membership, sexual orientation); redacted on 5.1.1d.', 'warning'),
];
