import { NOTA, edit } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const heading = (title: string) => edit(NOTA, '### Kern\n', `### ${title}\n`);

ruleTester('section-unknown', {
  valid: [
    { name: 'known sections', text: NOTA },
    { name: 'an alias of a known section', text: heading('Kernpunten') },
    { name: 'a configured section', text: NOTA + '\n### Planning\n\nTekst.\n', config: { sections: [{ name: 'Planning' }] } as never },
    { name: 'a beantwoording is not checked', kind: 'beantwoording', text: heading('Toelichtng') },
  ],
  invalid: [
    {
      name: 'a typo: did you mean, with a rename fix',
      text: heading('Toelichtng'),
      findings: [
        {
          messageId: 'section-unknown.suggest', line: 39, column: 5, endLine: 39, endColumn: 15, message: 'Unknown section "Toelichtng". Did you mean "Toelichting"?',
          fixes: [{ title: 'Rename to "Toelichting"', output: heading('Toelichting') }],
        },
      ],
    },
    {
      name: 'a typo in an alias suggests the section name',
      text: heading('Kernpunen'),
      findings: [{ messageId: 'section-unknown.suggest', line: 39, column: 5, endLine: 39, endColumn: 14, fixes: [{ title: 'Rename to "Kern"', output: NOTA }] }],
    },
    {
      name: 'a transposition in a short name is too far for a suggestion',
      text: heading('Kren'),
      findings: [{ messageId: 'section-unknown', line: 39, column: 5, endLine: 39, endColumn: 9 }],
    },
    {
      name: 'nothing close: no fix',
      text: heading('Overwegingen'),
      findings: [{ messageId: 'section-unknown', line: 39, column: 5, endLine: 39, endColumn: 17, message: 'Unknown section "Overwegingen".' }],
    },
  ],
});
