// What hover says about the prose: the expansion of an abbreviation, and the readability figures of a
// section (a nota's heading) or an answer (a beantwoording's label).
import type { ResolvedConfig } from '../config';
import type { CheckResult } from '../engine';
import { formatMessage } from '../messages';
import type { Locale, Span } from '../types';
import { abbreviationAt, tableFromConfig } from './abbreviations';
import { DEFAULT_B1_MAX_WORDS, unitReadability } from './readability';
import { positiveOr } from './words';

export interface WritingHover {
  markdown: string;
  span: Span;
}

const inside = (span: Span, offset: number) => offset >= span.start && offset <= span.end;

export function abbreviationHover(result: CheckResult, config: ResolvedConfig, locale: Locale, offset: number): WritingHover | undefined {
  const found = abbreviationAt(result.doc, tableFromConfig(config), offset);
  return found && { markdown: formatMessage(locale, 'hover.abbreviation', { abbreviation: found.abbreviation, expansion: found.expansion }), span: found.span };
}

/** The b1MaxWords of the readability rule's options, so that hover and the rule agree. */
export function b1MaxWords(config: ResolvedConfig): number {
  return positiveOr(config.rules.readability?.options?.b1MaxWords, DEFAULT_B1_MAX_WORDS);
}

export function readabilityHover(result: CheckResult, config: ResolvedConfig, locale: Locale, offset: number): WritingHover | undefined {
  const headingLine = (span: Span) => result.doc.lineIndex.positionAt(span.start).line;
  const line = result.doc.lineIndex.positionAt(offset).line;
  // Only on a heading's line: the prose is tokenized for hover only when the user asks there.
  const onHeading = result.doc.sections.some((section) => section.headingLine === line) || result.doc.beantwoording?.parsed.answers.some((answer) => answer.labelSpan && headingLine(answer.labelSpan) === line);
  if (!onHeading) return undefined;
  const unit = result.prose().units.find((candidate) => inside(candidate.headingSpan, offset));
  if (!unit) return undefined;
  const b1 = b1MaxWords(config);
  const figures = unitReadability(unit.sentences, { b1MaxWords: b1 });
  const markdown =
    figures.fleschDouma === undefined || figures.b1Share === undefined
      ? formatMessage(locale, 'hover.readability.none')
      : formatMessage(locale, 'hover.readability', { score: figures.fleschDouma, share: Math.round(figures.b1Share * 100), sentences: figures.sentences, b1, words: figures.words });
  return { markdown, span: unit.headingSpan };
}
