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
  'fix.disable-line': { en: 'Disable {rule} for this line', nl: '{rule} uitschakelen voor deze regel' },

  // Outline
  'outline.header': { en: 'Header', nl: 'Kop' },
  'outline.empty': { en: 'empty', nl: 'leeg' },
  'outline.missing': { en: 'missing: {sections}', nl: 'ontbreekt: {sections}' },
  'outline.questions': { en: 'Questions', nl: 'Vragen' },
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
