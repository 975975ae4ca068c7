import { KV, NOTA, edit } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

// The example beantwoording: ingezonden 8 januari 2024, ontvangen 29 januari 2024 (exactly three weeks).
const late = edit(KV, 'ontvangen 29 januari 2024', 'ontvangen 5 februari 2024');
const lateLine = 3;
const aboutQuestions = edit(NOTA, 'een motie aangenomen', 'Kamervragen (ingezonden 8 januari 2024) gesteld');

ruleTester('kamervragen-deadline', {
  valid: [
    { name: 'answered on the last day of the three weeks', kind: 'beantwoording', text: KV },
    { name: 'a nota without submitted questions', text: NOTA },
    { name: 'a nota about questions, dated within three weeks', text: edit(aboutQuestions, '12 maart 2024', '26 januari 2024') },
    { name: 'a beantwoording without an answer date', kind: 'beantwoording', text: edit(KV, ' (ontvangen 29 januari 2024)', '') },
  ],
  invalid: [
    {
      name: 'a beantwoording received a week late: on the date after "ontvangen"',
      kind: 'beantwoording',
      text: late,
      findings: [{ messageId: 'kamervragen-deadline', line: lateLine, column: 87, endLine: lateLine, endColumn: 102, message: '5 februari 2024 is 7 day(s) past the answer date 29 januari 2024 (three weeks after the questions were ingezonden on 8 januari 2024): was an uitstelbericht sent by 29 januari 2024?' }],
    },
    {
      name: 'a nota about questions: on its Datum, in Dutch',
      text: aboutQuestions,
      locale: 'nl',
      findings: [{ messageId: 'kamervragen-deadline', line: 20, column: 1, endLine: 20, endColumn: 14, message: '12 maart 2024 ligt 43 dag(en) na de antwoorddatum 29 januari 2024 (drie weken na het inzenden van de vragen op 8 januari 2024): is er vóór 29 januari 2024 een uitstelbericht gestuurd?' }],
    },
  ],
});
