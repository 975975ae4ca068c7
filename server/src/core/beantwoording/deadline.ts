// Kamervragen deadlines: questions "ingezonden" on a date are to be answered within three weeks; when that
// cannot be done, an uitstelbericht is due within the same three weeks, and the answer within three more.
// Read from the date mentions of the document (the dates/ reader), not from the raw text.
import { type CalendarDate, type DateMention, addDays, compareDates } from '../dates';
import type { NotaDocument } from '../model/types';
import type { Span } from '../types';

export const ANSWER_DAYS = 21;

export interface Submission {
  /** "ingezonden" through the date. */
  span: Span;
  submitted: CalendarDate;
  /** Three weeks after: the answer, or else the uitstelbericht, is due by this day. */
  answerDue: CalendarDate;
  /** Six weeks after: the answer after an uitstelbericht. */
  postponedDue: CalendarDate;
}

/** The word before a date that makes it the date the questions were submitted or the answer received. */
function dateAfterWord(doc: NotaDocument, word: RegExp): { mention: DateMention; date: CalendarDate; wordStart: number }[] {
  const found: { mention: DateMention; date: CalendarDate; wordStart: number }[] = [];
  for (const mention of doc.dates) {
    if (!mention.exists || mention.year === null) continue;
    const before = word.exec(doc.text.slice(Math.max(0, mention.fullSpan.start - 40), mention.fullSpan.start));
    if (!before) continue;
    found.push({ mention, date: { year: mention.year, month: mention.month, day: mention.day }, wordStart: mention.fullSpan.start - before[0].length });
  }
  return found;
}

const INGEZONDEN = /\bingezonden(?:\s+op)?\s+$/i;
const ONTVANGEN = /\bontvangen(?:\s+op)?\s+$/i;

export function submissions(doc: NotaDocument): Submission[] {
  return dateAfterWord(doc, INGEZONDEN).map(({ mention, date, wordStart }) => ({
    span: { start: wordStart, end: mention.span.end },
    submitted: date,
    answerDue: addDays(date, ANSWER_DAYS),
    postponedDue: addDays(date, 2 * ANSWER_DAYS),
  }));
}

/** The date of the answer: the Datum of the header, or in a beantwoording the date after "ontvangen". */
export function answerDate(doc: NotaDocument): { date: CalendarDate; span: Span } | undefined {
  const datum = doc.header.fields.find((field) => field.key === 'datum');
  if (doc.notaDate && datum?.valueSpan) return { date: doc.notaDate, span: datum.valueSpan };
  if (doc.kind !== 'beantwoording') return undefined;
  const received = dateAfterWord(doc, ONTVANGEN)[0];
  return received && { date: received.date, span: received.mention.span };
}

export const isPast = (date: CalendarDate, due: CalendarDate) => compareDates(date, due) > 0;
