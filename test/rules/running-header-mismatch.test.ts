import { NOTA, edit } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const BESLUIT_TEXT = 'U wordt verzocht in te stemmen met het voorstel.\n';
const repeat = (block: string) => edit(NOTA, BESLUIT_TEXT, `${BESLUIT_TEXT}\n${block}\n`);
const wrongDatum = repeat('**Onze referentie**  \n2024-0000012345\n\n**Datum**  \n13 maart 2024\n');
const wrongReferentie = repeat('Onze referentie\n2024-0000012346\n');

ruleTester('running-header-mismatch', {
  valid: [
    { name: 'page headers that repeat the first values', text: repeat('**Onze referentie**  \n2024-0000012345\n\n**Datum**  \n12 maart 2024\n') },
    { name: 'case and spacing do not count', text: repeat('**Datum**  \n12  Maart 2024\n') },
    { name: 'a sentence that starts with "Datum" is not a page header', text: repeat('Datum van inwerkingtreding is 1 juli 2024.\n') },
    { name: 'a beantwoording is not checked', kind: 'beantwoording', text: wrongDatum },
  ],
  invalid: [
    {
      name: 'a repeated Datum that differs: fix to the first value',
      text: wrongDatum,
      findings: [
        {
          messageId: 'running-header-mismatch', line: 43, column: 1, endLine: 43, endColumn: 14,
          message: 'The repeated "Datum" is "13 maart 2024", but the header says "12 maart 2024".',
          fixes: [{ title: 'Use the header value "12 maart 2024"', output: edit(wrongDatum, '13 maart 2024', '12 maart 2024') }],
        },
      ],
    },
    {
      name: 'a plain repeated referentie that differs',
      text: wrongReferentie,
      findings: [
        {
          messageId: 'running-header-mismatch', line: 40, column: 1, endLine: 40, endColumn: 16,
          fixes: [{ title: 'Use the header value "2024-0000012345"', output: edit(wrongReferentie, '2024-0000012346', '2024-0000012345') }],
        },
      ],
    },
  ],
});
