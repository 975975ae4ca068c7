import { KV, NOTA, edit } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const kv = (text: string) => ({ kind: 'beantwoording' as const, text });
const SUBMITTED = 'Vragen van het lid Jansen (VVD) aan de minister (ingezonden 8 januari 2024).\n\nVraag 1\nKent u het bericht?\n\nVraag 2\nHoeveel?\n';
const noAnswer2 = edit(KV, 'Antwoord 2\nOp 1 januari 2024 stonden vier kantoren leeg. Twee daarvan worden dit jaar verkocht.\n\n', '');

ruleTester('antwoord-missing', {
  valid: [
    { name: 'every question answered', ...kv(KV) },
    { name: 'a nota is not checked', text: NOTA },
  ],
  invalid: [
    {
      name: 'a question without an answer: insert a stub after it',
      ...kv(noAnswer2),
      findings: [
        {
          messageId: 'antwoord-missing', line: 11, column: 1, endLine: 11, endColumn: 8, message: 'Question 2 has no answer.',
          fixes: [{ title: 'Insert "Antwoord 2" after question 2', output: edit(noAnswer2, 'moment leeg?\n', 'moment leeg?\n\nAntwoord 2\n[Antwoord]\n') }],
        },
      ],
    },
    {
      name: 'Kamervragen as submitted: one note that the answers are still to be written, with every stub as its fix',
      ...kv(SUBMITTED),
      findings: [
        {
          messageId: 'antwoord-missing.to-write', severity: 'information', line: 3, column: 1, endLine: 3, endColumn: 8,
          message: 'Kamervragen as submitted: the answers to the 2 question(s) are still to be written.',
          fixes: [
            {
              title: 'Insert an answer stub after each of the 2 question(s)',
              output: 'Vragen van het lid Jansen (VVD) aan de minister (ingezonden 8 januari 2024).\n\nVraag 1\nKent u het bericht?\n\nAntwoord 1\n[Antwoord]\n\nVraag 2\nHoeveel?\n\nAntwoord 2\n[Antwoord]\n',
            },
          ],
        },
      ],
    },
    {
      name: 'an empty answer',
      ...kv(edit(KV, 'Antwoord 1\nJa.\n', 'Antwoord 1\n')),
      findings: [{ messageId: 'antwoord-missing.empty', line: 8, column: 1, endLine: 8, endColumn: 11, message: 'The answer to question 1 is empty.' }],
    },
  ],
});
