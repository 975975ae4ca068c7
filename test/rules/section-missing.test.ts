import { NOTA, edit } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const KERN = '### Kern\n\n- Met de regeling voldoen alle overheidswebsites in 2026 aan de toegankelijkheidseisen.\n\n';
const AANLEIDING = '### Aanleiding\n\nOp 4 maart 2024 heeft de Tweede Kamer een motie aangenomen over digitale toegankelijkheid.\n\n';
const BESLUIT = '### Geadviseerd besluit\n\nU wordt verzocht in te stemmen met het voorstel.\n\n';
const noKern = edit(NOTA, KERN, '');
const noAanleiding = edit(NOTA, AANLEIDING, '');
const noBesluit = edit(NOTA, BESLUIT, '');
const informatie = edit(noBesluit, '### TER BESLUITVORMING', '### TER INFORMATIE');
const withBijlagen = edit(NOTA, '**Bijlage(n)**  \n0', '**Bijlage(n)**  \n1');
const PLACEHOLDER = {
  aanleiding: '[Waarom ligt deze nota nu voor? Beschrijf de aanleiding.]',
  besluit: '[Welk besluit wordt u gevraagd te nemen?]',
  kern: '[De kern van de zaak in enkele punten.]',
};
const onlyHeader = NOTA.slice(0, NOTA.indexOf('### Aanleiding'));

ruleTester('section-missing', {
  valid: [
    { name: 'every required section present', text: NOTA },
    { name: 'Geadviseerd besluit is not required TER INFORMATIE', text: informatie },
    { name: 'Bijlagen is not required with Bijlage(n) 0', text: NOTA },
    { name: 'Bijlagen is not required when Bijlage(n) is not a number', text: edit(NOTA, '**Bijlage(n)**  \n0', '**Bijlage(n)**  \ntwee') },
    { name: 'a beantwoording has no sections', kind: 'beantwoording', text: noKern },
  ],
  invalid: [
    {
      name: 'Kern missing: reported in the blank line before the next section (not on its heading), inserted there',
      text: noKern,
      findings: [
        {
          messageId: 'section-missing.before', line: 38, column: 1, endLine: 38, endColumn: 1,
          message: 'Required section "Kern" is missing (it belongs before "Informatie die niet openbaar gemaakt kan worden").',
          fixes: [{ title: 'Insert section "Kern"', output: edit(noKern, '### Informatie die', `### Kern\n\n${PLACEHOLDER.kern}\n\n### Informatie die`) }],
        },
      ],
    },
    {
      name: 'no blank line before the next section (pasted text): reported on its heading',
      text: edit(noKern, 'in te stemmen met het voorstel.\n\n### Informatie', 'in te stemmen met het voorstel.\n### Informatie'),
      findings: [{ messageId: 'section-missing.before', line: 38, column: 1, endLine: 38, endColumn: 52, fixes: [{ title: 'Insert section "Kern"', output: edit(noKern, 'in te stemmen met het voorstel.\n\n### Informatie', 'in te stemmen met het voorstel.\n### Kern\n\n' + PLACEHOLDER.kern + '\n\n### Informatie') }] }],
    },
    {
      name: 'the first section missing: before the next one',
      text: noAanleiding,
      findings: [{ messageId: 'section-missing.before', line: 30, column: 1, endLine: 30, endColumn: 1, fixes: [{ title: 'Insert section "Aanleiding"', output: edit(noAanleiding, '### Geadviseerd', `### Aanleiding\n\n${PLACEHOLDER.aanleiding}\n\n### Geadviseerd`) }] }],
    },
    {
      name: 'Geadviseerd besluit required TER BESLUITVORMING',
      text: noBesluit,
      findings: [{ messageId: 'section-missing.before', line: 34, column: 1, endLine: 34, endColumn: 1, fixes: [{ title: 'Insert section "Geadviseerd besluit"', output: edit(noBesluit, '### Kern', `### Geadviseerd besluit\n\n${PLACEHOLDER.besluit}\n\n### Kern`) }] }],
    },
    {
      name: 'Bijlagen required with Bijlage(n) 1: appended after the last section',
      text: withBijlagen,
      findings: [
        {
          messageId: 'section-missing', line: 9, column: 1, endLine: 9, endColumn: 70, message: 'Required section "Bijlagen" is missing.',
          fixes: [{ title: 'Insert section "Bijlagen"', output: `${withBijlagen}\n### Bijlagen\n\n| Volgnummer | Naam | Informatie |\n| --- | --- | --- |\n| 1 | [naam] | |\n` }],
        },
      ],
    },
    {
      name: 'no sections at all: each reported on the onderwerp, inserted after the header',
      text: onlyHeader,
      findings: [
        { messageId: 'section-missing', line: 9, column: 1, endLine: 9, endColumn: 70, fixes: [{ title: 'Insert section "Aanleiding"', output: `${onlyHeader}### Aanleiding\n\n${PLACEHOLDER.aanleiding}\n` }] },
        { messageId: 'section-missing', line: 9, column: 1, endLine: 9, endColumn: 70, fixes: [{ title: 'Insert section "Geadviseerd besluit"', output: `${onlyHeader}### Geadviseerd besluit\n\n${PLACEHOLDER.besluit}\n` }] },
        { messageId: 'section-missing', line: 9, column: 1, endLine: 9, endColumn: 70, fixes: [{ title: 'Insert section "Kern"', output: `${onlyHeader}### Kern\n\n${PLACEHOLDER.kern}\n` }] },
      ],
    },
  ],
});
