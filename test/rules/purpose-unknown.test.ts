import { NOTA, edit } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const purpose = (value: string) => edit(NOTA, '### TER BESLUITVORMING\n', `### TER ${value}\n`);

ruleTester('purpose-unknown', {
  valid: [
    { name: 'a default purpose', text: NOTA },
    { name: 'a configured purpose', text: purpose('VASTSTELLING'), config: { purposes: ['VASTSTELLING'] } },
    { name: 'a beantwoording is not checked', kind: 'beantwoording', text: purpose('BESLUITVORMIG') },
  ],
  invalid: [
    {
      name: 'a typo: the closest purpose as fix',
      text: purpose('BESLUITVORMIG'),
      findings: [
        {
          messageId: 'purpose-unknown', line: 11, column: 9, endLine: 11, endColumn: 22,
          message: 'Unknown purpose "TER BESLUITVORMIG". Known: BESLUITVORMING, ONDERTEKENING, INFORMATIE, ADVISERING, KENNISNAME, GOEDKEURING, BESPREKING.',
          fixes: [{ title: 'Change to "TER BESLUITVORMING"', output: NOTA }],
        },
      ],
    },
    {
      name: 'nothing close: no fix',
      text: purpose('VASTSTELLING'),
      findings: [{ messageId: 'purpose-unknown', line: 11, column: 9, endLine: 11, endColumn: 21 }],
    },
    {
      name: 'a default purpose left out of the configured list',
      text: NOTA,
      config: { purposes: ['INFORMATIE'] },
      findings: [{ messageId: 'purpose-unknown', line: 11, column: 9, endLine: 11, endColumn: 23 }],
    },
  ],
});
