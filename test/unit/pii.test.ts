import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { findDates } from '../../server/src/core/dates';
import * as pii from '../../server/src/core/pii';
import { elfproef, type PiiCandidate, type PiiOptions } from '../../server/src/core/pii';
import { analyseNames } from '../../server/src/core/pii/doc';
import { readSource } from '../../server/src/core/source/document';

// The detectors read the source layer; these read a text as the model does.
const findAddresses = (text: string) => pii.findAddresses(readSource(text));
const findBirthdates = (text: string) => pii.findBirthdates(readSource(text), findDates(text));
const findBsn = (text: string) => pii.findBsn(readSource(text));
const findEmails = (text: string) => pii.findEmails(readSource(text));
const findIban = (text: string) => pii.findIban(readSource(text));
const findPhones = (text: string) => pii.findPhones(readSource(text));
const findSignatures = (text: string, options: PiiOptions = { publicPersons: [] }) => {
  const source = readSource(text);
  return pii.findSignatures(source, analyseNames(source, options));
};
const findNames = (text: string, options: PiiOptions = { publicPersons: [] }) => {
  const source = readSource(text);
  const analysis = analyseNames(source, options);
  const context = { phones: pii.findPhones(source), emails: pii.findEmails(source), addresses: pii.findAddresses(source), signatures: pii.findSignatures(source, analysis) };
  return pii.findNames(source, analysis, context);
};
const detectPersonalData = (text: string, options?: PiiOptions) => pii.detectPersonalData(readSource(text), options);

const NO_OPTIONS: PiiOptions = { publicPersons: [] };
const SEED_CORPUS = path.resolve(__dirname, '../../../shared/corpus');
const PII_CORPUS = path.resolve(__dirname, '../pii-corpus');

function texts(cands: PiiCandidate[]): string[] {
  return cands.map((c) => c.text);
}

function names(text: string, options: PiiOptions = NO_OPTIONS): string[] {
  return texts(findNames(text, options));
}

function all(text: string, options: PiiOptions = NO_OPTIONS): string[] {
  return detectPersonalData(text, options).map((c) => `${c.type}:${c.text}`);
}

describe('pii: BSN', () => {
  it('computes the elfproef', () => {
    assert.equal(elfproef('123456782'), true);
    assert.equal(elfproef('111222333'), true);
    assert.equal(elfproef('123456789'), false);
    assert.equal(elfproef('000000000'), false);
    assert.equal(elfproef('12345678'), false);
  });

  it('finds plain, dotted and spaced BSNs; strong with a context word', () => {
    const r = findBsn('Het BSN van betrokkene is 123456782.');
    assert.deepEqual(texts(r), ['123456782']);
    assert.equal(r[0].strong, true);
    assert.ok(r[0].reasons.includes('elfproef') && r[0].reasons.includes('context:bsn'));
    assert.ok(r[0].explanation.nl.includes('elfproef') && r[0].explanation.en.includes('11-check'));
    assert.deepEqual(texts(findBsn('burgerservicenummer: 1234.56.782')), ['1234.56.782']);
    assert.deepEqual(texts(findBsn('sofinummer 123 456 782 (oud)')), ['123 456 782']);
    const weak = findBsn('Nummer 111222333 staat in het dossier.');
    assert.equal(weak.length, 1);
    assert.equal(weak[0].strong, false);
  });

  it('ignores numbers that are no BSN', () => {
    for (const t of [
      'Onze referentie 2023-0000768759',
      'kenmerk 2024Z01294 en 2024D34636',
      'Kosten: € 123.456.782 in 2024',
      'een bedrag van 123.456.782 euro',
      '1234567820 is tien cijfers',
      'BSN 123456789 klopt niet met de elfproef',
      'bel +31 123456782',
      'https://example.nl/123456782',
      'ISBN 978-90-123456782',
      '0,123456782 procent',
    ]) {
      assert.deepEqual(
        findBsn(t).filter((c) => c.score >= 0.5),
        [],
        t,
      );
    }
  });

  it('reads a BSN column of a table, the 1234 56 782 form, and a bare "het nummer" as no reference label', () => {
    const table = '| Naam | Geb.datum | Burgerservicenummer | Rekening |\n| --- | --- | --- | --- |\n| K. Vermeulen | 14-03-1971 | 111222333 | x |';
    const [c] = findBsn(table);
    assert.equal(c.text, '111222333');
    assert.ok(c.reasons.includes('context:bsn') && c.strong);
    assert.deepEqual(texts(findBsn('BSN 1234 56 782')), ['1234 56 782']);
    assert.deepEqual(texts(findBsn('onder vermelding van het nummer 123456782.').filter((x) => x.score >= 0.5)), ['123456782']);
    assert.deepEqual(texts(findBsn('met het klantnummer 123456782 en incidentnummer 111222333').filter((x) => x.score >= 0.5)), []);
  });

  it('treats a 123.456.789-style number as an amount unless a BSN context says otherwise', () => {
    assert.deepEqual(texts(findBsn('In 2022 zijn 111.222.333 bevragingen gedaan.')), []);
    assert.deepEqual(texts(findBsn('BSN: 111.222.333')), ['111.222.333']);
  });
});

describe('pii: IBAN', () => {
  it('finds valid IBANs with and without spaces, NL and other countries', () => {
    assert.deepEqual(texts(findIban('Rekening NL91 ABNA 0417 1643 00 t.b.v. de teruggave')), ['NL91 ABNA 0417 1643 00']);
    assert.deepEqual(texts(findIban('IBAN: NL91ABNA0417164300.')), ['NL91ABNA0417164300']);
    assert.deepEqual(texts(findIban('Belgisch: BE68 5390 0754 7034, Duits: DE89370400440532013000')), ['BE68 5390 0754 7034', 'DE89370400440532013000']);
  });

  it('finds an IBAN in lower case, split over two lines, with a slash or extra spaces between groups (issue 19)', () => {
    assert.deepEqual(texts(findIban('op nl91 abna 0417 1643 00 overmaken')), ['nl91 abna 0417 1643 00']);
    assert.deepEqual(texts(findIban('rekening NL91 ABNA 0417\n1643 00 van')), ['NL91 ABNA 0417\n1643 00']);
    assert.deepEqual(texts(findIban('rekening NL91 ABNA / 0417 1643 00.')), ['NL91 ABNA / 0417 1643 00']);
    assert.deepEqual(texts(findIban('rekening NL91  ABNA  0417  1643  00;')), ['NL91  ABNA  0417  1643  00']);
    // a separator after the last group is not part of it
    assert.deepEqual(texts(findIban('NL91 ABNA 0417 1643 00\nVolgende regel')), ['NL91 ABNA 0417 1643 00']);
  });

  it('rejects wrong check digits and look-alikes', () => {
    assert.deepEqual(findIban('NL91 ABNA 0417 1643 01'), []);
    assert.deepEqual(findIban('nl91abna0417164300x en ab12 is geen IBAN'), []);
    assert.deepEqual(findIban('zaak 2024Z01294, document 2024D34636, NL12 is geen IBAN'), []);
    assert.deepEqual(findIban('XNL91ABNA0417164300'), []);
  });

  it("marks an organisation's account as weaker", () => {
    const [c] = findIban('Overmaken op NL91 ABNA 0417 1643 00 t.n.v. Ministerie van Financiën');
    assert.equal(c.strong, false);
    assert.ok(c.reasons.includes('context:organisation'));
  });
});

describe('pii: phone numbers', () => {
  it('leaves the parentheses around a number out of its span, so that redacting keeps them', () => {
    assert.deepEqual(texts(findPhones('Gesproken met J. de Vries (06-12345678).')), ['06-12345678']);
    assert.deepEqual(texts(findPhones('Bel (070) 123 45 67 of (06 12345678).')), ['(070) 123 45 67', '06 12345678']);
  });

  it('finds the forms people write', () => {
    const t = [
      'mobiel 06-12345678',
      'tel. 06 1234 5678',
      '(06) 2345 6789',
      '070 - 123 45 67',
      '010-1234567',
      '0318 123456',
      '+31 6 12 34 56 78',
      '+31 (0)70 456 78 90',
      '0031 (0)70 456 78 90',
      '+31(0)30-2206911',
      '088 123 4567',
      '085 123 4567',
      '091 123 4567',
      '+32 3 203 40 00',
    ].join('\n');
    assert.deepEqual(texts(findPhones(t)), [
      '06-12345678',
      '06 1234 5678',
      '(06) 2345 6789',
      '070 - 123 45 67',
      '010-1234567',
      '0318 123456',
      '+31 6 12 34 56 78',
      '+31 (0)70 456 78 90',
      '0031 (0)70 456 78 90',
      '+31(0)30-2206911',
      '088 123 4567',
      '085 123 4567',
      '091 123 4567',
      '+32 3 203 40 00',
    ]);
  });

  it('a mobile number or a context word makes it strong', () => {
    assert.equal(findPhones('bel 06-12345678')[0].strong, true);
    assert.ok(findPhones('bel 06-12345678')[0].reasons.includes('pattern:06'));
    assert.equal(findPhones('Kantoor: 070 123 4567')[0].strong, false);
    assert.equal(findPhones('Tel. 070 123 4567')[0].strong, true);
  });

  it('does not report service numbers, 14 0xx, references, dates or amounts', () => {
    for (const t of [
      'Belastingdienst 0800-0543',
      'BelastingTelefoon 0800 0543',
      'Informatie 0900-1234567 of 0906-1234567 of 0909-1234567',
      'Gemeente Den Haag: 14 070',
      'Rijksoverheid: 1400',
      'Onze referentie 2023-0000768759',
      'referentie 0000768759',
      'op 01-02-2023 om 10.30 uur',
      'bedrag 0,5 miljoen',
      'kst-29279-874 en 2024Z01294',
    ]) {
      assert.deepEqual(texts(findPhones(t)), [], t);
    }
  });
});

describe('pii: e-mail', () => {
  it('finds personal addresses', () => {
    const r = findEmails('Mail voornaam.achternaam@minbzk.nl of j.jansen@minbzk.nl of piet1970@gmail.com.');
    assert.deepEqual(texts(r), ['voornaam.achternaam@minbzk.nl', 'j.jansen@minbzk.nl', 'piet1970@gmail.com']);
    assert.equal(findEmails('jan.jansen@minbzk.nl')[0].strong, true);
  });

  it('does not report functional mailboxes', () => {
    const t =
      'postbus@minbzk.nl info@rijksoverheid.nl woo@minbzk.nl secretariaat-dgdoo@minbzk.nl noreply@minvws.nl ' +
      'communicatie@minfin.nl pers@rivm.nl persvoorlichting@minvws.nl servicedesk@logius.nl helpdesk@digid.nl contact@acm.nl ' +
      'woo-verzoeken@minjenv.nl fg@minbzk.nl';
    assert.deepEqual(texts(findEmails(t)), []);
  });

  it('rejects malformed look-alikes', () => {
    assert.deepEqual(texts(findEmails('user@host a@b @rivm x@y.z a@@b.nl a@b.c@d.nl')), []);
  });

  it('tells duty and team mailboxes from names; reads glued initials + surname next to the name', () => {
    assert.deepEqual(texts(findEmails('piket-verkiezingen@minbzk.nl, team-cloud@minbzk.nl').filter((c) => c.score >= 0.5)), []);
    const row = '| VNG | R. de Haan-Öztürk | 06 - 48 21 93 07 | rdehaan@vng.nl |';
    assert.deepEqual(texts(findEmails(row).filter((c) => c.score >= 0.5)), ['rdehaan@vng.nl']);
    // the same local part without that name nearby stays a (hidden) single word
    assert.deepEqual(texts(findEmails('Mail naar rdehaan@vng.nl.').filter((c) => c.score >= 0.5)), []);
    assert.deepEqual(texts(findEmails('gemaild vanaf fjvandermeulen@telenet.be').filter((c) => c.score >= 0.5)), ['fjvandermeulen@telenet.be']);
  });
});

describe('pii: e-mail and phone forms of issue 19', () => {
  it('reads addresses written to dodge harvesters, the whole written form', () => {
    const text = 'Bereikbaar via m.dijkstra [at] minbzk.nl, b.oldenkamp(at)ziggo.nl of f.elkaddouri apenstaartje kpnmail punt nl.';
    assert.deepEqual(texts(findEmails(text).filter((c) => c.score >= 0.5)), ['m.dijkstra [at] minbzk.nl', 'b.oldenkamp(at)ziggo.nl', 'f.elkaddouri apenstaartje kpnmail punt nl']);
    assert.deepEqual(texts(findEmails('Mail woo-verzoeken(at)minbzk.nl of kijk op rijksoverheid punt nl.')), []);
  });

  it('takes a unit abbreviation before a word for a functional mailbox', () => {
    assert.deepEqual(texts(findEmails('via wvl.zeeendelta@rws.nl of dcm.gedetineerden@minbuza.nl')), []);
    assert.deepEqual(texts(findEmails('via jp.devries@rws.nl')), ['jp.devries@rws.nl']);
  });

  it('leaves published service numbers alone and takes an extension into the number', () => {
    assert.deepEqual(texts(findPhones('Het algemene nummer van DUO is 050 599 7755; de IND: 088 043 0430.')), []);
    assert.deepEqual(texts(findPhones('of het klachtnummer +31 (0)88 043 0470 lopen')), []);
    assert.deepEqual(texts(findPhones('Contactpersoon: 070-3188547 (toestel 2291) of 070-3407721, toestel 5503.')), ['070-3188547 (toestel 2291)', '070-3407721, toestel 5503']);
  });
});

describe('pii: addresses', () => {
  it('finds street + house number and postcode + place', () => {
    assert.deepEqual(texts(findAddresses('Zij woont aan de Kerkstraat 12 in Utrecht.')), ['Kerkstraat 12']);
    assert.deepEqual(texts(findAddresses('Lange Voorhout 9a')), ['Lange Voorhout 9a']);
    assert.deepEqual(texts(findAddresses('bezoekadres Turfmarkt 147-A')), ['Turfmarkt 147-A']);
    assert.deepEqual(texts(findAddresses('Kerkstraat 12, 2511 DP Den Haag')), ['Kerkstraat 12, 2511 DP Den Haag']);
    assert.deepEqual(texts(findAddresses('postcode 2511DP')), ['2511DP']);
    assert.deepEqual(texts(findAddresses('Laan van Meerdervoort 1244, 2564 AT Den Haag')), ['Laan van Meerdervoort 1244, 2564 AT Den Haag']);
    assert.deepEqual(texts(findAddresses('Koningin Julianaplein 10 hs, 2595 AA Den Haag')), ['Koningin Julianaplein 10 hs, 2595 AA Den Haag']);
    assert.equal(findAddresses('woonachtig aan de Kerkstraat 12')[0].strong, true);
  });

  it('finds foreign addresses: street type first, foreign postcode', () => {
    assert.deepEqual(texts(findAddresses('wonend aan de Avenue Louise 231, 1050 Brussel. Hij')), ['Avenue Louise 231, 1050 Brussel']);
    assert.deepEqual(texts(findAddresses('Rue de la Loi 16, 1000 Brussel')), ['Rue de la Loi 16, 1000 Brussel']);
    assert.deepEqual(texts(findAddresses('Hauptstraße 5, 10115 Berlin')), ['Hauptstraße 5, 10115 Berlin']);
    assert.deepEqual(texts(findAddresses('via Postbus 20011 en de route via Rotterdam 2 keer')), []);
    assert.deepEqual(texts(findAddresses('Via Logius 3 keer per jaar; Via Roma 12, 00184 Roma')), ['Via Roma 12, 00184 Roma']);
  });

  it('joins street and postcode in a mail signature line or a quoted mail', () => {
    assert.deepEqual(texts(findAddresses('Dorpsstraat 19 | 2513 AA Den Haag')), ['Dorpsstraat 19 | 2513 AA Den Haag']);
    assert.deepEqual(texts(findAddresses('> Vlamingstraat 14  \n> 2511 DP Den Haag')), ['Vlamingstraat 14  \n> 2511 DP Den Haag']);
    assert.equal(findAddresses('Vlamingstraat 14\n>\n> 2511 DP Den Haag').length, 2);
  });

  it('leaves government offices, configured public addresses and a company’s registered address alone (issue 19)', () => {
    // the built-in list: a ministry's building, whatever the postcode and layout
    assert.deepEqual(texts(findAddresses('Post voor de Staatssecretaris: Ministerie van Defensie, Kalvermarkt 32, 2511 CB Den Haag.')), []);
    assert.deepEqual(texts(findAddresses('Bezoekers melden zich aan de Turfmarkt 147.')), []);
    // another number in the same street is not the office
    assert.deepEqual(texts(findAddresses('Zij woont aan de Turfmarkt 149.')), ['Turfmarkt 149']);
    const configured = pii.findAddresses(readSource('Het kantoor aan de Stationsplein 1, 1012 AB Amsterdam en Kerkstraat 12, 1234 AB Utrecht.'), ['Stationsplein 1']);
    assert.deepEqual(texts(configured), ['Kerkstraat 12, 1234 AB Utrecht']);
    assert.deepEqual(texts(findAddresses('Het voertuig staat op naam van Flexlease Oost B.V., Hanzeweg 14, 7418 AW Deventer.')), []);
    assert.deepEqual(texts(findAddresses('NovaQuant is gevestigd op Molengraaffsingel 12, 2629 JD Delft.')), []);
    // a home outweighs a company in the same sentence; a person's own firm (VOF) is their address
    assert.deepEqual(texts(findAddresses('Hij woont in een locatie van het uitzendbureau, Parkweg 3, Venlo.')), ['Parkweg 3, Venlo']);
    assert.deepEqual(texts(findAddresses('Zijn bedrijf, Melkveehouderij Hofman VOF, is gevestigd aan de Gemeenteweg 212, 7951 CV Staphorst.')), ['Gemeenteweg 212, 7951 CV Staphorst']);
    // a company named in the sentence before says nothing about this one
    assert.deepEqual(texts(findAddresses('De bestelbus is door Berging B.V. gesleept. De eigenaar woont op de Zuidzandeweg 9, 4501 NK Oostburg.')), ['Zuidzandeweg 9, 4501 NK Oostburg']);
  });

  it('takes the place after a street without postcode into the address', () => {
    assert.deepEqual(texts(findAddresses('De heer Van Zoggel (73), Kerkstraat 40, Uden. Hij')), ['Kerkstraat 40, Uden']);
    assert.deepEqual(texts(findAddresses('wonend aan de Assendorperstraat 61, Zwolle.')), ['Assendorperstraat 61, Zwolle']);
    assert.deepEqual(texts(findAddresses('Kerkstraat 40, en verder')), ['Kerkstraat 40']);
  });

  it('ignores Postbus addresses and look-alikes', () => {
    for (const t of [
      'Postbus 20011, 2500 EA Den Haag',
      'artikel 12 en vraag 5, zie bijlage 1',
      'Pagina 1 van 2; Aanhangsel 3; nr. 1047',
      'kst-29279-874',
      'Antwoordnummer 123, 2500 VB Den Haag',
      'de Arbeidsmarkt 2024 en het Voorwoord 3',
      'in 2023 EU-breed',
      'Beantwoord 16 februari 2024',
    ]) {
      assert.deepEqual(texts(findAddresses(t)), [], t);
    }
  });
});

describe('pii: birth dates', () => {
  it('finds dates with a birth context', () => {
    assert.deepEqual(texts(findBirthdates('geboren op 3 maart 1975 te Utrecht')), ['3 maart 1975']);
    assert.deepEqual(texts(findBirthdates('geb. 12-07-1986')), ['12-07-1986']);
    assert.deepEqual(texts(findBirthdates('Geboortedatum: 1990-08-17')), ['1990-08-17']);
    assert.deepEqual(texts(findBirthdates('op 14-02-1958 (geboortedatum)')), ['14-02-1958']);
  });

  it('reads a birth-date column of a Markdown or tab-separated table', () => {
    const md = '| Naam | Geb.datum | Datum melding |\n| --- | --- | --- |\n| K. Vermeulen | 14-03-1971 | 01-10-2024 |';
    assert.deepEqual(texts(findBirthdates(md)), ['14-03-1971']);
    const tsv = 'Naam\tGeboortedatum\tTelefoon\nEmre Kaya\t12-05-1990\t038 498 2211\nRoel Janssens\t21-11-1982\t088 797 1234\n';
    assert.deepEqual(texts(findBirthdates(tsv)), ['12-05-1990', '21-11-1982']);
  });

  it('ignores other dates', () => {
    assert.deepEqual(texts(findBirthdates('Datum 12 december 2023; ingediend 29 januari 2024.')), []);
    assert.deepEqual(texts(findBirthdates('De geboorte van het plan. Op 12 december 2023 besloten.')), []);
  });
});

describe('pii: signatures', () => {
  it('finds w.g., paraaf and a name under a closing', () => {
    assert.deepEqual(texts(findSignatures('Hoogachtend,\n\nw.g. J. Jansen\n')), ['w.g. J. Jansen']);
    assert.deepEqual(texts(findSignatures('Paraaf: JdV')), ['JdV']);
    assert.deepEqual(texts(findSignatures('Paraaf DGB: AvdB')), ['AvdB']);
    assert.deepEqual(texts(findSignatures('Met vriendelijke groet,\n\nMarieke van Leeuwen\n')), ['Marieke van Leeuwen']);
    assert.deepEqual(texts(findSignatures('De directeur Constitutionele Zaken,\n\ndrs. A.M. Schipper\n')), ['drs. A.M. Schipper']);
  });

  it('reads a paraaf with a long label, a parafen table and a quoted mail signature block', () => {
    assert.deepEqual(texts(findSignatures('Paraaf directeur Arbeidszaken Rijk: GtV')), ['GtV']);
    assert.deepEqual(texts(findSignatures('Paraaf plv. directeur DGOO: IV')), ['IV']);
    const table = '| Functie | Naam | Paraaf | Datum |\n| --- | --- | --- | --- |\n| Directeur DB | mr. A.B. de Vries | AdV | 3-3-2025 |\n| DG | [5.1.2e] | akkoord | 4-3-2025 |';
    assert.deepEqual(texts(findSignatures(table)), ['AdV']);
    const quoted = '> Met dank.\n>\n> Koen van Gils  \n> Senior adviseur | Ministerie van Algemene Zaken  \n> T 070 356 4112';
    assert.deepEqual(texts(findSignatures(quoted)), ['Koen van Gils']);
  });

  it('a civil servant signing on behalf of the minister is personal', () => {
    const t = 'Hoogachtend,\n\nnamens de Minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\n\n\nmr. A.B. de Vries-Kok\ndirecteur Democratie en Bestuur\n';
    assert.deepEqual(texts(findSignatures(t)), ['mr. A.B. de Vries-Kok']);
  });

  it("does not report a minister's signature", () => {
    assert.deepEqual(findSignatures('De minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\nH.G.J. Bruins Slot\n'), []);
    assert.deepEqual(findSignatures('De staatssecretaris van Financiën,\n\nw.g.\n\nN. Achahbar\n'), []);
    assert.deepEqual(findSignatures('Paraaf CDS: akkoord'), []);
  });
});

describe('pii: names', () => {
  it('finds initials + surname, honorifics, first names and names next to contact details', () => {
    assert.deepEqual(names('Contact met J.A. de Vries over de nota.'), ['J.A. de Vries']);
    assert.deepEqual(names('Hierover sprak mevrouw Jansen met de directie.'), ['Jansen']);
    assert.deepEqual(names('Het gesprek met dhr. P. Groenewegen was kort.'), ['P. Groenewegen']);
    assert.deepEqual(names('Collega Sanne Bakker stuurt het stuk.'), ['Sanne Bakker']);
    assert.deepEqual(names('Aanspreekpunt: Kees Ollongraaf, 06-12345678.'), ['Kees Ollongraaf']);
    assert.deepEqual(names('Bel Yara Özdemir-Kaya via 06-12345678.'), ['Yara Özdemir-Kaya']);
  });

  it('gives each finding reasons, a score and an explanation', () => {
    const [c] = findNames('Bij vragen: J.A. de Vries (070 123 4567).', NO_OPTIONS);
    assert.ok(c.reasons.includes('initials'));
    assert.ok(c.reasons.includes('near:phone'));
    assert.ok(c.score > 0.8 && c.score <= 1);
    assert.equal(c.strong, true);
    assert.match(c.explanation.nl, /voorletters/);
    assert.match(c.explanation.en, /initials/);
  });

  it('uses the Opgesteld door value and civilServantNames, in every mention', () => {
    const t = 'Opgesteld door\nP. Jansen\n\nKern\nJansen heeft overleg gevoerd met de heer P. Jansen.';
    assert.deepEqual(names(t), ['P. Jansen', 'Jansen', 'P. Jansen']);
    assert.deepEqual(names('Het overleg met Jansen en Pietersen.', { publicPersons: [], civilServantNames: ['Pietersen'] }), ['Pietersen']);
  });

  it('a public role anywhere makes every mention public', () => {
    assert.deepEqual(names('Het lid Van Haga heeft vragen gesteld. De heer Van Haga vraagt om een reflectie.'), []);
    assert.deepEqual(names('Kamerlid Eerdmans (JA21) vroeg het. De heer Eerdmans kreeg antwoord.'), []);
    assert.deepEqual(names('minister Bruins Slot schreef het. Mevrouw Bruins Slot tekende.'), []);
    assert.deepEqual(names('de leden El Abassi en \nErgin (DENK) vroegen mevrouw Ergin en de heer El Abassi.'), []);
    assert.deepEqual(names('Indiener Joost Eerdmans (EénNL)'), []);
    assert.deepEqual(names('Beantwoord door Kajsa Ollongren (minister defensie) (D66), Steven van Weyenberg (D66)'), []);
    assert.deepEqual(names('Antwoord van Minister Van \nLeeuwen (Buitenlandse Handel). De heer Van Leeuwen.'), []);
    assert.deepEqual(names('de burgemeester van Arnhem, de heer Marcouch'), []);
    assert.deepEqual(names('De heer Jansen sprak.', { publicPersons: ['Jansen'] }), []);
  });

  it('a public person with the same surname but other initials stays personal', () => {
    assert.deepEqual(names('Minister Hugo de Jonge (CDA) en beleidsmedewerker P. de Jonge.'), ['P. de Jonge']);
  });

  it('a bare capitalised word after a job title is the unit or project it leads, not a person', () => {
    assert.deepEqual(names('Volgens ing. P.J. ter Horst (Logius, teamleider Berichtenbox) is het opgelost. Logius meldt het.'), ['P.J. ter Horst']);
    assert.deepEqual(names('Jeroen van t Hof\nProjectleider Rijkscloud | Directie FEZ\n\nOnderwerp: Rijkscloud'), []);
    assert.deepEqual(names('De directeur Inburgering en beleidsmedewerker J. Smit.'), ['J. Smit']);
    assert.deepEqual(names('Aanwezig: mevr. drs. J. Hermans (voorzitter, DGDOO). Hermans opende.'), ['J. Hermans', 'Hermans']);
    assert.deepEqual(names('Een klantpanel onder leiding van dhr. B. Koster gaf input.'), ['B. Koster']);
  });

  it('reads surnames that are also ordinary words, and surnames derived from places', () => {
    assert.deepEqual(names('mevrouw M. Koning (JenV) en de Koning. Mevrouw Koning lichtte toe. Koning Willem-Alexander kwam.'), ['M. Koning', 'Koning']);
    assert.deepEqual(names('Zij wordt bijgestaan door mr. B. (Ben) Oude Luttikhuis.'), ['B. (Ben) Oude Luttikhuis']);
    assert.deepEqual(names('Behandeld door de heer R. Klein. Klein heeft de zaak besproken.'), ['R. Klein', 'Klein']);
    assert.deepEqual(names('de heer Van Rijswijk (Defensie). Van Rijswijk stelde voor in Rijswijk te vergaderen.'), ['Van Rijswijk', 'Van Rijswijk']);
    assert.deepEqual(names('Postbus 1104, 3500 BC Utrecht; telefoon 085 303 2211'), []);
  });

  it('reports the surnames in a firm name, not big firms or institutions named after someone', () => {
    assert.deepEqual(names('Zijn advocaat, mr. D.A. Lambregts van Lambregts & Wouters Advocaten te Arnhem.'), ['D.A. Lambregts', 'Lambregts', 'Wouters']);
    assert.deepEqual(names('verstrekt aan Klaassens Facilitair B.V. en aan Jansen & Van Dijk Consultancy B.V.'), ['Klaassens', 'Jansen', 'Van Dijk']);
    assert.deepEqual(names('Haar advocaat, mr. S.T. Bakker van Van Houten & Bakker Letselschade.'), ['S.T. Bakker', 'Van Houten', 'Bakker']);
    assert.deepEqual(names('Opdrachtnemers: Capgemini Nederland B.V., Gasunie N.V. en de Brainport Development NV.'), []);
    assert.deepEqual(names('Het Van Gogh Museum leent een brief van Vincent van Gogh. Van Gogh schreef die aan Theo.'), []);
    assert.deepEqual(names('De Anne Frank Stichting en het dagboek van Anne Frank; het Johan de Witthuis.'), []);
    assert.deepEqual(names('De Stichting Jan Vos is opgericht door de familie Vos.'), ['Jan Vos', 'Vos']);
  });

  it('a pair of capitalised words next to contact details can be a venue or a thing', () => {
    assert.deepEqual(names('Adres: Beurs van Berlage, Damrak 243, 1012 ZJ Amsterdam, 020 530 4141.'), []);
    assert.deepEqual(names('Het Logius Servicecentrum (088 - 123 45 67) is op de hoogte.'), []);
  });

  it('reads name columns and key-value rows of tables', () => {
    const t = '| Naam | Geb.datum | Adres |\n| --- | --- | --- |\n| Vermeulen, K. (Kees) | 14-03-1971 | Hoge Veld 23 |\n\n| Naam | Annemiek van der Zanden |\n| --- | --- |';
    assert.deepEqual(names(t), ['Vermeulen, K. (Kees)', 'Annemiek van der Zanden']);
  });

  it('a longer surname is not the politician, and more public offices', () => {
    assert.deepEqual(names('In de brief aan mevrouw Eerdmans-Bloem (Den Bosch).'), ['Eerdmans-Bloem']);
    assert.deepEqual(names('Ook de Inspecteur-generaal van het Onderwijs, Alida Oppers, is geïnformeerd.'), []);
  });

  it('does not report organisations, places, months or sentence starts', () => {
    for (const t of [
      'Science Guide, 29 januari 2025',
      'De Vereniging voor Overheidsmanagement (VOM) organiseert het Reuring!Café.',
      'Het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties en de Tweede Kamer.',
      'Dit gebeurt in Den Haag, Bergen op Zoom en Alphen aan den Rijn.',
      'Zie bijlage A. Daarnaast is er bijlage B. Het overzicht volgt.',
      'Raad voor het Openbaar Bestuur (ROB) en Autoriteit Persoonsgegevens (AP).',
      'Secretariaat DGDOO <secretariaat-dgdoo@minbzk.nl>',
      'De Rijksoverheid en het Rijksmuseum, Stichting Anne Frank Huis.',
    ]) {
      assert.deepEqual(names(t), [], t);
    }
  });
});

describe('pii: name forms of issue 19', () => {
  const namesIn = (text: string) => detectPersonalData(text, NO_OPTIONS).filter((c) => c.type === 'name').map((c) => c.text);

  it('reads SURNAME, Firstname and covers Surname, Firstname whole', () => {
    const table = '| Naam | School |\n| --- | --- |\n| AKSOY, Dilara | Het Element |\n| VAN \'T HUL, Anna | Meridiaan College |\n';
    assert.deepEqual(namesIn(table), ['AKSOY, Dilara', "VAN 'T HUL, Anna"]);
    assert.deepEqual(namesIn('Van: Kramer, Joost <joost.kramer@rvo.nl>\n'), ['Kramer, Joost']);
    // a public role in the row makes the person public
    assert.deepEqual(namesIn('| Naam | Rol |\n| --- | --- |\n| LAMBREGTS, Karin | voorzitter Onderwijsraad |\n'), []);
  });

  it('reads initials and surname in capitals after a military rank, and the surname alone after it', () => {
    assert.deepEqual(namesIn('De commandant, KTZ J.P. VERHAGEN, besloot dit. VERHAGEN heeft het meegedeeld.'), ['J.P. VERHAGEN', 'VERHAGEN']);
    assert.deepEqual(namesIn('opgemaakt door LTKOL M.A. DE WAAL-HOEKMAN, commandant'), ['M.A. DE WAAL-HOEKMAN']);
  });

  it('reads names in lower case after a label and lower-case copies of a name found elsewhere', () => {
    assert.deepEqual(namesIn('naam ouder: fatima el kaddouri\n'), ['fatima el kaddouri']);
    assert.deepEqual(namesIn('  teamleider dienstdoend: r.j. de bruijn\n'), ['r.j. de bruijn']);
    assert.deepEqual(namesIn('De heer A. Pinas is gewond.\n\ncc: a. pinas, afdeling P&O'), ['A. Pinas', 'a. pinas']);
  });

  it('takes the first name before "en" into a couple, and leaves ships and institutions named after a person', () => {
    assert.deepEqual(namesIn('Betaling aan de gedupeerden, Koen en Elsa Bonte-Lievens (06-12345678).'), ['Koen en Elsa Bonte-Lievens']);
    assert.deepEqual(namesIn('Het bemanningslid van Zr.Ms. Karel Doorman is teruggekeerd; de Karel Doorman ligt in Den Helder.'), []);
    assert.deepEqual(namesIn('een transport naar het FPC Dr. S. van Mesdag in Groningen'), []);
  });

  it('reads a paraaf written as initials with particles, after a long label', () => {
    assert.deepEqual(texts(detectPersonalData('Paraaf HDP: R.v.O.\n\nParaaf directeur Arbeidsongeschiktheid: JvdM\n', NO_OPTIONS)), ['R.v.O.', 'JvdM']);
  });
});

describe('pii: public persons of issue 18', () => {
  const namesIn = (text: string) => detectPersonalData(text, NO_OPTIONS).filter((c) => c.type === 'name' || c.type === 'signature').map((c) => c.text);

  it('a titled minister or state secretary signing under DE MINISTER VAN …, is public', () => {
    assert.deepEqual(namesIn('Hoogachtend,\n\nDE STAATSSECRETARIS VAN FINANCIËN,\n\nmr. dr. E.F. Vrolijk-Manders\n'), []);
    assert.deepEqual(namesIn('Hoogachtend,\n\nDE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES,\n\ndrs. A.C. Lindhout-Yıldız\n'), []);
    // a titled civil servant under a closing stays personal
    assert.deepEqual(namesIn('Met vriendelijke groet,\n\nmr. J. de Boer\n'), ['mr. J. de Boer']);
  });

  it('the chair of a named commission is public, also as "(hierna: de Commissie)" and by surname later', () => {
    const text = 'Ik heb een commissie ingesteld onder leiding van prof. dr. H.J. Wiersema-Poot (hierna: de Commissie). Prof. Wiersema-Poot heeft aangegeven dat zij ook verzoekers hoort.';
    assert.deepEqual(namesIn(text), []);
    assert.deepEqual(namesIn('de Adviescommissie Rijkshuisvesting, die onder leiding van prof. dr. Anke Zwaneveld-Ruiter adviseert'), []);
    // a panel is no public body
    assert.deepEqual(namesIn('een klantpanel onder leiding van dhr. B. Koster'), ['B. Koster']);
  });

  it('a commission named after a person makes that person public', () => {
    assert.deepEqual(namesIn('Mijn ambtsvoorganger heeft de Commissie-Van Oostveen gevraagd dit na te gaan. Mijn dank gaat uit naar mevrouw Van Oostveen.'), []);
  });

  it('the head of an international body is public, also with the name over a line break', () => {
    const text = 'de uitspraak van de voorzitter van de Europese Commissie, mevrouw Margarethe\nLindqvist-Ahrens, dat de Unie steun geeft. Mevrouw Lindqvist-Ahrens heeft dat toegezegd.';
    assert.deepEqual(namesIn(text), []);
  });
});

describe('pii: detectPersonalData', () => {
  it('combines detectors, resolves overlaps and sorts by position', () => {
    const t = 'Mevrouw Y. El Idrissi (BSN 229118896), Prinsengracht 412-B, 1016 HK Amsterdam, NL79 ABNA 6709 3306 40, tel. 06-41837265.';
    assert.deepEqual(all(t), [
      'name:Y. El Idrissi',
      'bsn:229118896',
      'address:Prinsengracht 412-B, 1016 HK Amsterdam',
      'iban:NL79 ABNA 6709 3306 40',
      'phone:06-41837265',
    ]);
  });

  it('skips excluded spans (code, comments, redaction markers)', () => {
    const t = 'BSN 123456782 en <!-- BSN 111222333 -->';
    const start = t.indexOf('<!--');
    assert.deepEqual(all(t, { publicPersons: [], excluded: [{ start, end: t.length }] }), ['bsn:123456782']);
  });

  it('finds nothing in redacted text', () => {
    assert.deepEqual(all('Opgesteld door\n[5.1.2e]\n\nVan: [Redacted]\nTel: [gelakt] ███'), []);
  });
});

describe('pii: published documents', () => {
  it('reports no personal data in the five published, redacted documents', function () {
    if (!existsSync(SEED_CORPUS)) this.skip();
    const files = readdirSync(SEED_CORPUS).filter((f) => f.endsWith('.txt'));
    assert.ok(files.length >= 5);
    for (const f of files) {
      const found = all(readFileSync(path.join(SEED_CORPUS, f), 'utf8'));
      assert.deepEqual(found, [], f);
    }
  });
});

describe('pii: labelled corpus', () => {
  it('every document has gold annotations that occur in it', () => {
    for (const part of ['dev', 'heldout']) {
      const dir = path.join(PII_CORPUS, part);
      const docs = readdirSync(dir).filter((f) => !f.endsWith('.json'));
      assert.ok(docs.length >= 10, part);
      for (const f of docs) {
        const base = f.replace(/\.(?:nota|kv)\.(?:md|txt)$|\.nota$|\.txt$/, '');
        const gold = JSON.parse(readFileSync(path.join(dir, base + '.gold.json'), 'utf8')) as { items: Array<{ type: string; text: string }> };
        const text = readFileSync(path.join(dir, f), 'utf8');
        for (const it of gold.items) assert.ok(text.includes(it.text), `${f}: ${it.text}`);
      }
    }
  });
});

describe('pii: adversarial input (linear time)', () => {
  const N = 100_000;
  const inputs: Record<string, string> = {
    digits: '1'.repeat(N),
    spacedZeros: '0 '.repeat(N / 2),
    dots: '1.'.repeat(N / 2),
    letterDots: 'a.'.repeat(N / 2),
    capitals: 'A'.repeat(N),
    capitalWords: 'Jan '.repeat(N / 4),
    initials: 'J. '.repeat(N / 3),
    particles: 'van der '.repeat(N / 8),
    ats: 'a@'.repeat(N / 2),
    atDots: 'a@a.'.repeat(N / 4),
    longLocal: ('a'.repeat(60) + '@' + 'b.'.repeat(100)).repeat(N / 261),
    plus: '+31 '.repeat(N / 4),
    ibanish: 'NL91 ABNA '.repeat(N / 10),
    postcodes: '1234 AB '.repeat(N / 8),
    streets: 'Kerkstraat 1 '.repeat(N / 13),
    signatures: 'w.g. Jan Jansen\n'.repeat(N / 16),
    closings: 'Hoogachtend,\nJan Jansen\n'.repeat(N / 24),
    honorifics: 'de heer Jansen '.repeat(N / 15),
    publicList: 'de leden ' + 'Jansen, '.repeat(N / 8),
    parens: '('.repeat(N),
    newlines: '\n'.repeat(N),
    tableRows: '| Naam | Geb.datum | BSN | Paraaf |\n| --- | --- | --- | --- |\n' + '| J. Jansen | 12-03-1970 | 111222333 | JJ |\n'.repeat(N / 42),
    longTableLine: '| Naam |\n| --- |\n| ' + 'J. Jansen 12-03-1970 111222333 '.repeat(N / 31),
    tabRows: 'Naam\tGeboortedatum\n' + 'Jan Jansen\t12-03-1970\n'.repeat(N / 22),
    pipes: '|'.repeat(N),
    paraafLabels: 'Paraaf a b c d e f g h '.repeat(N / 23),
    foreignStreets: 'Avenue A B C D 1, 1000 Xx '.repeat(N / 26),
    firms: 'Jansen & Van Dijk Advies B.V. '.repeat(N / 30),
    ampersands: 'Jansen & '.repeat(N / 9),
    gluedMails: 'rdehaan@vng.nl R. de Haan '.repeat(N / 26),
    vanChain: 'Jan Jansen ' + 'van '.repeat(N / 4),
    surnameStopWords: 'mevrouw Koning Klein Groot Lange Oude '.repeat(N / 38),
    quotedBlocks: '>\n> Jan Jansen\n> Adviseur\n'.repeat(N / 26),
    invertedNames: 'Jansen, P. (Piet), '.repeat(N / 19),
    plates: 'kenteken 47-HRT-6 AB-12-CD 99-XX-99 '.repeat(N / 36),
    caseLabels: 'zaaknummer dossier klantnummer van mevrouw '.repeat(N / 43),
    caseNumbers: 'de heer X, zaaknummer WIA-2026-1183 C/13/7 R '.repeat(N / 45),
    documents: 'paspoort NW4K7R2H8 rijbewijs 5012345678 '.repeat(N / 40),
    labelledNumbers: 'V-nummer 2718430956 personeelsnummer 71025836 '.repeat(N / 47),
    specialWords: 'hij is veroordeeld en gediagnosticeerd met kanker '.repeat(N / 50),
    specialSentence: 'Mevrouw X heeft '.concat('een diagnose '.repeat(N / 13)),
    extensions: '070-3188547 (toestel 2291) '.repeat(N / 27),
    ibanSeparators: 'NL91 / ABNA\n'.repeat(N / 12),
    capsNames: 'KTZ J.P. VERHAGEN AKSOY, Dilara '.repeat(N / 32),
    lowerFields: 'naam ouder: fatima el kaddouri\n'.repeat(N / 31),
    obfuscatedMails: 'a.b(at)c punt '.repeat(N / 14),
    companies: 'Flexlease B.V., Hanzeweg 14, 7418 AW Deventer '.repeat(N / 47),
  };
  // What is found in each input, by type: nothing where the input holds no personal data, one finding
  // per repetition where each repetition holds some. (The test timeout catches a scan that is not linear.)
  const reps = (unit: number) => Math.floor(N / unit);
  const expected: Record<keyof typeof inputs, Record<string, number>> = {
    digits: {}, spacedZeros: {}, dots: {}, letterDots: {}, capitals: {},
    // One run of capitalised first names is one candidate, as is "Jan Jansen van van …".
    capitalWords: { name: 1 }, vanChain: { name: 1 },
    initials: {}, particles: {}, ats: {}, atDots: {}, longLocal: {}, plus: {}, ibanish: {},
    postcodes: { address: reps(8) }, streets: { address: reps(13) },
    signatures: { signature: reps(16) }, closings: { signature: reps(24) }, honorifics: { name: reps(15) },
    publicList: {}, parens: {}, newlines: {},
    tableRows: { name: reps(42), birthdate: reps(42), bsn: reps(42), signature: reps(42) },
    longTableLine: { name: reps(31), bsn: reps(31) },
    // Every row, and the header cell "Naam" read as a name.
    tabRows: { name: reps(22) + 1, birthdate: reps(22) },
    pipes: {}, paraafLabels: {},
    // "… Xx Avenue A B C D 1, 1000 Xx": each address runs into the next, so two repetitions make one.
    foreignStreets: { address: reps(52) },
    // Known limitation: the two surnames of a firm's name are taken as names.
    firms: { name: 2 * reps(30) },
    ampersands: {}, gluedMails: { email: reps(26), name: reps(26) },
    surnameStopWords: { name: reps(38) }, quotedBlocks: { signature: reps(26) }, invertedNames: { name: reps(19) },
    // The kinds of issue 19: two plates and two document numbers per repetition (the third plate shape,
    // AB-12-CD, is no Dutch sidecode here), a case number with its citizen, both labelled numbers.
    plates: { 'licence-plate': 2 * reps(36) }, caseLabels: {}, caseNumbers: { 'case-number': reps(45), name: reps(45) },
    documents: { 'id-document': 2 * reps(40) }, labelledNumbers: { 'personnel-number': reps(47), 'v-number': reps(47) },
    // Health and criminal words without a full stop: one run of text, reported in bounded pieces.
    specialWords: { 'special-category': 240 }, specialSentence: { 'special-category': 1, name: 1 },
    extensions: { phone: reps(27) }, ibanSeparators: {}, capsNames: { name: 2 * reps(32) }, lowerFields: { name: reps(31) },
    obfuscatedMails: {}, companies: {},
  };
  for (const [name, text] of Object.entries(inputs)) {
    it(`100 KB of ${name}: the expected personal data, in linear time`, () => {
      const byType: Record<string, number> = {};
      for (const found of detectPersonalData(text, NO_OPTIONS)) byType[found.type] = (byType[found.type] ?? 0) + 1;
      assert.deepEqual(byType, expected[name]);
    });
  }
});
