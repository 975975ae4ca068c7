import type { Rule } from './rule';

/** Kamer identifiers (2024Z01294, 2024D34636, kv-tk-…, ah-tk-20232024-1065, kst-29279-874) are well formed. */
export const kamerIdFormat: Rule = {
  id: 'kamer-id-format',
  defaultSeverity: 'warning',
  description: 'A malformed Kamer identifier.',
  appliesTo: ['nota', 'beantwoording', 'brief'],
  defaultOptions: {},
  check({ doc, report }) {
    for (const id of doc.kamerIds) {
      if (id.valid) continue;
      report({
        message: 'kamer-id-format',
        args: { value: id.text, kind: id.kind },
        span: id.span,
        fixes: id.padded ? [{ title: 'fix.replace-with', titleArgs: { text: id.padded }, edits: [{ span: id.span, newText: id.padded }] }] : [],
      });
    }
  },
};
