import { closestMatch } from '../text';
import type { Rule } from './rule';

/** A `TER …` value that is not in the configured list. Fix: the closest known purpose. */
export const purposeUnknown: Rule = {
  id: 'purpose-unknown',
  defaultSeverity: 'warning',
  description: 'A purpose line names a purpose that is not in the list.',
  appliesTo: ['nota'],
  defaultOptions: {},
  check({ doc, config, report }) {
    for (const purpose of doc.header.purposes) {
      if (config.purposes.includes(purpose.value)) continue;
      const suggestion = closestMatch(purpose.value, config.purposes);
      report({
        message: 'purpose-unknown',
        args: { value: purpose.value, known: config.purposes.join(', ') },
        span: purpose.valueSpan,
        fixes: suggestion
          ? [{ title: 'fix.replace-purpose', titleArgs: { purpose: suggestion }, edits: [{ span: purpose.valueSpan, newText: suggestion }] }]
          : [],
      });
    }
  },
};
