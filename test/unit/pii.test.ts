import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  detectPersonalData,
  elfproef,
  findAddresses,
  findBirthdates,
  findBsn,
  findEmails,
  findIban,
  findNames,
  findPhones,
  findSignatures,
  type PiiCandidate,
  type PiiOptions,
} from '../../server/src/core/pii';

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

  it('rejects wrong check digits and look-alikes', () => {
    assert.deepEqual(findIban('NL91 ABNA 0417 1643 01'), []);
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
  };
  for (const [name, text] of Object.entries(inputs)) {
    it(`completes on 100 KB of ${name}`, () => {
      const found = detectPersonalData(text, NO_OPTIONS);
      assert.ok(Array.isArray(found));
    });
  }
});
