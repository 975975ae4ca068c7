// Detector changes of the fifth personal-data round (issue 19, tuned on blind4 after its first score).
// Each case states a rule for real documents; the texts are written for these tests.
import { strict as assert } from 'node:assert';
import * as pii from '../../server/src/core/pii';
import type { PiiCandidate } from '../../server/src/core/pii';
import { readSource } from '../../server/src/core/source/document';

const detect = (text: string) => pii.detectPersonalData(readSource(text), { publicPersons: [] });
const found = (text: string, type: string) => detect(text).filter((c: PiiCandidate) => c.type === type).map((c: PiiCandidate) => c.text);

describe('pii round 5: structured data', () => {
  it('finds an IBAN written in lower case without spaces when its bank format is valid', () => {
    assert.deepEqual(found('Betaal het op ons vaste nummer nl91abna0417164300. Dank u.', 'iban'), ['nl91abna0417164300']);
    // a lower-case token whose bank part does not fit the country is no IBAN
    assert.deepEqual(found('De hash is nl12ab34cd56ef78gh90 in het logbestand.', 'iban'), []);
  });

  it('does not flag a number that the sentence calls a service’s general line', () => {
    assert.deepEqual(found('De algemene lijn van het Loket is 088 123 4567. Zijn mobiel is 06-12345678.', 'phone'), ['06-12345678']);
  });

  it('does not flag the published numbers of the SVB Servicecentrum PGB and of the Veteranenloket', () => {
    assert.deepEqual(found('Bel het Servicecentrum PGB van de SVB, 030 264 82 00, of het Veteranenloket op 088 334 0000.', 'phone'), []);
  });

  it('does not flag a team mailbox whose local part is a duty word and a place', () => {
    assert.deepEqual(found('Mail naar grensbewaking.schiphol@kmar.nl of naar jan.smit@kmar.nl.', 'email'), ['jan.smit@kmar.nl']);
  });

  it('does not flag a government office address whose street name is split over a line break', () => {
    assert.deepEqual(found('Het kantoor staat aan de Van Heuven\nGoedhartlaan 1, 1181 LE Amstelveen.', 'address'), []);
  });

  it('does not flag the address of the national police headquarters', () => {
    assert.deepEqual(found('Post voor de korpsleiding gaat naar Nieuwe Uitleg 1, 2514 BP Den Haag.', 'address'), []);
  });

  it('covers the street of a citizen’s address whose street name has no street suffix', () => {
    assert.deepEqual(found('Zij wonen op de Haskerdijken 14, 8503 CB Joure.', 'address'), ['Haskerdijken 14, 8503 CB Joure']);
  });

  it('covers the place after "te", also on the next line', () => {
    assert.deepEqual(found('De dochter woont op de Wouwsestraat 62 te\nBergen op Zoom en werkt daar.', 'address'), ['Wouwsestraat 62 te\nBergen op Zoom']);
  });
});

describe('pii round 5: case numbers', () => {
  it('reads a klacht-, schade- or douanezaaknummer after its label when a person is named', () => {
    assert.deepEqual(found('De heer Jan Smit diende een klacht in. Het klachtnummer is KL-OB-2026-004471.', 'case-number'), ['KL-OB-2026-004471']);
    assert.deepEqual(found('De bewoner, mevrouw Bakker, meldde schade onder schadenummer IMG-2025-448120.', 'case-number'), ['IMG-2025-448120']);
    assert.deepEqual(found('Geadresseerde is de heer Kamphorst. Het douanezaaknummer is DZ-VNL-2026-08172.', 'case-number'), ['DZ-VNL-2026-08172']);
  });

  it('reads the number in the value cell of a key-value table row', () => {
    const table = 'Gegevens van mevrouw Bakker:\n\n| gegeven | waarde |\n| --- | --- |\n| Naam | mevrouw Bakker |\n| Dossiernummer DForZo | TBS-18-0442 |\n| Budgetnummer SVB | PGB-0917-44328 |\n';
    assert.deepEqual(found(table, 'case-number'), ['TBS-18-0442', 'PGB-0917-44328']);
  });

  it('reads a case code after the word "zaak" in a paragraph about a person', () => {
    assert.deepEqual(found('Hij ziet af van zijn klacht bij de commissie (zaak KOO-2026-014).', 'case-number'), ['KOO-2026-014']);
    // a year after "zaak" is no case number
    assert.deepEqual(found('Hij noemde de zaak 2026 een keerpunt.', 'case-number'), []);
  });
});

describe('pii round 5: special categories', () => {
  it('finds a named disease, a compound disorder and a psychiatric diagnosis', () => {
    assert.deepEqual(found('Mevrouw Bakker lijdt sinds 2021 aan de ziekte van Parkinson.', 'special-category'), ['lijdt sinds 2021 aan de ziekte van Parkinson']);
    assert.deepEqual(found('Bij hem is in 2022 een posttraumatische stressstoornis vastgesteld.', 'special-category'), ['is in 2022 een posttraumatische stressstoornis vastgesteld']);
    assert.deepEqual(found('De heer Smit is hiv-positief.', 'special-category'), ['is hiv-positief']);
  });

  it('finds membership of a trade union named by its abbreviation', () => {
    assert.deepEqual(found('De medewerker, de heer Smit, is lid van CNV Overheid.', 'special-category'), ['is lid van CNV Overheid']);
  });

  it('does not flag a sentence that denies detention', () => {
    assert.deepEqual(found('De heer Smit zit niet in voorlopige hechtenis.', 'special-category'), []);
  });
});

describe('pii round 5: names', () => {
  it('finds "Surname, Firstname" after "door" or a label’s colon', () => {
    assert.deepEqual(found('Het dossier wordt behandeld door Vermeer, Anouk, telefoon 030-2357761.', 'name'), ['Vermeer, Anouk']);
    assert.deepEqual(found('Contactpersoon team Invordering: Terlouw, Bram\n', 'name'), ['Terlouw, Bram']);
    // a place and a first name in a list are no name
    assert.deepEqual(found('De vergadering is in: Utrecht, Anna komt ook.', 'name'), []);
  });

  it('does not take the chair of a works council for a public office holder', () => {
    const table = '| naam | rol |\n| --- | --- |\n| TROMP, Marieke | voorzitter OR |\n| BAKKER, Sanne | voorzitter |\n';
    assert.deepEqual(found(table, 'name'), ['TROMP, Marieke']);
  });
});

describe('pii round 5: adversarial input (linear time)', () => {
  const N = 100_000;
  // Inputs aimed at this round's patterns; the test timeout catches a scan that is not linear.
  const inputs: Record<string, [string, Record<string, number>]> = {
    lowerLetters: ['a'.repeat(N), {}],
    compoundDisorders: ['mevrouw X heeft een ' + 'stress'.repeat(N / 6), { name: 1 }],
    keyValueCells: ['| Dossiernummer | ' + 'Budgetnummer | '.repeat(N / 15), {}],
    invertedAfterDoor: ['door Jansen, Anna, '.repeat(N / 19), { name: Math.floor(N / 19) }],
    lowerIbans: ['nl91abna0417164300 '.repeat(N / 19), { iban: Math.floor(N / 19) }],
    splitOffices: ['Van Heuven\nGoedhartlaan 1, '.repeat(N / 26), {}],
    placesAfterTe: ['Kerkstraat 1 te\nUtrecht '.repeat(N / 24), { address: Math.floor(N / 24) }],
  };
  for (const [name, [text, expected]] of Object.entries(inputs)) {
    it(`100 KB of ${name}: the expected personal data, in linear time`, () => {
      const byType: Record<string, number> = {};
      for (const c of detect(text)) byType[c.type] = (byType[c.type] ?? 0) + 1;
      assert.deepEqual(byType, expected);
    });
  }
});

describe('pii round 5: first names of relatives and colleagues', () => {
  it('finds a first name alone after a word for a relative or a colleague', () => {
    assert.deepEqual(found('Mevrouw Grootenhuis vertelt dat haar dochter Fenna in de klas zat.', 'name'), ['Grootenhuis', 'Fenna']);
    assert.deepEqual(found('Het gezin heeft twee kinderen, hun kinderen Kim (9) en Noah (6) gaan naar school.', 'name'), ['Kim', 'Noah']);
    assert.deepEqual(found('Een directe collega, Hester, belde haar.', 'name'), ['Hester']);
    assert.deepEqual(found('Zijn oud-collega Bas belde daarna de ombudsman.', 'name'), ['Bas']);
  });

  it('leaves a word that is no first name after such a word alone', () => {
    assert.deepEqual(found('Zijn dochter Studeert in Utrecht en haar zoon Is ziek.', 'name'), []);
  });
});

describe('pii round 5: relatives of historical persons', () => {
  it('leaves the relative of a historical person alone', () => {
    assert.deepEqual(found('Van Gogh schreef die brief aan zijn broer Theo.', 'name'), []);
  });
});

describe('pii round 5: relatives, continued', () => {
  it('a private person who shares a historical surname still has relatives', () => {
    assert.deepEqual(found('Zijn ex-partner, mevrouw E. Lubbers, woont met hun zoon Jesse in Ermelo.', 'name'), ['E. Lubbers', 'Jesse']);
  });

  it('finds a relative’s first name again where it recurs', () => {
    assert.deepEqual(found('Het gezin en hun kinderen Kim (9) en Noah (6) reisden mee. De kaart van Kim was gestolen.', 'name'), ['Kim', 'Noah', 'Kim']);
  });
});

describe('pii round 5: named after a person', () => {
  it('does not take a barracks or a school named after a person for a name', () => {
    assert.deepEqual(found('Op de Johannes Postkazerne in Havelte is geen ruimte; een leerkracht van de Dr. Schaepmanschool in Almelo.', 'name'), []);
    // a surname ending in -huis stays a name
    assert.deepEqual(found('De heer Jan Nijhuis belde.', 'name'), ['Jan Nijhuis']);
  });
});

describe('pii round 5: one person by a role noun', () => {
  it('reads a sentence about one teacher, employee or serviceman as about one person', () => {
    assert.deepEqual(found('Een leerkracht van de school is aangehouden op verdenking van diefstal.', 'special-category'), ['is aangehouden op verdenking van diefstal']);
  });
});
