import { KV, NOTA, PERSONS_TABLE, SPACE_TABLE, withPersonsTable, inAnswer, inKern } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('pii-birthdate', {
  valid: [
    { name: 'the complete nota', text: NOTA },
    { name: 'the complete beantwoording', kind: 'beantwoording', text: KV },
    { name: 'a date that is not a birth date', text: inKern('Op 3 april 1975 is de wet aangenomen.') },
  ],
  invalid: [
    {
      name: 'every value of a key-value row keyed as birth dates, one per person',
      text: withPersonsTable(PERSONS_TABLE),
      findings: [
        { messageId: 'pii-birthdate', severity: 'error', line: 52, column: 13, endLine: 52, endColumn: 23, fixes: [{ title: 'Redact as [5.1.2e]', output: withPersonsTable(PERSONS_TABLE).replace('30/06/1994', '[5.1.2e]') }] },
        { messageId: 'pii-birthdate', severity: 'error', line: 52, column: 26, endLine: 52, endColumn: 36, fixes: [{ title: 'Redact as [5.1.2e]', output: withPersonsTable(PERSONS_TABLE).replace('1991-02-11', '[5.1.2e]') }] },
      ],
    },
    {
      name: 'every date in a column headed Geb.datum of a table laid out with spaces',
      text: withPersonsTable(SPACE_TABLE),
      findings: [
        { messageId: 'pii-birthdate', severity: 'error', line: 50, column: 17, endLine: 50, endColumn: 27, fixes: [{ title: 'Redact as [5.1.2e]', output: withPersonsTable(SPACE_TABLE).replace('03-08-1991', '[5.1.2e]') }] },
        { messageId: 'pii-birthdate', severity: 'error', line: 51, column: 17, endLine: 51, endColumn: 27, fixes: [{ title: 'Redact as [5.1.2e]', output: withPersonsTable(SPACE_TABLE).replace('17-12-1988', '[5.1.2e]') }] },
      ],
    },
    {
      name: '"geboren op" and a date',
      text: inKern('Verzoeker, geboren op 3 april 1975, vraagt om inzage.'),
      findings: [
        {
          messageId: 'pii-birthdate', severity: 'error', line: 41, column: 25, endLine: 41, endColumn: 37, message: 'Date of birth "3 april 1975" (95% sure).',
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Verzoeker, geboren op [5.1.2e], vraagt om inzage.') }],
        },
      ],
    },
    {
      name: 'in a beantwoording',
      kind: 'beantwoording',
      text: inAnswer('Verzoeker, geboren op 3 april 1975, vraagt om inzage.'),
      findings: [{ messageId: 'pii-birthdate', severity: 'error', line: 9, column: 23, endLine: 9, endColumn: 35, fixes: [{ title: 'Redact as [5.1.2e]', output: inAnswer('Verzoeker, geboren op [5.1.2e], vraagt om inzage.') }] }],
    },
  ],
});
