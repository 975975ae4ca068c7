import { KV, NOTA, edit } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const kv = (text: string) => ({ kind: 'beantwoording' as const, text });

ruleTester('antwoord-crossref', {
  valid: [
    { name: 'a reference to an earlier question', ...kv(KV) },
    { name: '"zie vraag N" to an existing question', ...kv(edit(KV, 'Zie het antwoord op vraag 2.', 'Zie vraag 1.')) },
    { name: 'a nota is not checked', text: edit(NOTA, 'het voorstel.', 'het voorstel, zie vraag 9.') },
  ],
  invalid: [
    {
      name: 'a reference to a question that does not exist',
      ...kv(edit(KV, 'Zie het antwoord op vraag 2.', 'Zie het antwoord op vraag 7.')),
      findings: [{ messageId: 'antwoord-crossref.missing', line: 21, column: 27, endLine: 21, endColumn: 28, message: 'Reference to question 7, which does not exist.' }],
    },
    {
      name: 'a reference to the question it stands in',
      ...kv(edit(KV, 'Zie het antwoord op vraag 2.', 'Zie vraag 3.')),
      findings: [{ messageId: 'antwoord-crossref.self', line: 21, column: 11, endLine: 21, endColumn: 12, message: 'Question 3 refers to itself.' }],
    },
  ],
});
