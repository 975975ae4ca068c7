import { NOTA, edit } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const KERN = '### Kern\n\n- Met de regeling voldoen alle overheidswebsites in 2026 aan de toegankelijkheidseisen.\n\n';

ruleTester('section-duplicate', {
  valid: [
    { name: 'each section once', text: NOTA },
    { name: 'a repeated unknown heading is not a section', text: edit(NOTA, KERN, `${KERN}### Overig\n\nA.\n\n### Overig\n\nB.\n\n`) },
    { name: 'a beantwoording is not checked', kind: 'beantwoording', text: edit(NOTA, KERN, KERN + KERN) },
  ],
  invalid: [
    {
      name: 'a section repeated: reported on the repeat, naming the first line',
      text: edit(NOTA, KERN, KERN + KERN),
      findings: [{ messageId: 'section-duplicate', line: 43, column: 1, endLine: 43, endColumn: 9, message: 'Section "Kern" appears more than once (first on line 39).' }],
    },
    {
      name: 'an alias counts as the same section; every repeat is reported',
      text: edit(NOTA, KERN, `${KERN}### Kernpunten\n\nA.\n\n### Kern\n\nB.\n\n`),
      findings: [
        { messageId: 'section-duplicate', line: 43, column: 1, endLine: 43, endColumn: 15, message: 'Section "Kernpunten" appears more than once (first on line 39).' },
        { messageId: 'section-duplicate', line: 47, column: 1, endLine: 47, endColumn: 9 },
      ],
    },
  ],
});
