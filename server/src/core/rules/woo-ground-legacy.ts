import { WOB_TO_WOO, isWobGround, normalizeGroundCode } from '../woo';
import type { Rule } from './rule';

/** A Wob ground (10.2.e, 11.1) in a marker: the Woo replaced the Wob on 1 May 2022. Fix: the Woo ground. */
export const wooGroundLegacy: Rule = {
  id: 'woo-ground-legacy',
  defaultSeverity: 'warning',
  description: 'A ground code of the former Wob.',
  appliesTo: ['nota', 'beantwoording', 'brief'],
  defaultOptions: {},
  check({ doc, report }) {
    for (const redaction of doc.redactions) {
      for (const code of redaction.codes) {
        if (!isWobGround(code.code)) continue;
        const woo = WOB_TO_WOO[normalizeGroundCode(code.code)];
        report({
          message: 'woo-ground-legacy',
          args: { code: code.code, woo },
          span: code.span,
          fixes: woo ? [{ title: 'fix.replace-with', titleArgs: { text: woo }, edits: [{ span: code.span, newText: woo }] }] : [],
        });
      }
    }
  },
};
