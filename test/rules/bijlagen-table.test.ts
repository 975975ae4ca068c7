import { GFM_HEAD, NOTA, withBijlagen } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const converted = withBijlagen('2', [...GFM_HEAD, '| 1 | Conceptregeling |  |', '| 2 | Advies | ter inzage |']);
const gfm = withBijlagen('2', [...GFM_HEAD, '| 1 | Conceptregeling | |', '| 2 | Advies | ter inzage |']);

ruleTester('bijlagen-table', {
  valid: [
    { name: 'a Markdown table', text: gfm },
    { name: 'no Bijlagen section', text: NOTA },
    { name: 'a beantwoording is not checked', kind: 'beantwoording', text: withBijlagen('1', ['Zie de lijst.']) },
  ],
  invalid: [
    {
      name: 'a Bijlagen section without a table: an error on the heading',
      text: withBijlagen('1', ['Zie de lijst.']),
      findings: [{ messageId: 'bijlagen-table.missing', line: 49, column: 1, endLine: 49, endColumn: 13, message: 'The Bijlagen section has no table (Volgnummer | Naam | Informatie).' }],
    },
    {
      name: 'tab-separated lines: a hint, converted safely to a Markdown table',
      text: withBijlagen('2', ['Volgnummer\tNaam\tInformatie', '1\tConceptregeling\t', '2\tAdvies\tter inzage']),
      findings: [
        {
          messageId: 'bijlagen-table.form', severity: 'information', line: 51, column: 1, endLine: 53, endColumn: 20,
          message: 'The Bijlagen table is written as tab-separated lines; the canonical form is a Markdown table.',
          fixes: [{ title: 'Convert to a Markdown table', output: converted }],
        },
      ],
      output: converted,
    },
    {
      name: 'plain lines with a wrapped name: every text kept',
      text: withBijlagen('2', ['Volgnummer Naam Informatie', '1 Conceptregeling', '2 Advies van de Raad', 'van State']),
      findings: [
        {
          messageId: 'bijlagen-table.form', severity: 'information', line: 51, column: 1, endLine: 54, endColumn: 10,
          message: 'The Bijlagen table is written as plain lines; the canonical form is a Markdown table.',
          fixes: [{ title: 'Convert to a Markdown table', output: withBijlagen('2', [...GFM_HEAD, '| 1 | Conceptregeling |  |', '| 2 | Advies van de Raad van State |  |']) }],
        },
      ],
      output: withBijlagen('2', [...GFM_HEAD, '| 1 | Conceptregeling |  |', '| 2 | Advies van de Raad van State |  |']),
    },
    {
      name: 'a pipe in a cell is escaped when converting',
      text: withBijlagen('1', ['Volgnummer\tNaam\tInformatie', '1\tA|B\t']),
      findings: [
        {
          messageId: 'bijlagen-table.form', severity: 'information', line: 51, column: 1, endLine: 52, endColumn: 7,
          fixes: [{ title: 'Convert to a Markdown table', output: withBijlagen('1', [...GFM_HEAD, '| 1 | A\\|B |  |']) }],
        },
      ],
      output: withBijlagen('1', [...GFM_HEAD, '| 1 | A\\|B |  |']),
    },
    {
      name: 'a configured severity applies to the tolerated forms too',
      severity: 'warning',
      text: withBijlagen('1', ['Volgnummer\tNaam\tInformatie', '1\tConcept\t']),
      findings: [{ messageId: 'bijlagen-table.form', line: 51, column: 1, endLine: 52, endColumn: 11, fixes: [{ title: 'Convert to a Markdown table', output: withBijlagen('1', [...GFM_HEAD, '| 1 | Concept |  |']) }] }],
      output: withBijlagen('1', [...GFM_HEAD, '| 1 | Concept |  |']),
    },
  ],
});
