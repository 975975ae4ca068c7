import { fieldDef } from '../catalog';
import type { Rule } from './rule';

/**
 * A header field without a value. An empty `Opgesteld door` is not reported: it counts as redacted
 * (spec §7.2, seed 001).
 */
export const fieldEmpty: Rule = {
  id: 'field-empty',
  defaultSeverity: 'warning',
  description: 'A header field has no value.',
  appliesTo: ['nota'],
  defaultOptions: {},
  check({ doc, report }) {
    for (const field of doc.header.fields) {
      if (field.value !== '' || field.key === 'opgesteldDoor') continue;
      report({ message: 'field-empty', args: { field: fieldDef(field.key).label }, span: field.labelSpan });
    }
  },
};
