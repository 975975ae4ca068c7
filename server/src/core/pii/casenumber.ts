// A citizen's case or file number: a zaaknummer, dossiernummer, klantnummer, parketnummer, rekestnummer,
// meldingsnummer or proces-verbaal number after its label, a short gap allowed ("het klantnummer van
// mevrouw X bij het CJIB is 8822-4107-3359"), in the next cell of a key-value row, a code after "zaak"
// ("zaak KOO-2026-014"), or in a table column headed so. A government's own
// references (kenmerk, Kamerstuk, inspectienummer, referentie) are not case numbers of a person.
import type { SourceDocument } from '../source/types';
import { tableAt } from '../source/tables';
import type { Span } from '../types';
import { findLabelledNumbers } from './labelled';
import { mentionsPerson, paragraphAround } from './sentence';
import type { PiiCandidate } from './types';
import { makeCandidate } from './util';

const LABEL =
  /(?<![\p{L}])(?:(?:[\p{Lu}]{2,5}-)?(?:\p{Ll}{2,12}?zaak|zaak|dossier|klacht|klant|cliënt|client|relatie|parket|rekest|meldings|aanvraag|beschikkings|vorderings|aangifte|registratie|schade|budget)(?:nummer|\s?nr\.?)|dossier|proces-verbaal|pv|bvh-nummer)(?:\s*:)?(?![\p{L}])/giu;
/**
 * A case code right after "zaak" or "onder nummer": "(zaak KOO-2026-014)", "zaak 2026-WOO-0918", "onder nummer
 * WB-2026-337815", a code with letter groups; and an agency's kenmerk of a citizen's file ("onder CJIB-kenmerk
 * 2026 0481 7731 0045"). A plain "kenmerk" is the government's own reference.
 */
const ZAAK_CODE_LABEL = /(?<![\p{L}])(?:(?:zaak|onder (?:het )?nummer)(?= (?:\p{Lu}{1,5}[-/]\d|\d{4}-\p{Lu}{2,5}-\d))|\p{Lu}{2,6}-kenmerk(?= \d))/gu;
/** Labels that only a person's case has (a court's parketnummer or rekestnummer, a police report). */
const PERSONAL_LABEL = /(?:parket|rekest)(?:nummer|nr)|proces-verbaal|^pv$|bvh/i;
/** The government's own document reference ("2024-0000412877"), the format of "Onze referentie". */
const DOCUMENT_REFERENCE = /^\d{4}-\d{10}$/;
const HEADER = /^(?:(?:zaak|dossier|klacht|klant|cliënt|client|parket|rekest|meldings|aanvraag|schade|budget)(?:nummer|nr)|(?:kenmerk|nummer|nr\.?)\s(?:van\s(?:de\s|het\s)?)?(?:zaak|dossier|klacht|aanvraag|melding|verzoek))/i;
/**
 * A court's case number in administrative law: "AWB 26/31245", or a court location's code and the year and
 * number ("SGR 25/4417", "AMS 26/1032"). Personal where the paragraph is about a person, like the others.
 */
const COURT_NUMBER = /(?<![\p{L}\p{N}])(?:AWB|SGR|AMS|ROT|UTR|HAA|ZWO|BRE|ARN|LEE|ZUT|GRO|MAA|ROE|TIL|ALK|LEL|DOR|MID) \d{2}\/\d{3,7}(?![\p{L}\p{N}])/gu;
const SHAPE = { minDigits: 5, maxDigits: 20, letters: true, separators: '-/. ' };

export function findCaseNumbers(source: SourceDocument): PiiCandidate[] {
  const { text } = source;
  const labelled = findLabelledNumbers(source, LABEL, HEADER, SHAPE, 45);
  const coded = findLabelledNumbers(source, ZAAK_CODE_LABEL, undefined, SHAPE, 8).filter((c) => !labelled.some((l) => l.span.start === c.span.start));
  const court: { span: Span; label: string }[] = [];
  COURT_NUMBER.lastIndex = 0;
  for (let m = COURT_NUMBER.exec(text); m; m = COURT_NUMBER.exec(text)) court.push({ span: { start: m.index, end: m.index + m[0].length }, label: m[0].slice(0, 3) });
  return [...labelled, ...coded, ...court.filter((c) => ![...labelled, ...coded].some((l) => l.span.start < c.span.end && c.span.start < l.span.end))]
    .sort((a, b) => a.span.start - b.span.start)
    .filter(({ span }) => !DOCUMENT_REFERENCE.test(text.slice(span.start, span.end)))
    .map(({ span, label }) =>
      makeCandidate(
        'case-number',
        text,
        span,
        0.85,
        ['context:case-number', PERSONAL_LABEL.test(label) ? 'label:personal' : 'label:case'],
        { message: 'pii.case-number.what', args: { text: text.slice(span.start, span.end) } },
        { message: 'pii.labelled.why', args: { label } },
        true,
      ),
    );
}

const LETTER_TO_PERSON = /^(?:Geachte|Beste) (?:heer|mevrouw|mevr\.|dhr\.) \p{Lu}/mu;
const ADDRESSED = /(?<![\p{L}])[Uu]w?(?![\p{L}])/u;
const spanOf = (span: Span): [number, number] => [span.start, span.end];

/**
 * A zaak-, dossier- or meldingsnummer is a person's only where the paragraph (list item, table) is about a
 * person: a name found in it (`persons`, sorted), a form of address or a pronoun. Other numbers pass.
 */
export function aboutPersons(source: SourceDocument, candidates: PiiCandidate[], persons: readonly Span[]): PiiCandidate[] {
  const { text } = source;
  // a letter to a citizen ("Geachte heer Van Gurp,"): its "u" and "uw" are that person ("Uw verzoek is
  // geregistreerd onder nummer WOO-2026-1187"); in a nota "u" is the minister
  const toCitizen = LETTER_TO_PERSON.test(text.slice(0, 4000));
  const personal = (c: PiiCandidate) => {
    if (c.reasons.includes('label:personal')) return true;
    if (toCitizen && ADDRESSED.test(text.slice(...spanOf(paragraphAround(text, c.span.start, c.span.end))))) return true;
    const table = tableAt(source.tables, c.span.start);
    return mentionsPerson(text, table ? table.span : paragraphAround(text, c.span.start, c.span.end), persons);
  };
  // a number shown to be a person's in one place is theirs where it recurs
  const shown = new Set(candidates.filter((c) => c.type === 'case-number' && personal(c)).map((c) => c.text));
  return candidates.filter((c) => c.type !== 'case-number' || shown.has(c.text));
}
