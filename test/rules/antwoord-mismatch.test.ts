import { KV, NOTA, edit } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const kv = (text: string) => ({ kind: 'beantwoording' as const, text });

ruleTester('antwoord-mismatch', {
  valid: [
    { name: 'answers follow their questions', ...kv(KV) },
    { name: 'a nota is not checked', text: NOTA },
  ],
  invalid: [
    {
      name: 'an answer number that differs from its question: fix the answer number',
      ...kv(edit(KV, 'Antwoord 2\n', 'Antwoord 5\n')),
      findings: [
        {
          messageId: 'antwoord-mismatch', line: 14, column: 10, endLine: 14, endColumn: 11, message: 'Answer 5 follows question 2: the numbers differ.',
          fixes: [{ title: 'Change the answer number to 2', output: KV }],
        },
      ],
    },
    {
      name: 'an answer before its question',
      ...kv(edit(KV, 'Vraag 1\n', 'Antwoord 0\nVooraf.\n\nVraag 1\n')),
      findings: [{ messageId: 'antwoord-mismatch.before-any', line: 5, column: 10, endLine: 5, endColumn: 11, message: 'Answer 0 stands before the first question, and there is no question 0.' }],
    },
    {
      name: 'an answer before the question it names',
      ...kv(edit(KV, 'Vraag 1\n', 'Antwoord 1\nVooraf.\n\nVraag 1\n')),
      findings: [{ messageId: 'antwoord-mismatch.before', line: 5, column: 10, endLine: 5, endColumn: 11, message: 'Answer 1 comes before its question.' }],
    },
    {
      name: 'an answer to a question that does not exist, after an answered question: the message names both',
      ...kv(edit(KV, 'Antwoord 1\nJa.\n', 'Antwoord 1\nJa.\n\nAntwoord 7\nNogmaals ja.\n')),
      findings: [{ messageId: 'antwoord-mismatch.no-question', line: 11, column: 10, endLine: 11, endColumn: 11, message: 'Answer 7 has no question 7: question 1, which it follows, already has an answer.' }],
    },
    {
      name: 'a second answer to one question',
      ...kv(edit(KV, 'Antwoord 1\nJa.\n', 'Antwoord 1\nJa.\n\nAntwoord 1\nNogmaals ja.\n')),
      findings: [{ messageId: 'antwoord-mismatch.duplicate', line: 11, column: 10, endLine: 11, endColumn: 11, message: 'Question 1 already has an answer; this is a second one.' }],
    },
  ],
});
