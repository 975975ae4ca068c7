import { KV, NOTA, PERSONS_TABLE, withPersonsTable, inAnswer, inKern } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('pii-id-document', {
  valid: [
    { name: 'the complete nota', text: NOTA },
    { name: 'the complete beantwoording', kind: 'beantwoording', text: KV },
    { name: 'the format without a document word', text: inKern('Het productnummer NW4K7R2H8 is besteld.') },
  ],
  invalid: [
    {
      name: 'a foreign passport number in a row keyed Paspoort',
      text: withPersonsTable(PERSONS_TABLE),
      findings: [
        { messageId: 'pii-id-document', severity: 'error', line: 54, column: 14, endLine: 54, endColumn: 23, fixes: [{ title: 'Redact as [5.1.2e]', output: withPersonsTable(PERSONS_TABLE).replace('NX4RT7JK2', '[5.1.2e]') }] },
        { messageId: 'pii-id-document', severity: 'error', line: 54, column: 26, endLine: 54, endColumn: 34, fixes: [{ title: 'Redact as [5.1.2e]', output: withPersonsTable(PERSONS_TABLE).replace('C4817265', '[5.1.2e]') }] },
      ],
    },
    {
      name: 'a passport number: the whole number is redacted',
      text: inKern('Zij reisde met haar paspoort NW4K7R2H8 naar Hanoi.'),
      findings: [
        {
          messageId: 'pii-id-document', severity: 'error', line: 41, column: 32, endLine: 41, endColumn: 41, message: 'Identity document number "NW4K7R2H8" (93% sure).',
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Zij reisde met haar paspoort [5.1.2e] naar Hanoi.') }],
        },
      ],
    },
    {
      name: 'a driving-licence number',
      text: inKern('Zijn rijbewijsnummer 5012345678 is ingetrokken.'),
      findings: [{ messageId: 'pii-id-document', severity: 'error', line: 41, column: 24, endLine: 41, endColumn: 34, fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Zijn rijbewijsnummer [5.1.2e] is ingetrokken.') }] }],
    },
    {
      name: 'an identity card in a beantwoording',
      kind: 'beantwoording',
      text: inAnswer('Haar identiteitskaart (documentnummer IR3KD7P14) is gestolen.'),
      findings: [{ messageId: 'pii-id-document', severity: 'error', line: 9, column: 39, endLine: 9, endColumn: 48, fixes: [{ title: 'Redact as [5.1.2e]', output: inAnswer('Haar identiteitskaart (documentnummer [5.1.2e]) is gestolen.') }] }],
    },
  ],
});
