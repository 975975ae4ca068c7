import { calendarDateOf, daysBetween, formatDutchDate } from '../dates';
import type { Rule } from './rule';

interface Options {
  /** Days a nota may be dated ahead (notas are often dated for the day they go to the minister). */
  slackDays: number;
}

/** The nota's Datum lies in the future, beyond the configured slack. */
export const dateFuture: Rule<Options> = {
  id: 'date-future',
  defaultSeverity: 'warning',
  description: 'The nota Datum is in the future.',
  appliesTo: ['nota'],
  defaultOptions: { slackDays: 14 },
  check({ doc, options, now, report }) {
    const field = doc.header.fields.find((f) => f.key === 'datum');
    if (!doc.notaDate || !field?.valueSpan) return;
    const days = daysBetween(calendarDateOf(now), doc.notaDate);
    const slack = Number.isFinite(options.slackDays) ? Math.max(0, options.slackDays) : 14;
    if (days > slack) report({ message: 'date-future', args: { date: formatDutchDate(doc.notaDate), days }, span: field.valueSpan });
  },
};
