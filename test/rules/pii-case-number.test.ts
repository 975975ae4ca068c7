import { KV, NOTA, inAnswer, inKern, withPersonsTable } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('pii-case-number', {
  valid: [
    { name: 'in a nota "uw verzoek" is the minister\'s: no person', text: inKern('Uw verzoek is geregistreerd onder nummer WOO-2026-1187.') },
    { name: "a Woo request's kenmerk is the government's reference", text: inKern('Het verzoek van mevrouw Jansen is geregistreerd onder kenmerk WOO-2024-0731.') },
    { name: 'the complete nota', text: NOTA },
    { name: 'the complete beantwoording', kind: 'beantwoording', text: KV },
    { name: 'an organisation’s case, no person in the paragraph', text: inKern('De aanbesteding (zaaknummer 31178402) is gegund.') },
    { name: 'an inspection number and the government’s own reference', text: inKern('Zie het inspectienummer 222463766 en het kenmerk 2024-0000012345.') },
  ],
  invalid: [
    {
      name: 'a column headed "kenmerk klacht" in a table of persons',
      text: withPersonsTable(['| Klager | kenmerk klacht |', '| --- | --- |', '| Eva Houtman | KL-DH-2026-0415 |']),
      findings: [{ messageId: 'pii-case-number', severity: 'error', line: 51, column: 17, endLine: 51, endColumn: 32, fixes: [{ title: 'Redact as [5.1.2e]', output: withPersonsTable(['| Klager | kenmerk klacht |', '| --- | --- |', '| Eva Houtman | KL-DH-2026-0415 |']).replace('KL-DH-2026-0415', '[5.1.2e]') }] }],
    },
    {
      name: 'a number after "strafzaak nr." in a paragraph about a person',
      text: inKern('De ambassade volgt de strafzaak nr. 2026/44817 op naam van de heer Stam.'),
      findings: [{ messageId: 'pii-case-number', severity: 'error', line: 41, column: 39, endLine: 41, endColumn: 49, fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('De ambassade volgt de strafzaak nr. [5.1.2e] op naam van de heer Stam.') }] }],
    },
    {
      name: "a court's case number in administrative law (AWB 26/31245)",
      text: inKern('De rechtbank heeft het beroep van de heer Stam gegrond verklaard (AWB 26/31245).'),
      findings: [{ messageId: 'pii-case-number', severity: 'error', line: 41, column: 69, endLine: 41, endColumn: 81, fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('De rechtbank heeft het beroep van de heer Stam gegrond verklaard ([5.1.2e]).') }] }],
    },
    {
      name: 'in a letter to a citizen, "uw verzoek" is that person\'s',
      text: inKern('Uw verzoek is geregistreerd onder nummer WOO-2026-1187.') + '\nGeachte heer Jansen,\n',
      findings: [{ messageId: 'pii-case-number', severity: 'error', line: 41, column: 44, endLine: 41, endColumn: 57, fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Uw verzoek is geregistreerd onder nummer [5.1.2e].') + '\nGeachte heer Jansen,\n' }] }],
    },
    {
      name: "an agency's kenmerk of a citizen's file",
      text: inKern('Haar zaken zijn samengevoegd onder CJIB-kenmerk 2026 0481 7731 0045.'),
      findings: [
        {
          messageId: 'pii-case-number', severity: 'error', line: 41, column: 51, endLine: 41, endColumn: 70,
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Haar zaken zijn samengevoegd onder CJIB-kenmerk [5.1.2e].') }],
        },
      ],
    },
    {
      name: 'a code after "onder nummer" in a paragraph about a young person',
      text: inKern('De verzekeraar nam de bemiddeling in behandeling onder nummer WB-2026-337815, op naam van de jongere.'),
      findings: [
        {
          messageId: 'pii-case-number', severity: 'error', line: 41, column: 65, endLine: 41, endColumn: 79,
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('De verzekeraar nam de bemiddeling in behandeling onder nummer [5.1.2e], op naam van de jongere.') }],
        },
      ],
    },
    {
      name: "a partnership's relatienummer (a maatschap is its partners)",
      text: inKern('Het relatienummer van de maatschap bij RVO is 2000148375.'),
      findings: [
        {
          messageId: 'pii-case-number', severity: 'error', line: 41, column: 49, endLine: 41, endColumn: 59,
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Het relatienummer van de maatschap bij RVO is [5.1.2e].') }],
        },
      ],
    },
    {
      name: 'a citizen’s klantnummer a few words after the label',
      text: inKern('Het klantnummer van mevrouw Wijnbergen bij het CJIB is 8822-4107-3359.'),
      findings: [
        {
          messageId: 'pii-case-number', severity: 'error', line: 41, column: 58, endLine: 41, endColumn: 72, message: 'Case or file number of a person "8822-4107-3359" (85% sure).',
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Het klantnummer van mevrouw Wijnbergen bij het CJIB is [5.1.2e].') }],
        },
      ],
    },
    {
      name: 'a parketnummer is always a person’s; the same number again without its label',
      text: inKern('De zaak staat bekend onder parketnummer 05/881274-22; zie ook 05/881274-22.'),
      findings: [
        {
          messageId: 'pii-case-number', severity: 'error', line: 41, column: 43, endLine: 41, endColumn: 55,
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('De zaak staat bekend onder parketnummer [5.1.2e]; zie ook 05/881274-22.') }],
        },
        {
          messageId: 'pii-case-number', severity: 'error', line: 41, column: 65, endLine: 41, endColumn: 77,
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('De zaak staat bekend onder parketnummer 05/881274-22; zie ook [5.1.2e].') }],
        },
      ],
    },
    {
      name: 'a number with a letter prefix and suffix in a beantwoording',
      kind: 'beantwoording',
      text: inAnswer('Hij is bekend onder rekestnummer C/13/7732 R bij de rechtbank.'),
      findings: [{ messageId: 'pii-case-number', severity: 'error', line: 9, column: 34, endLine: 9, endColumn: 45, fixes: [{ title: 'Redact as [5.1.2e]', output: inAnswer('Hij is bekend onder rekestnummer [5.1.2e] bij de rechtbank.') }] }],
    },
  ],
});
