// fast-check generators: notas assembled from the pieces real notas are made of (in any order, with any
// line ending and stray Unicode), and mutations of the corpus documents.
import fc from 'fast-check';

const PIECES = [
  '**Aan**  \nMinister van BZK', 'Aan Minister van BZK', 'Van DGDOO', '**Van:** DGDOO', '## nota', 'nota',
  'Onderwerp van de nota over iets', '### TER BESLUITVORMING', 'TER INFORMATIE', 'TER BESLUITVOMRING', '### TER ',
  '**Nota actief openbaar**  \nJa', 'Nota actief openbaar\nMisschien', '**Onze referentie**  \n2024-0000012345', 'Onze referentie\n2024-12345',
  '**Datum**  \n12 maart 2024', 'Datum\n31 november 2023', '**Datum:** 12-03-2024', '**Opgesteld door**  \n[5.1.2e]', 'Opgesteld door\n   ',
  '**Bijlage(n)**  \n2', 'Bijlage(n)\nveel', 'Pagina 1 van 2', 'Pagina 3 van 2',
  '### Aanleiding', 'Aanleiding', '### Aanleding', '#### Kern', 'Kern', '### Geadviseerd besluit', '### Toelichting', ' Toelichting',
  '### Informatie die niet openbaar gemaakt kan worden', '##### Motivering', '### Bijlagen', 'Bijlagen', '### Communicatie',
  '| Volgnummer | Naam | Informatie |\n| --- | --- | --- |\n| 1 | Regeling | |', '| 3 |  | x |',
  '<b>Volgnummer</b>\t<b>Naam</b>\t<b>Informatie</b>', '1\tBeantwoording\t', 'Volgnummer Naam Informatie', '2 Een bijlage met een\nlange naam',
  'Op dinsdag 4 maart 2024 jl. zie bijlage 3.', 'Op 29 februari a.s. en 12 dec. 2023 j.l.', '(kenmerk 2024Z1294, kst-29279-874, ah-tk-20232025-1)',
  'Contactpersoon: mevr. J. de Vries, 06-12345678, j.devries@minbzk.nl.', 'BSN 111222333, NL91 ABNA 0417 1643 00, Kerkstraat 12, 2511 DP Den Haag.',
  'Het lid Van Haga (Groep van Haga) en de heer Van Haga.', '[5.1.3e] [10.2.e] [Redacted] ████', 'geboren op 3 april 1975', 'w.g. P. Jansen',
  'Vraag 1\nIs dat zo? 1)', 'Antwoord 1\nJa.', 'Vraag 3', 'Antwoord vraag 2\nZie het antwoord op vraag 7.', '1) Bron, 2024.', '• Vraag 2',
  '<!-- nota-disable-next-line section-empty -->', '<!-- nota-disable -->', '<!-- nota-enable -->', '<!-- nota-type: beantwoording -->',
  '```\ncode ### Kern\n```', '- lijst\n  - genest', '> citaat', '<script>alert(1)</script>', '**', '[', '|',
  '\u202E\u200B\u200D\uFEFF', '\u0000', '\uD800', 'ü é ß 🇳🇱', 'aanlei-\nding', '',
];

const EOL = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n');

/** A nota-like text: pieces in any order joined by any line ending. */
export const notaText = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), EOL), { maxLength: 40 })
  .map((parts) => parts.map(([piece, eol]) => piece + eol).join(''));

/** Arbitrary text, including lone surrogates and control characters. */
export const anyText = fc.string({ unit: 'binary', maxLength: 400 });

/** A mutation of a text: byte-like flips, truncation, insertions of hostile characters, line-ending swaps. */
export function mutate(text: string, random: () => number): string {
  const at = () => Math.floor(random() * (text.length + 1));
  switch (Math.floor(random() * 6)) {
    case 0: {
      const i = at();
      return text.slice(0, i) + String.fromCharCode(Math.floor(random() * 0x10000)) + text.slice(i + 1);
    }
    case 1:
      return text.slice(0, at());
    case 2: {
      const i = at();
      const hostile = ['\u202E', '\u200B', '\u0000', '\uFEFF', '\r', '\uD800', '\u2028', '█'][Math.floor(random() * 8)];
      return text.slice(0, i) + hostile + text.slice(i);
    }
    case 3:
      return text.replace(/\r?\n/g, '\r\n');
    case 4:
      return text.replace(/\r?\n/g, '\r');
    default: {
      const i = at();
      const j = at();
      return text.slice(0, Math.min(i, j)) + text.slice(Math.max(i, j));
    }
  }
}

/** Characters and inline constructs a safe fix must carry over as written. */
const MARKUP = ['_', '*', '\\', '\\*', '\\|', '|', '`x`', '<b>', '</b>', '<i>v</i>', '&amp;', '&#64;', '~', '[a](https://x.nl)', '<https://x.nl>', '  ', '\t', 'ü'];
const markup = fc.constantFrom(...MARKUP);
const word = fc.constantFrom('bijlage', 'b.xlsx', 'Regeling', 'Kern', 'nota', '2024', 'concept');
/** A few words with markup between and around them. */
const markedWords = fc.array(fc.oneof(word, markup, fc.constant(' ')), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));

/** Sections, Bijlagen rows (plain lines that wrap, tab-separated), dates and references with markup. */
const MARKUP_PIECES: fc.Arbitrary<string>[] = [
  fc.constant('**Aan**  \nMinister van BZK\n\n**Van**  \nDGDOO\n\n## nota\n\nOnderwerp\n\n### TER BESLUITVORMING'),
  fc.tuple(fc.constantFrom('Kern', 'Aanleiding', 'Toelichting', 'Bijlagen', 'Geadviseerd besluit'), markup, fc.constantFrom('', ' ', '  ')).map(([name, mark, blank]) => `${blank}${mark}${name}${mark}`),
  fc.tuple(fc.nat(30), markedWords, fc.array(markedWords, { maxLength: 3 })).map(([n, naam, more]) => [`${n} ${naam}`, ...more].join('\n')),
  fc.tuple(fc.nat(30), markedWords, markedWords).map(([n, naam, info]) => `${n}\t${naam}\t${info}`),
  fc.constantFrom('Volgnummer Naam Informatie', '<b>Volgnummer</b>\t<b>Naam</b>\t<b>Informatie</b>', '### Bijlagen', 'Bijlagen'),
  fc.tuple(markup, fc.constantFrom('12-03-2024', '4 mrt. 2024', '29 februari 2024 j.l.', '1 april as.'), markup).map(([a, date, b]) => `Op ${a}${date}${b} besloten.`),
  fc.tuple(fc.constantFrom('**Onze referentie**  \n', 'Onze referentie\n'), fc.constantFrom('2023-768759', '2023 0000768759', '2023/12')).map(([label, value]) => label + value),
  markedWords,
];

const plainRow = fc.tuple(fc.nat(30), markedWords, fc.array(markedWords, { maxLength: 3 })).map(([n, naam, more]) => [`${n} ${naam}`, ...more].join('\n'));
const tabRow = fc.tuple(fc.nat(30), markedWords, markedWords, fc.option(markedWords)).map(([n, naam, info, extra]) => [n, naam, info, ...(extra === null ? [] : [extra])].join('\t'));
/** A whole Bijlagen section in one of the tolerated forms, so that most runs convert one. */
const bijlagenSection = fc.oneof(
  fc.array(plainRow, { minLength: 1, maxLength: 4 }).map((rows) => ['### Bijlagen', '', 'Volgnummer Naam Informatie', ...rows].join('\n')),
  fc.array(tabRow, { minLength: 1, maxLength: 4 }).map((rows) => ['Bijlagen', '<b>Volgnummer</b>\t<b>Naam</b>\t<b>Informatie</b>', ...rows].join('\n')),
);
MARKUP_PIECES.push(bijlagenSection, bijlagenSection);

export const markupText = fc
  .array(fc.tuple(fc.oneof(...MARKUP_PIECES), EOL), { maxLength: 30 })
  .map((parts) => parts.map(([piece, eol]) => piece + eol).join(''));
