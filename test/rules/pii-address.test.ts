import { KV, NOTA, inAnswer, inKern } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('pii-address', {
  valid: [
    { name: "a company's registered office after 'statutair gevestigd'", text: inKern('Warmtelink Installaties. Statutair gevestigd Industrieweg 44, 3542 AD Utrecht.') },
    { name: 'an address with a Chamber of Commerce number right after it', text: inKern('Het adres Zernikepark 6, 9747 AN Groningen (KvK 80127733) staat op de aanvraag.') },
    { name: 'a foreign legal form before the address', text: inKern('De zienswijze van Bioquant Laboratories GmbH, Industriestraße 17, 60325 Frankfurt am Main.') },
    { name: "a housing corporation named 'Wonen …' is no one living there", text: inKern('De lijst ging naar de woningcorporatie (Wonen Limburg, Roermondseweg 54, 6004 AS Weert).') },
    { name: "an organisation's acronym and a comma before the address", text: inKern('Adres voor de Kamerbrief: IND, Visseringlaan 26, Rijswijk.') },
    { name: "another house number of a government office's building, on its street with its postcode", text: inKern('Afgestemd met het ministerie van OCW, Rijnstraat 50, 2515 XP Den Haag.') },
    { name: "a government office's postcode after its street broken over a line", text: inKern('Het toezicht ligt bij de toezichthouder, Bezuidenhoutseweg\n30, 2594 AV Den Haag.') },
    { name: "the RDW's main office and the RvIG's office (the built-in list)", text: inKern('Afgestemd met mw. Tichelaar, Skagerrak 1, 9642 CZ Veendam, en met drs. Ypma, Wilhelmina van Pruisenweg 52, 2595 AN Den Haag.') },
    { name: 'an organisation that holds office at an address', text: inKern('De AFMP houdt kantoor aan de Koningin Sophiestraat 120, 2595 TM Den Haag.') },
    { name: "an address in parentheses after an organisation's acronym", text: inKern('De platen staan in het register van de RDW (Skager Rak 10, 9642 CZ Veendam).') },
    { name: 'the complete nota', text: NOTA },
    { name: 'the complete beantwoording', kind: 'beantwoording', text: KV },
    { name: 'a street name without a number', text: inKern('De Kerkstraat wordt heringericht.') },
  ],
  invalid: [
    {
      name: "a home with the postcode of a government office on another street is still personal",
      text: inKern('Zij woont aan de Lange Houtstraat 26, 2511 CW Den Haag.'),
      findings: [{ messageId: 'pii-address', severity: 'error', line: 41, column: 20, endLine: 41, endColumn: 57, fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Zij woont aan de [5.1.2e].') }] }],
    },
    {
      name: 'a street named with a compass suffix after a hyphen is covered whole',
      text: inKern('Mevrouw X (Ringbaan-Oost 233, 5013 CD Tilburg) deed aangifte.'),
      findings: [
        {
          messageId: 'pii-address', severity: 'warning', line: 41, column: 14, endLine: 41, endColumn: 48,
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Mevrouw X ([5.1.2e]) deed aangifte.') }],
        },
      ],
    },
    {
      name: 'a person registered at an address is no company registration',
      text: inKern('Zij stond ingeschreven op de Brinkgreverweg 118-3, 7413 AD Deventer.'),
      findings: [
        {
          messageId: 'pii-address', severity: 'error', line: 41, column: 32, endLine: 41, endColumn: 70,
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Zij stond ingeschreven op de [5.1.2e].') }],
        },
      ],
    },
    {
      name: 'street, number, postcode and place: an error',
      text: inKern('Betrokkene woont aan de Kerkstraat 12, 1234 AB Utrecht.'),
      findings: [
        {
          messageId: 'pii-address', severity: 'error', line: 41, column: 27, endLine: 41, endColumn: 57, message: 'Address of a person "Kerkstraat 12, 1234 AB Utrecht" (97% sure).',
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Betrokkene woont aan de [5.1.2e].') }],
        },
      ],
    },
    {
      name: 'a street and number without context: a warning',
      text: inKern('Het pand Kerkstraat 12.'),
      findings: [
        {
          messageId: 'pii-address', severity: 'warning', line: 41, column: 3, endLine: 41, endColumn: 25, message: 'Address of a person "Het pand Kerkstraat 12" (82% sure).',
          fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('[5.1.2e].') }],
        },
      ],
    },
    {
      name: 'in a beantwoording',
      kind: 'beantwoording',
      text: inAnswer('Betrokkene woont aan de Kerkstraat 12, 1234 AB Utrecht.'),
      findings: [{ messageId: 'pii-address', severity: 'error', line: 9, column: 25, endLine: 9, endColumn: 55, fixes: [{ title: 'Redact as [5.1.2e]', output: inAnswer('Betrokkene woont aan de [5.1.2e].') }] }],
    },
  ],
});
