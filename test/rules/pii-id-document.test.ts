import { KV, NOTA, PERSONS_TABLE, withPersonsTable, inAnswer, inKern } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('pii-id-document', {
  valid: [
    { name: 'the complete nota', text: NOTA },
    { name: 'the complete beantwoording', kind: 'beantwoording', text: KV },
    { name: 'the format without a document word', text: inKern('Het productnummer NW4K7R2H8 is besteld.') },
    { name: 'a year or a word after a document word', text: inKern('Het paspoort 2026 wordt duurder; het rijbewijs NIEUW geldt tien jaar.') },
  ],
  invalid: [
    {
      name: 'a foreign passport number after "paspoort (nummer"',
      text: inKern('Haar paspoort (nummer C4918273) is ingenomen.'),
      findings: [{ messageId: 'pii-id-document', severity: 'error', line: 41, column: 25, endLine: 41, endColumn: 33, fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Haar paspoort (nummer [5.1.2e]) is ingenomen.') }] }],
    },
    {
      name: "a letter and digits after a country's passport",
      text: inKern('Hij toonde een Syrisch paspoort N 014427893 bij de KMar.'),
      findings: [{ messageId: 'pii-id-document', severity: 'error', line: 41, column: 35, endLine: 41, endColumn: 46, fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Hij toonde een Syrisch paspoort [5.1.2e] bij de KMar.') }] }],
    },
    {
      name: 'digits only after "identiteitsbewijs met nummer"',
      text: inKern('Hij heeft een Eritrees identiteitsbewijs met nummer 000384912 getoond.'),
      findings: [{ messageId: 'pii-id-document', severity: 'error', line: 41, column: 55, endLine: 41, endColumn: 64, fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Hij heeft een Eritrees identiteitsbewijs met nummer [5.1.2e] getoond.') }] }],
    },
    {
      name: 'a number after W-nummer',
      text: inKern('Hij heeft een W-document (W-nummer ND4R71P22) gekregen.'),
      findings: [{ messageId: 'pii-id-document', severity: 'error', line: 41, column: 38, endLine: 41, endColumn: 47, fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Hij heeft een W-document (W-nummer [5.1.2e]) gekregen.') }] }],
    },
    {
      name: 'a residence document number that starts with a letter and a digit',
      text: inKern('Haar verblijfsdocument (documentnummer Y84RK2TF1) lag thuis.'),
      findings: [{ messageId: 'pii-id-document', severity: 'error', line: 41, column: 42, endLine: 41, endColumn: 51, fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Haar verblijfsdocument (documentnummer [5.1.2e]) lag thuis.') }] }],
    },
    {
      name: 'a foreign driving licence number with slashes',
      text: inKern('Hij gebruikte een Pools rijbewijs met nummer 02847/19/1434 bij de verhuurder.'),
      findings: [{ messageId: 'pii-id-document', severity: 'error', line: 41, column: 48, endLine: 41, endColumn: 61, fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Hij gebruikte een Pools rijbewijs met nummer [5.1.2e] bij de verhuurder.') }] }],
    },
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
