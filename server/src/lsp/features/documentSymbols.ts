// The outline: the nota with its header fields and sections; empty and missing sections marked.
import { type CancellationToken, type DocumentSymbol, type DocumentSymbolParams, SymbolKind } from 'vscode-languageserver';
import { fieldDef } from '../../core/catalog';
import { formatMessage } from '../../core/messages';
import type { NotaDocument, Section } from '../../core/model/types';
import { knownSections } from '../../core/model/placement';
import { isRequired } from '../../core/model/placement';
import type { Locale, Span } from '../../core/types';
import { toRange } from '../convert';
import type { DocumentContext } from '../service';

function symbol(doc: NotaDocument, name: string, kind: SymbolKind, span: Span, selection: Span, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  return {
    name: name || '…',
    detail,
    kind,
    range: toRange(doc.lineIndex, span),
    selectionRange: toRange(doc.lineIndex, selection),
    children,
  };
}

function headerSymbol(doc: NotaDocument, locale: Locale): DocumentSymbol | undefined {
  const { header } = doc;
  const children: DocumentSymbol[] = [];
  for (const purpose of header.purposes) children.push(symbol(doc, `TER ${purpose.value}`, SymbolKind.Event, purpose.span, purpose.span));
  for (const field of header.fields) children.push(symbol(doc, fieldDef(field.key).label, SymbolKind.Field, field.span, field.labelSpan, field.value));
  if (children.length === 0 && !header.onderwerp) return undefined;
  const first = doc.lines.find((line) => line.block !== 'blank' && line.block !== 'html');
  const lastLine = Math.max(0, header.endLine - 1);
  const span = { start: first?.span.start ?? 0, end: doc.lines[lastLine].span.end };
  if (span.end < span.start) return undefined;
  return symbol(doc, formatMessage(locale, 'outline.header'), SymbolKind.Namespace, span, first?.span ?? span, header.onderwerp?.text, children);
}

/** A section's last line that is not blank: the blank lines after it belong to no section. */
function lastTextLine(doc: NotaDocument, section: Section): number {
  let line = section.lastLine;
  while (line > section.headingLine && doc.lines[line].block === 'blank') line--;
  return line;
}

function sectionSymbol(doc: NotaDocument, section: Section, locale: Locale): DocumentSymbol {
  const end = doc.lines[lastTextLine(doc, section)].span.end;
  const span = { start: section.headingSpan.start, end: Math.max(end, section.headingSpan.end) };
  const children = section.subheadings.map((sub) => symbol(doc, sub.title, SymbolKind.String, sub.span, sub.span));
  const detail = section.hasText ? undefined : formatMessage(locale, 'outline.empty');
  return symbol(doc, section.title, section.def ? SymbolKind.Module : SymbolKind.String, span, section.headingSpan, detail, children);
}

/**
 * A beantwoording: each question a symbol, with its answer as a child. "Vraag 1" and "Antwoord 1" are the
 * document's own terms, as written in it: they stay Dutch whatever the display language (as section names do).
 */
const DOCUMENT_LOCALE: Locale = 'nl';

function questionSymbols(doc: NotaDocument, token: CancellationToken): DocumentSymbol[] {
  const parsed = doc.beantwoording?.parsed;
  if (!parsed) return [];
  const symbols: DocumentSymbol[] = [];
  for (const [i, question] of parsed.questions.entries()) {
    if (token.isCancellationRequested) return [];
    // a combined label ("Vraag 2 en 3") is one symbol
    if (i > 0 && parsed.questions[i - 1].labelSpan.start === question.labelSpan.start) continue;
    const combined = [question.number];
    for (let j = i + 1; j < parsed.questions.length && parsed.questions[j].labelSpan.start === question.labelSpan.start; j++) combined.push(parsed.questions[j].number);
    const numbers = combined.join(', ');
    const answer = question.answer;
    const preview = (span: Span) => doc.text.slice(span.start, Math.min(span.end, span.start + 80)).replace(/\s+/g, ' ').trim();
    const children = answer
      ? [symbol(doc, formatMessage(DOCUMENT_LOCALE, 'outline.answer', { number: answer.number ?? question.number }), SymbolKind.String, answer.span, answer.labelSpan ?? answer.bodySpan, preview(answer.bodySpan))]
      : [];
    const end = answer ? Math.max(answer.span.end, question.span.end) : question.span.end;
    symbols.push(
      symbol(doc, formatMessage(DOCUMENT_LOCALE, 'outline.question', { number: numbers }), SymbolKind.Object, { start: question.span.start, end }, question.labelSpan, preview(question.bodySpan), children),
    );
  }
  return symbols;
}

export function documentSymbols({ result: { doc }, config, locale }: DocumentContext, _params: DocumentSymbolParams, token: CancellationToken): DocumentSymbol[] {
  if (token.isCancellationRequested) return [];
  if (doc.kind === 'beantwoording') return questionSymbols(doc, token);
  const children: DocumentSymbol[] = [];
  const header = headerSymbol(doc, locale);
  if (header) children.push(header);
  for (const section of doc.sections) {
    if (token.isCancellationRequested) return [];
    children.push(sectionSymbol(doc, section, locale));
  }
  const present = new Set(knownSections(doc).map((section) => section.def.id));
  // a letter (brief) has no required sections
  const missing = doc.kind === 'brief' ? [] : config.sections.filter((def) => !present.has(def.id) && isRequired(def, doc)).map((def) => def.name);
  const whole = { start: 0, end: doc.text.length };
  const name = doc.header.onderwerp?.text ?? 'nota';
  const selection = doc.header.onderwerp?.span ?? { start: 0, end: 0 };
  const detail = missing.length > 0 ? formatMessage(locale, 'outline.missing', { sections: missing.join(', ') }) : undefined;
  return [symbol(doc, name.length > 80 ? `${name.slice(0, 79)}…` : name, SymbolKind.File, whole, selection, detail, children)];
}
