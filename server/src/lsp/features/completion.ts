// Completion: header field labels, purposes after TER, the missing sections in canonical order at a
// heading, Woo ground codes inside a marker, month names after a day number, today's date, in an empty
// document the whole nota per purpose or the beantwoording, and the snippets (snippets/snippets.ts) where
// each makes sense, described in the display language.
import { type CancellationToken, type CompletionItem, CompletionItemKind, type CompletionParams, InsertTextFormat } from 'vscode-languageserver';
import { DEFAULT_SECTIONS, FIELDS } from '../../core/catalog';
import { MONTHS, todayInDutch } from '../../core/dates';
import { formatMessage, formatWithArgs, purposeDescription } from '../../core/messages';
import type { NotaDocument } from '../../core/model/types';
import { knownSections } from '../../core/model/placement';
import { isRequired } from '../../core/model/placement';
import { WOO_GROUNDS } from '../../core/woo';
import { answerLabelFor } from '../../core/beantwoording';
import { documentSnippets, type Snippet, wholeDocumentSnippets } from '../../../../snippets/snippets';
import type { DocumentContext } from '../service';

export const COMPLETION_TRIGGERS = ['#', '[', ' '];

/** The document context, with the document's model at hand. */
type Context = DocumentContext & { doc: NotaDocument };

function todayItem({ locale, now }: Context, sortText = '0'): CompletionItem {
  const date = todayInDutch(now);
  return { label: date, kind: CompletionItemKind.Value, detail: formatMessage(locale, 'completion.today', { date }), sortText, insertText: date };
}

function sectionItems({ doc, config, locale }: Context, prefix: string): CompletionItem[] {
  const present = new Set(knownSections(doc).map((section) => section.def.id));
  return config.sections
    .filter((def) => !present.has(def.id))
    .map((def, index) => {
      const required = isRequired(def, doc);
      return {
        label: def.name,
        kind: CompletionItemKind.Module,
        detail: formatMessage(locale, required ? 'completion.missing-required' : 'completion.missing-optional'),
        documentation: formatWithArgs(locale, def.description.message, def.description.args),
        // The missing required sections first, each group in canonical order.
        sortText: `${required ? 0 : 1}${String(index).padStart(2, '0')}`,
        insertText: `${prefix}${def.name}\n\n\${1:${def.placeholder.replace(/[$}\\]/g, '\\$&')}}`,
        insertTextFormat: InsertTextFormat.Snippet,
      };
    });
}

function fieldItems({ doc, locale }: Context): CompletionItem[] {
  const present = new Set(doc.header.fields.map((field) => field.key));
  return FIELDS.filter((field) => !present.has(field.key)).map((field, index) => ({
    label: field.label,
    kind: CompletionItemKind.Field,
    detail: formatMessage(locale, 'completion.field'),
    sortText: String(index).padStart(2, '0'),
    insertText: `**${field.label}**  \n$0`,
    insertTextFormat: InsertTextFormat.Snippet,
  }));
}

/** A Vraag/Antwoord pair numbered after the last question before the cursor, in the document's label style. */
function questionPairItem({ doc, locale }: Context, offset: number): CompletionItem | undefined {
  const parsed = doc.beantwoording?.parsed;
  if (!parsed) return undefined;
  const before = parsed.questions.filter((question) => question.span.start < offset);
  const number = (before.at(-1)?.number ?? 0) + 1;
  const questionLabel = before.at(-1) ? doc.text.slice(before.at(-1)!.labelSpan.start, before.at(-1)!.numberSpan.start) : 'Vraag ';
  return {
    label: `${questionLabel.replace(/[*_]/g, '').trim()} ${number}`, // the label without its bold markers
    kind: CompletionItemKind.Snippet,
    detail: formatMessage(locale, 'completion.question-pair', { number }),
    sortText: '0',
    insertText: `${questionLabel}${number}\n\${1:[vraag]}\n\n${answerLabelFor(parsed, number)}\n\${2:[antwoord]}\n`,
    insertTextFormat: InsertTextFormat.Snippet,
  };
}

/**
 * A whole nota per purpose, or the beantwoording, in a document that holds nothing yet but the word being
 * typed: never inside an existing nota.
 */
function wholeDocumentItems(context: Context, line: number): CompletionItem[] {
  const { doc } = context;
  if (doc.lines.some((other, index) => index !== line && other.block !== 'blank') || !/^\s*[\w-]*$/.test(doc.lines[line].text)) return [];
  const scope = doc.kind === 'beantwoording' ? 'nota-kv' : 'nota';
  return wholeDocumentSnippets()
    .filter((snippet) => snippet.scope.split(',').includes(scope))
    .map((snippet, index) => snippetItem(context, snippet.prefix[0], snippet, `0${String(index).padStart(2, '0')}`));
}

/** A snippet under its prefix (the label users type), described in the display language; what it inserts is Dutch. */
function snippetItem({ locale }: Context, prefix: string, snippet: Snippet, sortText: string, number?: number): CompletionItem {
  // The Vraag and the bijlage row are numbered after the last one: the default of the first tab stop.
  const body = number === undefined ? snippet.body : snippet.body.map((line) => line.replace(/^(\*\*Vraag |\*\*Antwoord |\| )\$\{1:\d+\}/, `$1\${1:${number}}`));
  const description = formatWithArgs(locale, snippet.description.message, number === undefined ? snippet.description.args : { ...snippet.description.args, number });
  return { label: prefix, kind: CompletionItemKind.Snippet, labelDetails: { description }, detail: description, sortText, insertText: body.join('\n'), insertTextFormat: InsertTextFormat.Snippet };
}

/**
 * The snippets for inside a document, where each makes sense: a redaction marker once `la` or `wo` is typed;
 * at the start of a line in the body of a nota a section that is not there yet (`sectie-…`, `woo-motivering`),
 * the Bijlagen table when there is none, a row after its last row; in a beantwoording the next Vraag/Antwoord.
 */
function documentSnippetItems(context: Context, line: number, before: string, offset: number): CompletionItem[] {
  const { doc } = context;
  const snippets = documentSnippets();
  const items: CompletionItem[] = [];
  const offer = (prefix: string, number?: number) => items.push(snippetItem(context, prefix, snippets.get(prefix)!, `5${String(items.length).padStart(2, '0')}`, number));
  const atLineStart = /^\s*[\w-]*$/.test(before);
  if (doc.kind === 'nota' && atLineStart && line >= doc.header.endLine) {
    const present = new Set(knownSections(doc).map((section) => section.def.id));
    for (const def of DEFAULT_SECTIONS) if (!present.has(def.id)) offer(`sectie-${def.id}`);
    if (!present.has('niet-openbaar')) offer('woo-motivering');
    if (!doc.bijlagen) offer('bijlagen-tabel');
    else if (doc.bijlagen.form === 'gfm') offer('bijlage-rij', doc.bijlagen.rows.length + 1);
  }
  if (doc.kind === 'beantwoording' && atLineStart && doc.beantwoording) {
    offer('vraag', (doc.beantwoording.parsed.questions.filter((question) => question.span.start < offset).at(-1)?.number ?? 0) + 1);
  }
  // Only once its prefix is being typed: a space triggers completion, and in running prose nothing may be
  // offered that Enter would accept.
  const word = /(?:^|[\s(])([\w-]+)$/.exec(before)?.[1].toLowerCase();
  for (const prefix of ['lak', 'woo-grond']) if (word && prefix.startsWith(word)) offer(prefix);
  return items;
}

export function completion(documentContext: DocumentContext, { position }: CompletionParams, token: CancellationToken): CompletionItem[] {
  if (token.isCancellationRequested) return [];
  const context: Context = { ...documentContext, doc: documentContext.result.doc };
  const { doc, config, locale } = context;
  const line = doc.lines[position.line];
  if (!line) return [];
  const before = line.text.slice(0, position.character);

  if (/\[[\d.a-z]*$/i.test(before)) {
    return WOO_GROUNDS.map((ground, index) => ({
      label: ground.code,
      kind: CompletionItemKind.EnumMember,
      detail: ground.article,
      documentation: ground[locale],
      sortText: String(index).padStart(2, '0'),
    }));
  }
  if (/\bTER\s+[A-Za-z]*$/i.test(before)) {
    // The one-line description on every row of the list (labelDetails), not only in the focused item's details.
    return config.purposes.map((purpose) => {
      const description = purposeDescription(locale, purpose);
      return { label: purpose, kind: CompletionItemKind.EnumMember, labelDetails: description ? { description } : undefined, detail: formatMessage(locale, 'completion.purpose'), documentation: description };
    });
  }
  if (/(?:^|\s)\d{1,2}\s+[a-z]*$/i.test(before)) {
    return MONTHS.map((month, index) => ({ label: month, kind: CompletionItemKind.Value, sortText: String(index).padStart(2, '0') }));
  }
  if (doc.kind === 'nota' && /^\s*#{1,6}\s*$/.test(before)) {
    return sectionItems(context, before.endsWith(' ') ? '' : ' ');
  }
  const previous = doc.lines.slice(0, position.line).reverse().find((candidate) => candidate.block !== 'blank');
  if (previous && /^\s*(?:\*\*|__)?datum(?:\*\*|__)?:?\s*$/i.test(previous.text) || /datum:?\s*(?:\*\*)?\s*$/i.test(before)) {
    return [todayItem(context)];
  }
  const whole = wholeDocumentItems(context, position.line);
  if (whole.length > 0) return whole;
  const offset = doc.lineIndex.offsetAt(position);
  const snippets = documentSnippetItems(context, position.line, before, offset);
  if (doc.kind === 'beantwoording' && /^\s*\w*$/.test(before)) {
    const pair = questionPairItem(context, offset);
    return pair ? [pair, ...snippets] : snippets;
  }
  if (doc.kind === 'nota' && /^\s*\w*$/.test(before)) {
    const inHeader = position.line < doc.header.endLine;
    return [...(inHeader ? fieldItems(context) : sectionItems(context, '### ')), todayItem(context, '9'), ...snippets];
  }
  return snippets;
}
