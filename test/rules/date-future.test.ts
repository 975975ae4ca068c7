import { NOTA, edit } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

// The tests run on 15 March 2024; the default slack is 14 days.
const dated = (value: string) => edit(NOTA, '12 maart 2024', value);

ruleTester('date-future', {
  valid: [
    { name: 'dated in the past', text: NOTA },
    { name: 'dated 14 days ahead (the slack)', text: dated('29 maart 2024') },
    { name: 'a larger slack', text: dated('15 april 2024'), options: { slackDays: 31 } },
    { name: 'no readable Datum', text: dated('binnenkort') },
    { name: 'a beantwoording is not checked', kind: 'beantwoording', text: dated('1 januari 2030') },
  ],
  invalid: [
    {
      name: 'dated 15 days ahead',
      text: dated('30 maart 2024'),
      findings: [{ messageId: 'date-future', line: 20, column: 1, endLine: 20, endColumn: 14, message: 'The nota is dated 30 maart 2024, 15 days in the future.' }],
    },
    {
      name: 'a smaller slack',
      text: dated('17 maart 2024'),
      options: { slackDays: 1 },
      findings: [{ messageId: 'date-future', line: 20, column: 1, endLine: 20, endColumn: 14, message: 'The nota is dated 17 maart 2024, 2 days in the future.' }],
    },
    {
      name: 'a negative slack counts as none',
      text: dated('16 maart 2024'),
      options: { slackDays: -5 },
      findings: [{ messageId: 'date-future', line: 20, column: 1, endLine: 20, endColumn: 14 }],
    },
    {
      name: 'a slack that is not a number falls back to 14 days',
      text: dated('30 maart 2024'),
      options: { slackDays: 'veel' },
      findings: [{ messageId: 'date-future', line: 20, column: 1, endLine: 20, endColumn: 14 }],
    },
  ],
});
