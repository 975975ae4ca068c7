// Hover: what a Woo ground means, a date's weekday and what jl./a.s. resolve to, how the referentie
// was read, what belongs in a section, why a personal-data finding fired, and when questions "ingezonden"
// on a date are to be answered.
import type { CancellationToken, Hover, HoverParams } from 'vscode-languageserver';
import { WEEKDAYS, daysBetween, formatDutchDate, resolveRelative, weekdayOf } from '../../core/dates';
import { type MessageId, formatMessage, formatWithArgs } from '../../core/messages';
import type { Locale, Span } from '../../core/types';
import { compileUserPattern } from '../../core/user-pattern';
import { isWobGround, wooGround } from '../../core/woo';
import { abbreviationHover, readabilityHover } from '../../core/writing/hover';
import { submissions } from '../../core/beantwoording/deadline';
import { toRange } from '../convert';
import type { DocumentContext } from '../service';

const inside = (span: Span, offset: number) => offset >= span.start && offset <= span.end;

/** The weekday of a date in the display language (the date itself stays as the nota writes it). */
function weekdayName(locale: Locale, year: number, month: number, day: number): string {
  return formatMessage(locale, `weekday.${WEEKDAYS[weekdayOf(year, month, day)]}` as MessageId);
}

export function hover({ result, config, locale }: DocumentContext, params: HoverParams, token: CancellationToken): Hover | null {
  const { doc, findings } = result;
  if (token.isCancellationRequested) return null;
  const offset = doc.lineIndex.offsetAt(params.position);
  const answer = (markdown: string, span: Span): Hover => ({ contents: { kind: 'markdown', value: markdown }, range: toRange(doc.lineIndex, span) });

  const explained = findings.find((finding) => finding.explanation && inside(finding.span, offset));
  if (explained) return answer(explained.explanation!, explained.span);

  for (const redaction of doc.redactions) {
    const code = redaction.codes.find((c) => inside(c.span, offset));
    if (!code) continue;
    const ground = wooGround(code.code);
    if (ground) return answer(formatMessage(locale, 'hover.woo', { code: ground.code, meaning: ground[locale], article: ground.article }), code.span);
    return answer(formatMessage(locale, isWobGround(code.code) ? 'hover.wob' : 'hover.woo-unknown', { code: code.code }), code.span);
  }

  const submission = submissions(doc).find((candidate) => inside(candidate.span, offset));
  if (submission) {
    const args = { submitted: formatDutchDate(submission.submitted), due: formatDutchDate(submission.answerDue), postponed: formatDutchDate(submission.postponedDue) };
    return answer(formatMessage(locale, 'hover.kamervragen-deadline', args), submission.span);
  }

  const date = doc.dates.find((mention) => inside(mention.fullSpan, offset));
  if (date) {
    const lines: string[] = [];
    if (date.exists && date.year !== null) {
      lines.push(formatMessage(locale, 'hover.date', { date: formatDutchDate(date.year, date.month, date.day), weekday: weekdayName(locale, date.year, date.month, date.day) }));
    }
    const resolution = date.relative && doc.notaDate ? resolveRelative(date, doc.notaDate) : null;
    if (resolution?.date && doc.notaDate) {
      const days = daysBetween(doc.notaDate, resolution.date);
      lines.push(
        formatMessage(locale, 'hover.relative', {
          marker: date.relative!.text,
          date: formatDutchDate(resolution.date),
          weekday: weekdayName(locale, resolution.date.year, resolution.date.month, resolution.date.day),
          days: Math.abs(days),
          direction: formatMessage(locale, days < 0 ? 'hover.before' : 'hover.after'),
          notaDate: formatDutchDate(doc.notaDate),
        }),
      );
    }
    if (lines.length > 0) return answer(lines.join('\n\n'), date.fullSpan);
  }

  const referentie = doc.header.fields.find((field) => field.key === 'referentie');
  if (referentie?.valueSpan && inside(referentie.valueSpan, offset)) {
    const reference = doc.headerValues.referentie;
    const ok = referentie.value.length <= 200 && compileUserPattern(config.referencePattern).test(referentie.value);
    const status = formatMessage(locale, ok ? 'hover.reference.ok' : 'hover.reference.bad', { pattern: config.referencePattern });
    return answer(formatMessage(locale, 'hover.reference', { year: reference?.year ?? '?', number: reference?.serial ?? referentie.value, status }), referentie.valueSpan);
  }

  const abbreviation = abbreviationHover(result, config, locale, offset);
  if (abbreviation) return answer(abbreviation.markdown, abbreviation.span);

  const figures = readabilityHover(result, config, locale, offset);
  const section = doc.sections.find((candidate) => candidate.def && inside(candidate.headingSpan, offset));
  if (section?.def) {
    const purpose = formatMessage(locale, 'hover.section', { section: section.def.name, purpose: formatWithArgs(locale, section.def.description.message, section.def.description.args) });
    return answer(figures ? `${purpose}\n\n${figures.markdown}` : purpose, section.headingSpan);
  }
  return figures ? answer(figures.markdown, figures.span) : null;
}
