import { NOTA, edit } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const referentie = (value: string) => edit(NOTA, '2024-0000012345', value);

ruleTester('reference-year', {
  valid: [
    { name: 'the Datum year', text: NOTA },
    { name: 'the year before the Datum (the file opened earlier)', text: referentie('2023-0000012345') },
    { name: 'no Datum to compare with', text: edit(NOTA, '12 maart 2024', 'binnenkort') },
    { name: 'a referentie that does not start with a year', text: referentie('BZK-12345') },
    { name: 'a beantwoording is not checked', kind: 'beantwoording', text: referentie('2020-0000012345') },
  ],
  invalid: [
    {
      name: 'two years before the Datum: the year is marked',
      text: referentie('2022-0000012345'),
      findings: [{ messageId: 'reference-year', line: 17, column: 1, endLine: 17, endColumn: 5, message: 'Reference year 2022 is neither the year of the Datum (2024) nor the year before.' }],
    },
    {
      name: 'a year after the Datum',
      text: referentie('2025-0000012345'),
      findings: [{ messageId: 'reference-year', line: 17, column: 1, endLine: 17, endColumn: 5 }],
    },
  ],
});
