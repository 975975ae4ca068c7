import { NOTA, edit } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const AANLEIDING = '### Aanleiding\n\nOp 4 maart 2024 heeft de Tweede Kamer een motie aangenomen over digitale toegankelijkheid.\n\n';
const KERN = '### Kern\n\n- Met de regeling voldoen alle overheidswebsites in 2026 aan de toegankelijkheidseisen.\n\n';
// Aanleiding after Kern: the run Geadviseerd besluit, Kern, Informatie stays; Aanleiding moves back before Geadviseerd besluit.
const aanleidingLate = edit(edit(NOTA, AANLEIDING, ''), KERN, KERN + AANLEIDING);
// Kern last: Aanleiding, Geadviseerd besluit, Kern is the run that stays, so Informatie … moves after Kern.
const kernLast = edit(NOTA, KERN, '') + '\n' + KERN.trimEnd() + '\n';
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const MOVE_AFTER_KERN = 'Move section "Informatie die niet openbaar gemaakt kan worden" after "Kern"';
const OVERIG = '\n### Overig\n\nTekst.\n';
const GB = '### Geadviseerd besluit\n\nU wordt verzocht in te stemmen met het voorstel.\n';
const INFO = NOTA.slice(NOTA.indexOf('### Informatie'));
const HEAD = NOTA.slice(0, NOTA.indexOf(AANLEIDING));
// Informatie, Kern, Aanleiding, Geadviseerd besluit.
const twoOut = `${HEAD}${INFO}\n${KERN}${AANLEIDING}${GB}`;
// Aanleiding last, with no blank line after it: it moves before Geadviseerd besluit and brings its own blank line.
const aanleidingLast = edit(NOTA, AANLEIDING, '') + '\n' + AANLEIDING.trimEnd() + '\n';

ruleTester('section-order', {
  valid: [
    { name: 'sections in canonical order', text: NOTA },
    { name: 'a missing section does not make the rest out of order', text: edit(NOTA, KERN, '') },
    { name: 'a nota with two sections in order', text: edit(edit(NOTA, KERN, ''), AANLEIDING, '') },
    { name: 'a nota with one section', text: `${NOTA.slice(0, NOTA.indexOf(AANLEIDING))}${KERN}` },
    { name: 'a beantwoording is not checked', kind: 'beantwoording', text: aanleidingLate },
  ],
  invalid: [
    {
      name: 'one section out of place: moved before the first section that follows it in the canonical order',
      text: aanleidingLate,
      findings: [
        {
          messageId: 'section-order', line: 39, column: 1, endLine: 39, endColumn: 15,
          message: 'Section "Aanleiding" is out of order: it belongs before "Geadviseerd besluit".',
          fixes: [{ title: 'Move section "Aanleiding" before "Geadviseerd besluit"', output: NOTA }],
        },
      ],
    },
    {
      name: 'of two equally long runs the first stays; a section with no later neighbour moves after the one before it',
      text: kernLast,
      findings: [
        {
          messageId: 'section-order', line: 39, column: 1, endLine: 39, endColumn: 52,
          message: 'Section "Informatie die niet openbaar gemaakt kan worden" is out of order: it belongs after "Kern".',
          fixes: [{ title: 'Move section "Informatie die niet openbaar gemaakt kan worden" after "Kern"', output: NOTA }],
        },
      ],
    },
    {
      name: 'a document without a final line break: the moved section still ends its line',
      text: kernLast.trimEnd(),
      findings: [
        {
          messageId: 'section-order', line: 39, column: 1, endLine: 39, endColumn: 52,
          fixes: [{ title: 'Move section "Informatie die niet openbaar gemaakt kan worden" after "Kern"', output: NOTA }],
        },
      ],
    },
    {
      name: 'a CRLF document: the moved section is separated by a blank line of CRLFs',
      text: crlf(aanleidingLate),
      findings: [{ messageId: 'section-order', line: 39, column: 1, endLine: 39, endColumn: 15, fixes: [{ title: 'Move section "Aanleiding" before "Geadviseerd besluit"', output: crlf(NOTA) }] }],
    },
    {
      name: 'a CRLF document ending in one line break: the section moved to the end gets a blank line before it',
      text: crlf(kernLast),
      findings: [{ messageId: 'section-order', line: 39, column: 1, endLine: 39, endColumn: 52, fixes: [{ title: MOVE_AFTER_KERN, output: crlf(NOTA) }] }],
    },
    {
      name: 'a document ending in a blank line: the section moved to the end follows it directly',
      text: `${kernLast}\n`,
      findings: [{ messageId: 'section-order', line: 39, column: 1, endLine: 39, endColumn: 52, fixes: [{ title: MOVE_AFTER_KERN, output: NOTA }] }],
    },
    {
      // The blank line that preceded the moved section stays at the end of the document.
      name: 'the last section, ending in one line break, moved forward: a blank line is added after it',
      text: aanleidingLast,
      findings: [{ messageId: 'section-order', line: 45, column: 1, endLine: 45, endColumn: 15, fixes: [{ title: 'Move section "Aanleiding" before "Geadviseerd besluit"', output: `${NOTA}\n` }] }],
    },
    {
      name: 'the same in a CRLF document',
      text: crlf(aanleidingLast),
      findings: [{ messageId: 'section-order', line: 45, column: 1, endLine: 45, endColumn: 15, fixes: [{ title: 'Move section "Aanleiding" before "Geadviseerd besluit"', output: crlf(`${NOTA}\n`) }] }],
    },
    {
      name: 'the last section, without a final line break, moved forward: a blank line is added after it',
      text: aanleidingLast.trimEnd(),
      findings: [{ messageId: 'section-order', line: 45, column: 1, endLine: 45, endColumn: 15, fixes: [{ title: 'Move section "Aanleiding" before "Geadviseerd besluit"', output: `${NOTA}\n` }] }],
    },
    {
      name: 'moved after a section that is not at the end: a blank line before the next heading',
      text: `${kernLast}${OVERIG}`,
      findings: [{ messageId: 'section-order', line: 39, column: 1, endLine: 39, endColumn: 52, fixes: [{ title: MOVE_AFTER_KERN, output: `${NOTA}${OVERIG}` }] }],
    },
    {
      // Aanleiding, Geadviseerd besluit stay; Kern is placed after the last of them, not after Informatie (itself out of place).
      name: 'two sections out of place: each is placed among the sections that stay, not next to the other',
      text: twoOut,
      findings: [
        {
          messageId: 'section-order', line: 31, column: 1, endLine: 31, endColumn: 52,
          fixes: [{ title: 'Move section "Informatie die niet openbaar gemaakt kan worden" after "Geadviseerd besluit"', output: `${HEAD}${KERN}${AANLEIDING}${GB}\n${INFO}` }],
        },
        {
          messageId: 'section-order', line: 37, column: 1, endLine: 37, endColumn: 9, message: 'Section "Kern" is out of order: it belongs after "Geadviseerd besluit".',
          fixes: [{ title: 'Move section "Kern" after "Geadviseerd besluit"', output: `${HEAD}${INFO}\n${AANLEIDING}${GB}\n${KERN.trimEnd()}\n` }],
        },
      ],
    },
  ],
});
