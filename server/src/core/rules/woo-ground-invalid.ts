import { isWobGround, wooGround } from '../woo';
import type { Rule } from './rule';

/** A code in a redaction marker is a ground of the Woo (art. 5.1 or 5.2); old Wob codes are `woo-ground-legacy`. */
export const wooGroundInvalid: Rule = {
  id: 'woo-ground-invalid',
  defaultSeverity: 'error',
  description: 'An unknown Woo ground code in a redaction marker.',
  appliesTo: ['nota', 'beantwoording', 'brief'],
  defaultOptions: {},
  check({ doc, report }) {
    for (const redaction of doc.redactions) {
      for (const code of redaction.codes) {
        if (!wooGround(code.code) && !isWobGround(code.code)) report({ message: 'woo-ground-invalid', args: { code: code.code }, span: code.span });
      }
    }
  },
};
