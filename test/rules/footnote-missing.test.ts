import { KV, NOTA, edit } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const kv = (text: string) => ({ kind: 'beantwoording' as const, text });

ruleTester('footnote-missing', {
  valid: [
    { name: 'a marker with its footnote', ...kv(KV) },
    { name: 'a nota is not checked', text: edit(NOTA, 'het voorstel.', 'het voorstel. 3)') },
  ],
  invalid: [
    {
      name: 'a marker without a footnote',
      ...kv(edit(KV, 'op dit moment leeg?', 'op dit moment leeg? 2)')),
      findings: [{ messageId: 'footnote-missing.marker', line: 12, column: 57, endLine: 12, endColumn: 59, message: 'Footnote marker 2) has no footnote.' }],
    },
    {
      name: 'a footnote that nothing refers to',
      ...kv(edit(KV, 'leegstaan"? 1)\n', 'leegstaan"?\n')),
      findings: [{ messageId: 'footnote-missing.footnote', line: 23, column: 1, endLine: 23, endColumn: 56, message: 'Footnote 1) is not referred to in the text.' }],
    },
  ],
});
