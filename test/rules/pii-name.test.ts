import { KV, NOTA, edit, inAnswer, inKern, withPersonsTable } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const author = edit(NOTA, '**Opgesteld door**  \n[5.1.2e]', '**Opgesteld door**  \nPieter Bakker');

ruleTester('pii-name', {
  valid: [
    { name: 'the complete nota', text: NOTA },
    { name: 'a street named after a person, with its house number', text: inKern('Het kantoor is gevestigd aan de Ubbo Emmiusstraat 14 in Groningen, mail: r.wiggers@wiggersbrouwer.nl.') },
    { name: "the Woo's functional mailbox in a mail header", text: inKern('Aan: Postbus Woo BZK <woo@minbzk.nl>') },
    { name: 'the complete beantwoording (Kamerleden and the minister are public)', kind: 'beantwoording', text: KV },
    { name: 'a configured public person', config: { publicPersons: ['Jansen'] }, text: inKern('De heer Jansen belde.') },
    { name: 'a name the beantwoording also gives a public role (minister De Vries) is public', kind: 'beantwoording', text: inAnswer('Contactpersoon: mevr. J. de Vries.') },
    { name: 'a public role elsewhere makes the name public', text: edit(inKern('De heer Jansen belde.'), 'heeft de Tweede Kamer', 'heeft het lid Jansen (VVD) in de Tweede Kamer') },
  ],
  invalid: [
    {
      name: 'a surname with its particle, a comma and the first name, in a list of those present',
      text: withPersonsTable(['| Naam | Rol | E-mail |', '| --- | --- | --- |', '| de Graaf, Willemijn | pleegouder | wdegraaf1979@outlook.com |']),
      findings: [
        {
          messageId: 'pii-name', severity: 'error', line: 51, column: 3, endLine: 51, endColumn: 22,
          fixes: [{ title: 'Redact as [5.1.2e]', output: withPersonsTable(['| Naam | Rol | E-mail |', '| --- | --- | --- |', '| [5.1.2e] | pleegouder | wdegraaf1979@outlook.com |']) }],
        },
      ],
    },
    {
      name: 'a title and initials: an error, with the explanation for hover',
      text: inKern('Contactpersoon: mevr. J. de Vries.'),
      findings: [
        {
          messageId: 'pii-name', severity: 'error', line: 41, column: 25, endLine: 41, endColumn: 36, message: 'Name of a civil servant or citizen "J. de Vries" (86% sure).',
          explanation: 'Name "J. de Vries": a form of address (de heer, mevrouw, dhr., mevr.); initials with a surname; no public role (minister, member of parliament, …) in this document. This is likely personal data (score 86%).',
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Contactpersoon: mevr. [5.1.2e].') }],
        },
      ],
    },
    {
      name: 'a first and last name without a title: a warning',
      text: inKern('Met dank aan Pieter Bakker.'),
      findings: [{ messageId: 'pii-name', severity: 'warning', line: 41, column: 16, endLine: 41, endColumn: 29, fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Met dank aan [5.1.2e].') }] }],
    },
    {
      name: 'the value of Opgesteld door when not redacted',
      text: author,
      findings: [{ messageId: 'pii-name', severity: 'error', line: 23, column: 1, endLine: 23, endColumn: 14, fixes: [{ title: 'Redact as [5.1.2e]', output: NOTA }] }],
    },
    {
      name: 'in a beantwoording, in Dutch',
      kind: 'beantwoording',
      locale: 'nl',
      text: inAnswer('Contactpersoon: mevr. J. Smit.'),
      findings: [{ messageId: 'pii-name', severity: 'error', line: 9, column: 23, endLine: 9, endColumn: 30, message: 'Naam van een ambtenaar of burger "J. Smit" (86% zeker).', fixes: [{ title: 'Weglakken als [5.1.2e]', output: inAnswer('Contactpersoon: mevr. [5.1.2e].') }] }],
    },
  ],
});
