import { KV, NOTA, inAnswer, inKern } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('pii-phone', {
  valid: [
    { name: "a service's number in parentheses after 'het Persbureau Defensie', even with a person earlier in the sentence", text: inKern('Vragen van de pers beantwoordt de woordvoerder, Frank Terlingen, via het Persbureau Defensie (070 318 8188).') },
    { name: 'the complete nota', text: NOTA },
    { name: 'the complete beantwoording', kind: 'beantwoording', text: KV },
    { name: 'a number that is not a phone number', text: inKern('Er zijn 1234567 formulieren.') },
    { name: "an organisation's number, the organisation named right before it", text: inKern('De ILT is bereikbaar op 088 489 00 00. Bellen met het CJIB, 058 233 88 88, kan ook.') },
    { name: "an organisation's number after a line break in its name", text: inKern('Of bij het Huis voor\nKlokkenluiders, 088 133 10 30.') },
    { name: 'a number for the public to call', text: inKern('Mensen die op een wachtlijst staan kunnen contact opnemen met hun verzekeraar; bij Zilveren Kruis is dat 071 751 00 52.') },
    { name: 'a number marked as the general one', text: inKern('Zorgverzekeraar CZ, 088 555 7777 (algemeen).') },
    { name: 'the BelastingTelefoon Buitenland (the helpdesk list)', text: inKern('De BelastingTelefoon Buitenland (+31 55 538 53 85) is uitgebreid.') },
  ],
  invalid: [
    {
      name: "a person's number, though an organisation is named before it",
      text: inKern('Zij is bij het CJIB bereikbaar op 058 233 88 88.'),
      findings: [
        {
          messageId: 'pii-phone', severity: 'error', line: 41, column: 37, endLine: 41, endColumn: 50, message: 'Personal phone number "058 233 88 88" (87% sure).',
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Zij is bij het CJIB bereikbaar op [5.1.2e].') }],
        },
      ],
    },
    {
      name: "a unit's acronym after a person's name is no owner of the number",
      text: inKern('Contact: Mirte Smit, DGDOO/DIO, 070 426 5120.'),
      findings: [{ messageId: 'pii-phone', severity: 'warning', line: 41, column: 35, endLine: 41, endColumn: 47, fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Contact: Mirte Smit, DGDOO/DIO, [5.1.2e].') }] }],
    },
    {
      name: 'a mobile number with a dash',
      text: inKern('Voor vragen: 06-12345678.'),
      findings: [
        {
          messageId: 'pii-phone', severity: 'error', line: 41, column: 16, endLine: 41, endColumn: 27, message: 'Personal phone number "06-12345678" (90% sure).',
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Voor vragen: [5.1.2e].') }],
        },
      ],
    },
    {
      name: 'a mobile number without separators, with the configured marker',
      config: { redactionMarker: '[Redacted]' },
      text: inKern('Nummer 0612345678.'),
      findings: [{ messageId: 'pii-phone', severity: 'error', line: 41, column: 10, endLine: 41, endColumn: 20, fixes: [{ title: 'Redact as [Redacted]', output: inKern('Nummer [Redacted].') }] }],
    },
    {
      name: 'in a beantwoording',
      kind: 'beantwoording',
      text: inAnswer('U kunt bellen met 06-12345678.'),
      findings: [{ messageId: 'pii-phone', severity: 'error', line: 9, column: 19, endLine: 9, endColumn: 30, fixes: [{ title: 'Redact as [5.1.2e]', output: inAnswer('U kunt bellen met [5.1.2e].') }] }],
    },
  ],
});
