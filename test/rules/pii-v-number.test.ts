import { KV, NOTA, PERSONS_TABLE, SPACE_TABLE, withPersonsTable, inAnswer, inKern } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('pii-v-number', {
  valid: [
    { name: 'VN is the United Nations without ten digits right after it', text: inKern('De VN heeft in 2026 een rapport uitgebracht.') },
    { name: 'the complete nota', text: NOTA },
    { name: 'the complete beantwoording', kind: 'beantwoording', text: KV },
    { name: 'ten digits without the label', text: inKern('Het nummer 2718430956 van de IND.') },
  ],
  invalid: [
    {
      name: '"VN" right before the ten digits, as in an IND list',
      text: inKern('Op de lijst stond VN 2989 114 036 bij haar naam.'),
      findings: [{ messageId: 'pii-v-number', severity: 'error', line: 41, column: 24, endLine: 41, endColumn: 36, fixes: [{ title: 'Redact as [5.1.1e]', output: inKern('Op de lijst stond VN [5.1.1e] bij haar naam.') }] }],
    },
    {
      name: 'every value of a key-value row keyed V-nummer, one per person',
      text: withPersonsTable(PERSONS_TABLE),
      findings: [
        { messageId: 'pii-v-number', severity: 'error', line: 53, column: 14, endLine: 53, endColumn: 24, fixes: [{ title: 'Redact as [5.1.1e]', output: withPersonsTable(PERSONS_TABLE).replace('2741859362', '[5.1.1e]') }] },
        { messageId: 'pii-v-number', severity: 'error', line: 53, column: 27, endLine: 53, endColumn: 39, fixes: [{ title: 'Redact as [5.1.1e]', output: withPersonsTable(PERSONS_TABLE).replace('3018 4475 20', '[5.1.1e]') }] },
      ],
    },
    {
      name: 'every number in a column headed V-nummer of a table laid out with spaces',
      text: withPersonsTable(SPACE_TABLE),
      findings: [
        { messageId: 'pii-v-number', severity: 'error', line: 50, column: 30, endLine: 50, endColumn: 42, fixes: [{ title: 'Redact as [5.1.1e]', output: withPersonsTable(SPACE_TABLE).replace('2906 447 182', '[5.1.1e]') }] },
        { messageId: 'pii-v-number', severity: 'error', line: 51, column: 30, endLine: 51, endColumn: 40, fixes: [{ title: 'Redact as [5.1.1e]', output: withPersonsTable(SPACE_TABLE).replace('2877193405', '[5.1.1e]') }] },
      ],
    },
    {
      name: 'a V-nummer: redacted on the absolute ground 5.1.1e, whatever the configured marker',
      config: { redactionMarker: '[5.1.2.e]' },
      text: inKern('De referent (V-nummer 2718430956) heeft bezwaar gemaakt.'),
      findings: [
        {
          messageId: 'pii-v-number', severity: 'error', line: 41, column: 25, endLine: 41, endColumn: 35, message: 'V-nummer (foreign national number) "2718430956" (95% sure).',
          fixes: [{ title: 'Redact as [5.1.1e]', output: inKern('De referent (V-nummer [5.1.1e]) heeft bezwaar gemaakt.') }],
        },
      ],
    },
    {
      name: 'vreemdelingennummer in a beantwoording',
      kind: 'beantwoording',
      text: inAnswer('Zijn vreemdelingennummer is 2209318745.'),
      findings: [{ messageId: 'pii-v-number', severity: 'error', line: 9, column: 29, endLine: 9, endColumn: 39, fixes: [{ title: 'Redact as [5.1.1e]', output: inAnswer('Zijn vreemdelingennummer is [5.1.1e].') }] }],
    },
  ],
});
