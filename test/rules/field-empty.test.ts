import { NOTA, edit } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('field-empty', {
  valid: [
    { name: 'the complete nota', text: NOTA },
    { name: 'an empty Opgesteld door counts as redacted', text: edit(NOTA, '**Opgesteld door**  \n[5.1.2e]\n', '**Opgesteld door**\n') },
    { name: 'a beantwoording is not checked', kind: 'beantwoording', text: edit(NOTA, '**Van**  \nDGDOO\n', '**Van**\n') },
  ],
  invalid: [
    {
      name: 'Van without a value: reported on the label',
      text: edit(NOTA, '**Van**  \nDGDOO\n', '**Van**\n'),
      findings: [{ messageId: 'field-empty', line: 4, column: 3, endLine: 4, endColumn: 6, message: 'Header field "Van" has no value.' }],
    },
    {
      name: 'every empty field is reported',
      text: edit(NOTA, '**Samengewerkt met**  \nCZW, D&B\n', '**Samengewerkt met**\n').replace('**Datum**  \n12 maart 2024\n', '**Datum**\n'),
      findings: [{ messageId: 'field-empty', line: 19, column: 3, endLine: 19, endColumn: 8 }, { messageId: 'field-empty', line: 24, column: 3, endLine: 24, endColumn: 19 }],
    },
  ],
});
