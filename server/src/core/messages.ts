// Every user-visible message of the checker, in Dutch and English, keyed by id.
import type { Locale } from './types';

type Catalog = Record<string, { en: string; nl: string }>;

export const MESSAGES = {
  // Rule messages
  'field-missing': { en: 'Required header field "{field}" is missing.', nl: 'Verplicht kopveld "{field}" ontbreekt.' },
  'field-empty': { en: 'Header field "{field}" has no value.', nl: 'Kopveld "{field}" heeft geen waarde.' },
  'field-value.actiefOpenbaar': { en: '"Nota actief openbaar" must be "Ja" or "Nee", not "{value}".', nl: '"Nota actief openbaar" moet "Ja" of "Nee" zijn, niet "{value}".' },
  'field-value.bijlagen': { en: '"Bijlage(n)" must be a whole number (0 or more), not "{value}".', nl: '"Bijlage(n)" moet een geheel getal zijn (0 of meer), niet "{value}".' },
  'field-value.pagina': { en: '"Pagina {page} van {of}" is out of range: the page must be between 1 and {of}.', nl: '"Pagina {page} van {of}" klopt niet: de pagina moet tussen 1 en {of} liggen.' },
  'purpose-missing': { en: 'The nota has no purpose line (TER BESLUITVORMING, TER INFORMATIE, …).', nl: 'De nota heeft geen doelregel (TER BESLUITVORMING, TER INFORMATIE, …).' },
  'purpose-multiple': { en: 'A nota has exactly one purpose line; this is purpose line {n}.', nl: 'Een nota heeft precies één doelregel; dit is doelregel {n}.' },
  'purpose-unknown': { en: 'Unknown purpose "TER {value}". Known: {known}.', nl: 'Onbekend doel "TER {value}". Bekend: {known}.' },
  'section-missing': { en: 'Required section "{section}" is missing.', nl: 'Verplichte sectie "{section}" ontbreekt.' },
  'section-missing.before': { en: 'Required section "{section}" is missing (it belongs before "{next}").', nl: 'Verplichte sectie "{section}" ontbreekt (die hoort vóór "{next}").' },
  'section-order': { en: 'Section "{section}" is out of order: it belongs {where}.', nl: 'Sectie "{section}" staat niet op zijn plaats: die hoort {where}.' },
  'section-order.before': { en: 'before "{other}"', nl: 'vóór "{other}"' },
  'section-order.after': { en: 'after "{other}"', nl: 'na "{other}"' },
  'section-duplicate': { en: 'Section "{section}" appears more than once (first on line {line}).', nl: 'Sectie "{section}" komt meer dan eens voor (eerst op regel {line}).' },
  'section-empty': { en: 'Section "{section}" has no text.', nl: 'Sectie "{section}" bevat geen tekst.' },
  'section-unknown': { en: 'Unknown section "{section}".', nl: 'Onbekende sectie "{section}".' },
  'section-unknown.suggest': { en: 'Unknown section "{section}". Did you mean "{suggestion}"?', nl: 'Onbekende sectie "{section}". Bedoelt u "{suggestion}"?' },
  'heading-unmarked': { en: '"{section}" is a section heading written as a plain line.', nl: '"{section}" is een sectiekop die als gewone regel is geschreven.' },
  'vraag-numbering.gap': { en: 'Question {number} should be question {expected}: questions are numbered 1, 2, 3, … without gaps.', nl: 'Vraag {number} hoort vraag {expected} te zijn: vragen zijn genummerd 1, 2, 3, … zonder gaten.' },
  'vraag-numbering.duplicate': { en: 'Question number {number} is used more than once.', nl: 'Vraagnummer {number} komt meer dan eens voor.' },
  'vraag-numbering.order': { en: 'Question {number} is out of order: question {expected} was expected here.', nl: 'Vraag {number} staat niet op volgorde: hier werd vraag {expected} verwacht.' },
  'antwoord-missing': { en: 'Question {number} has no answer.', nl: 'Vraag {number} heeft geen antwoord.' },
  'antwoord-missing.empty': { en: 'The answer to question {number} is empty.', nl: 'Het antwoord op vraag {number} is leeg.' },
  'antwoord-mismatch': { en: 'Answer {number} follows question {expected}: the numbers differ.', nl: 'Antwoord {number} volgt op vraag {expected}: de nummers verschillen.' },
  'antwoord-mismatch.before': { en: 'Answer {number} comes before its question.', nl: 'Antwoord {number} staat vóór de vraag.' },
  'antwoord-mismatch.duplicate': { en: 'Question {number} already has an answer; this is a second one.', nl: 'Vraag {number} heeft al een antwoord; dit is een tweede.' },
  'antwoord-crossref.missing': { en: 'Reference to question {number}, which does not exist.', nl: 'Verwijzing naar vraag {number}, die niet bestaat.' },
  'antwoord-crossref.self': { en: 'Question {number} refers to itself.', nl: 'Vraag {number} verwijst naar zichzelf.' },
  'footnote-missing.marker': { en: 'Footnote marker {number}) has no footnote.', nl: 'Voetnootmarkering {number}) heeft geen voetnoot.' },
  'footnote-missing.footnote': { en: 'Footnote {number}) is not referred to in the text.', nl: 'Naar voetnoot {number}) wordt in de tekst niet verwezen.' },
  'date-invalid': { en: '"{date}" does not exist: {month} {year} has {days} days.', nl: '"{date}" bestaat niet: {month} {year} heeft {days} dagen.' },
  'date-invalid.no-year': { en: '"{date}" does not exist.', nl: '"{date}" bestaat niet.' },
  'date-weekday': { en: '{date} is a {expected}, not a {written}.', nl: '{date} is een {expected}, geen {written}.' },
  'date-format': { en: 'Write the date as "{canonical}" (D maand JJJJ).', nl: 'Schrijf de datum als "{canonical}" (D maand JJJJ).' },
  'date-relative.spelling': { en: 'Write "{canonical}", not "{written}".', nl: 'Schrijf "{canonical}", niet "{written}".' },
  'date-relative.not-before': { en: '"{written}" (jongstleden) must lie before the nota date {notaDate}, but {date} does not.', nl: '"{written}" (jongstleden) moet vóór de notadatum {notaDate} liggen, maar {date} doet dat niet.' },
  'date-relative.too-old': { en: '"{written}" (jongstleden) refers to {date}, more than a year before the nota date {notaDate}.', nl: '"{written}" (jongstleden) verwijst naar {date}, meer dan een jaar vóór de notadatum {notaDate}.' },
  'date-relative.not-after': { en: '"{written}" (aanstaande) must lie after the nota date {notaDate}, but {date} does not.', nl: '"{written}" (aanstaande) moet na de notadatum {notaDate} liggen, maar {date} doet dat niet.' },
  'date-relative.same-day': { en: '"{written}" refers to the nota date itself ({notaDate}).', nl: '"{written}" verwijst naar de notadatum zelf ({notaDate}).' },
  'date-future': { en: 'The nota is dated {date}, {days} days in the future.', nl: 'De nota is gedateerd op {date}, {days} dagen in de toekomst.' },
  'reference-format': { en: 'Reference "{value}" does not match the expected form {pattern}.', nl: 'Referentie "{value}" heeft niet de verwachte vorm {pattern}.' },
  'reference-year': { en: 'Reference year {refYear} is neither the year of the Datum ({year}) nor the year before.', nl: 'Het jaar van de referentie ({refYear}) is niet het jaar van de Datum ({year}) en ook niet het jaar ervoor.' },
  'kamer-id-format': { en: '"{value}" looks like a Kamer identifier ({kind}) but is malformed.', nl: '"{value}" lijkt op een Kamer-kenmerk ({kind}) maar is onjuist gevormd.' },
  'running-header-mismatch': { en: 'The repeated "{field}" is "{value}", but the header says "{first}".', nl: 'Het herhaalde "{field}" is "{value}", maar de kop zegt "{first}".' },
  'bijlagen-count': { en: '"Bijlage(n)" says {count}, but the Bijlagen table has {rows} row(s).', nl: '"Bijlage(n)" zegt {count}, maar de bijlagentabel heeft {rows} rij(en).' },
  'bijlagen-table.missing': { en: 'The Bijlagen section has no table (Volgnummer | Naam | Informatie).', nl: 'De sectie Bijlagen heeft geen tabel (Volgnummer | Naam | Informatie).' },
  'bijlagen-table.form': { en: 'The Bijlagen table is written as {form}; the canonical form is a Markdown table.', nl: 'De bijlagentabel is geschreven als {form}; de standaardvorm is een Markdown-tabel.' },
  'bijlagen-table.tabs': { en: 'tab-separated lines', nl: 'regels met tabs' },
  'bijlagen-table.plain': { en: 'plain lines', nl: 'losse regels' },
  'bijlagen-numbering': { en: 'Volgnummer "{value}" should be {expected}: bijlagen are numbered 1..N in order.', nl: 'Volgnummer "{value}" hoort {expected} te zijn: bijlagen zijn genummerd 1..N op volgorde.' },
  'bijlagen-name': { en: 'Bijlage {number} has no Naam.', nl: 'Bijlage {number} heeft geen naam.' },
  'bijlage-reference': { en: '"bijlage {number}" refers to no row of the Bijlagen table ({rows} row(s)).', nl: '"bijlage {number}" verwijst naar geen rij van de bijlagentabel ({rows} rij(en)).' },
  'woo-ground-invalid': { en: '"{code}" is not a ground of the Woo (5.1.1a–e, 5.1.2a–i, 5.1.5, 5.2).', nl: '"{code}" is geen grond uit de Woo (5.1.1a–e, 5.1.2a–i, 5.1.5, 5.2).' },
  'woo-ground-legacy': { en: '"{code}" is a ground of the former Wob; the Woo ground is {woo}.', nl: '"{code}" is een grond uit de vroegere Wob; de Woo-grond is {woo}.' },
  'woo-motivering.section': { en: 'The nota is actief openbaar and has redactions, but no section "Informatie die niet openbaar gemaakt kan worden" with a Motivering.', nl: 'De nota is actief openbaar en bevat weglakkingen, maar heeft geen sectie "Informatie die niet openbaar gemaakt kan worden" met een Motivering.' },
  'woo-motivering.motivering': { en: 'The section "Informatie die niet openbaar gemaakt kan worden" has no Motivering.', nl: 'De sectie "Informatie die niet openbaar gemaakt kan worden" heeft geen Motivering.' },
  'woo-motivering.ground': { en: 'Ground {code} is used in a redaction but not named in the Motivering.', nl: 'Grond {code} wordt gebruikt bij een weglakking maar niet genoemd in de Motivering.' },
  'pii-bsn': { en: 'Possible BSN (citizen service number) "{text}" ({score}% sure).', nl: 'Mogelijk BSN (burgerservicenummer) "{text}" ({score}% zeker).' },
  'pii-iban': { en: 'Bank account number (IBAN) "{text}" ({score}% sure).', nl: 'Bankrekeningnummer (IBAN) "{text}" ({score}% zeker).' },
  'pii-phone': { en: 'Personal phone number "{text}" ({score}% sure).', nl: 'Persoonlijk telefoonnummer "{text}" ({score}% zeker).' },
  'pii-email': { en: 'Personal e-mail address "{text}" ({score}% sure).', nl: 'Persoonlijk e-mailadres "{text}" ({score}% zeker).' },
  'pii-address': { en: 'Address of a person "{text}" ({score}% sure).', nl: 'Adres van een persoon "{text}" ({score}% zeker).' },
  'pii-name': { en: 'Name of a civil servant or citizen "{text}" ({score}% sure).', nl: 'Naam van een ambtenaar of burger "{text}" ({score}% zeker).' },
  'pii-signature': { en: 'Signature or initials "{text}" ({score}% sure).', nl: 'Handtekening of paraaf "{text}" ({score}% zeker).' },
  'pii-birthdate': { en: 'Date of birth "{text}" ({score}% sure).', nl: 'Geboortedatum "{text}" ({score}% zeker).' },
  'internal-error': { en: 'Rule "{rule}" failed on this document: {error}. The other rules still ran.', nl: 'Regel "{rule}" liep vast op dit document: {error}. De andere regels zijn wel uitgevoerd.' },

  // Fix titles
  'fix.insert-field': { en: 'Insert field "{field}"', nl: 'Veld "{field}" invoegen' },
  'fix.insert-purpose': { en: 'Insert purpose line "TER {purpose}"', nl: 'Doelregel "TER {purpose}" invoegen' },
  'fix.replace-purpose': { en: 'Change to "TER {purpose}"', nl: 'Wijzig in "TER {purpose}"' },
  'fix.insert-section': { en: 'Insert section "{section}"', nl: 'Sectie "{section}" invoegen' },
  'fix.move-section': { en: 'Move section "{section}" {where}', nl: 'Sectie "{section}" verplaatsen naar {where}' },
  'fix.rename-section': { en: 'Rename to "{suggestion}"', nl: 'Hernoem naar "{suggestion}"' },
  'fix.mark-heading': { en: 'Make "{section}" a heading', nl: 'Maak van "{section}" een kop' },
  'fix.all': { en: 'Fix all safely fixable Nota problems', nl: 'Alle veilig op te lossen Nota-problemen oplossen' },
  'fix.renumber-questions': { en: 'Renumber the questions 1 to {count} (answers and references follow)', nl: 'Vragen hernummeren van 1 tot {count} (antwoorden en verwijzingen mee)' },
  'fix.insert-answer': { en: 'Insert "{label}" after question {number}', nl: '"{label}" invoegen na vraag {number}' },
  'fix.answer-number': { en: 'Change the answer number to {expected}', nl: 'Antwoordnummer wijzigen in {expected}' },
  'fix.replace-with': { en: 'Change to "{text}"', nl: 'Wijzig in "{text}"' },
  'fix.use-header-value': { en: 'Use the header value "{text}"', nl: 'Gebruik de waarde uit de kop: "{text}"' },
  'fix.update-count': { en: 'Set "Bijlage(n)" to {rows}', nl: '"Bijlage(n)" op {rows} zetten' },
  'fix.convert-table': { en: 'Convert to a Markdown table', nl: 'Omzetten naar een Markdown-tabel' },
  'fix.renumber-bijlagen': { en: 'Renumber the bijlagen 1 to {count} (references in the text follow)', nl: 'Bijlagen hernummeren van 1 tot {count} (verwijzingen in de tekst mee)' },
  'fix.add-woo-section': { en: 'Add the section "Informatie die niet openbaar gemaakt kan worden" with a Motivering', nl: 'Sectie "Informatie die niet openbaar gemaakt kan worden" met Motivering toevoegen' },
  'fix.add-motivering': { en: 'Add a Motivering naming the grounds used', nl: 'Motivering toevoegen met de gebruikte gronden' },
  'fix.name-grounds': { en: 'Name the grounds {codes} in the Motivering', nl: 'De gronden {codes} noemen in de Motivering' },
  'fix.redact': { en: 'Redact as {marker}', nl: 'Weglakken als {marker}' },
  'fix.redact-all': { en: 'Redact all personal data in this document', nl: 'Alle persoonsgegevens in dit document weglakken' },
  'fix.mark-public': { en: 'Mark "{name}" as a public person (.notarc.json)', nl: '"{name}" markeren als openbaar persoon (.notarc.json)' },
  'fix.disable-line': { en: 'Disable {rule} for this line', nl: '{rule} uitschakelen voor deze regel' },

  // Hover
  'hover.date': { en: '**{date}** is a {weekday}.', nl: '**{date}** is een {weekday}.' },
  'hover.relative': { en: '{marker} refers to **{date}** ({weekday}), {days} day(s) {direction} the nota date {notaDate}.', nl: '{marker} verwijst naar **{date}** ({weekday}), {days} dag(en) {direction} de notadatum {notaDate}.' },
  'hover.before': { en: 'before', nl: 'vóór' },
  'hover.after': { en: 'after', nl: 'na' },
  'hover.reference': { en: 'Onze referentie: year **{year}**, number **{number}**. {status}', nl: 'Onze referentie: jaar **{year}**, nummer **{number}**. {status}' },
  'hover.reference.ok': { en: 'Matches the pattern `{pattern}`.', nl: 'Voldoet aan het patroon `{pattern}`.' },
  'hover.reference.bad': { en: 'Does not match the pattern `{pattern}`.', nl: 'Voldoet niet aan het patroon `{pattern}`.' },
  'hover.woo': { en: 'Woo ground **{code}**: {meaning} ({article}).', nl: 'Woo-grond **{code}**: {meaning} ({article}).' },
  'hover.wob': { en: '**{code}** is a ground of the former Wob; since 1 May 2022 the Woo applies.', nl: '**{code}** is een grond uit de vroegere Wob; sinds 1 mei 2022 geldt de Woo.' },
  'hover.woo-unknown': { en: '**{code}** is not a ground of the Woo (art. 5.1 or 5.2).', nl: '**{code}** is geen grond uit de Woo (art. 5.1 of 5.2).' },
  'hover.section': { en: '**{section}**: {purpose}', nl: '**{section}**: {purpose}' },

  // Completion
  'completion.today': { en: 'Today ({date})', nl: 'Vandaag ({date})' },
  'completion.field': { en: 'Header field', nl: 'Kopveld' },
  'completion.missing-required': { en: 'Required section, missing', nl: 'Verplichte sectie, ontbreekt' },
  'completion.missing-optional': { en: 'Section', nl: 'Sectie' },
  'completion.purpose': { en: 'Purpose', nl: 'Doel' },
  'completion.question-pair': { en: 'Question {number} with its answer', nl: 'Vraag {number} met antwoord' },

  // Outline
  'outline.header': { en: 'Header', nl: 'Kop' },
  'outline.empty': { en: 'empty', nl: 'leeg' },
  'outline.missing': { en: 'missing: {sections}', nl: 'ontbreekt: {sections}' },
  'outline.question': { en: 'Question {number}', nl: 'Vraag {number}' },
  'outline.answer': { en: 'Answer {number}', nl: 'Antwoord {number}' },
} satisfies Catalog;

export type MessageId = keyof typeof MESSAGES;

export function formatMessage(locale: Locale, id: MessageId, args: Record<string, string | number> = {}): string {
  const template = MESSAGES[id][locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

/** `nl` for Dutch locales (nl, nl-NL, nl_BE.UTF-8), otherwise English. */
export function localeFrom(value: string | undefined): Locale {
  return value && /^nl(?:[-_]|$)/i.test(value) ? 'nl' : 'en';
}
