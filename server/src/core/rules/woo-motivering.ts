import { NIET_OPENBAAR_ID } from '../catalog';
import type { TextEdit } from '../types';
import { redactionGrounds } from '../model/redactions';
import { normalizeGroundCode, wooGround } from '../woo';
import { canonicalIndex, headingPrefix, insertSectionEdit, knownSections, slotFor } from '../model/placement';
import type { Rule } from './rule';

/** A sentence that names the grounds, for the Motivering a fix writes. */
function motiveringText(grounds: string[]): string {
  const used = grounds.length > 0 ? grounds : ['5.1.2e'];
  const reasons = used.map((code) => {
    const ground = wooGround(code)!;
    return `${ground.nl} (${ground.article})`;
  });
  return `In de openbaar gemaakte versie van deze nota is informatie weggelaten in het belang van ${reasons.join('; en ')}.`;
}

/**
 * When the nota is actief openbaar and redacted, "Informatie die niet openbaar gemaakt kan worden"
 * with a Motivering is expected, and every ground used in a marker should be named there.
 */
export const wooMotivering: Rule = {
  id: 'woo-motivering',
  defaultSeverity: 'warning',
  description: 'Actief openbaar with redactions, but no Motivering, or a ground the Motivering does not name.',
  appliesTo: ['nota'],
  defaultOptions: {},
  check({ doc, config, report }) {
    const openbaar = doc.header.fields.find((field) => field.key === 'actiefOpenbaar');
    if (!openbaar || !/^ja$/i.test(openbaar.value)) return;
    const { redacted, grounds } = redactionGrounds(doc);
    if (!redacted) return;
    const section = doc.sections.find((s) => s.def?.id === NIET_OPENBAAR_ID);
    const eol = doc.eol;
    if (!section) {
      const def = config.sections.find((d) => d.id === NIET_OPENBAAR_ID)!;
      const slot = slotFor(config, knownSections(doc), canonicalIndex(config, def));
      const prefix = headingPrefix(doc, slot.before ?? slot.after);
      const subPrefix = prefix ? `${'#'.repeat(prefix.trim().length + 1)} ` : '';
      const body = `${subPrefix}Motivering${eol}${eol}${motiveringText(grounds)}`;
      report({
        message: 'woo-motivering.section',
        span: openbaar.valueSpan ?? openbaar.labelSpan,
        fixes: [{ title: 'fix.add-woo-section', edits: [insertSectionEdit(doc, slot, `${prefix}${def.name}`, body)] }],
      });
      return;
    }
    const sectionEnd = doc.lines[section.lastLine].span.end;
    const appendAtEnd = (text: string): TextEdit => {
      let end = sectionEnd;
      while (end > section.headingSpan.end && /\s/.test(doc.text[end - 1])) end--;
      return { span: { start: end, end }, newText: `${eol}${eol}${text}` };
    };
    if (!section.motivering) {
      const sub = section.depth > 0 ? `${'#'.repeat(Math.min(6, section.depth + 1))} ` : '';
      report({
        message: 'woo-motivering.motivering',
        span: section.headingSpan,
        fixes: [{ title: 'fix.add-motivering', edits: [appendAtEnd(`${sub}Motivering${eol}${eol}${motiveringText(grounds)}`)] }],
      });
      return;
    }
    const named = section.groundsNamed ?? new Set<string>();
    const missing = grounds.filter((code) => !named.has(code));
    if (missing.length === 0) return;
    const markers = doc.redactions.flatMap((redaction) => redaction.codes).filter((code) => missing.includes(normalizeGroundCode(code.code)));
    const fix = { title: 'fix.name-grounds' as const, titleArgs: { codes: missing.join(', ') }, edits: [appendAtEnd(motiveringText(missing))] };
    const reported = new Set<string>();
    for (const marker of markers) {
      const code = normalizeGroundCode(marker.code);
      if (reported.has(code)) continue;
      reported.add(code);
      report({ message: 'woo-motivering.ground', args: { code }, span: marker.span, fixes: [fix] });
    }
  },
};
