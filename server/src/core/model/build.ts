// source layer (source/) → NotaDocument: the header, sections, bijlagen, identifiers and the structure of a
// beantwoording, read from the lines, blocks and tables of the source. Rules read the result.
import { labelEvidence, letterMarkers, opensLikeKamervragen, parseBeantwoording, type Beantwoording } from '../beantwoording';
import { BIJLAGEN_ID } from '../catalog';
import type { ResolvedConfig } from '../config';
import { findDates, parseDutchDate } from '../dates';
import { detectPersonalData, type PiiCandidate } from '../pii';
import type { Tok } from '../pii/nameparse';
import { partitionPoint } from '../search';
import { readSource } from '../source/document';
import type { PublicationFacts } from '../publication/types';
import { BUDGET_RULE_ID, budgetFromOptions } from '../source/parse-budget';
import type { PieceReaders, SourceDocument } from '../source/types';
import type { BlockTokenizer } from '../writing/prose';
import { dominantEol } from '../text';
import { groundsNamedIn } from '../woo';
import type { MessageId } from '../messages';
import type { DocumentKind, Span } from '../types';
import { parseBijlagen } from './bijlagen';
import { matchField, matchPagina, parseHeader, readField, sectionNamer, type SectionNamer } from './header';
import { findBijlageReferences, findKamerIds } from './identifiers';
import { findRedactions } from './redactions';
import { parseSections } from './sections';
import { readHeaderValues } from './values';
import type { Header, HeaderField, NotaDocument, Pagina, SourceLine } from './types';

export interface BuildOptions {
  /** File name or path, for kind detection by extension. */
  fileName?: string;
  /** Forced kind (CLI `--type`). */
  kind?: DocumentKind;
  config: ResolvedConfig;
  /** How pieces of the text are read; the cache layer passes memoised readers for re-checks. */
  readers?: DocumentReaders;
  /** A published PDF or Word file's metadata, hidden content and redactions (`--publication`). */
  publication?: PublicationFacts;
}

/** The readers of a document's pieces: the source's, and the name tokeniser of the personal-data detectors. */
export interface DocumentReaders extends PieceReaders {
  tokens?: (text: string) => Tok[];
  /** The sentences of a paragraph of prose, for the writing rules (writing/prose.ts). */
  sentences?: BlockTokenizer;
}

function kindByExtension(fileName: string | undefined): DocumentKind | undefined {
  if (!fileName) return undefined;
  if (/\.kv\.(?:md|txt)$/i.test(fileName)) return 'beantwoording';
  if (/\.nota(?:\.md|\.txt)?$/i.test(fileName)) return 'nota';
  return undefined;
}


export function buildNotaDocument(text: string, options: BuildOptions): NotaDocument {
  return buildFromSource(readSource(text, options.readers, budgetFromOptions(options.config.rules[BUDGET_RULE_ID]?.options)), options);
}

/** The model of a document from its source layer: the only reader of the source besides the rules. */
export function buildFromSource(source: SourceDocument, options: BuildOptions): NotaDocument {
  const { text, lineIndex, lines, excluded } = source;
  const sectionDefs = options.config.sections;
  const paginas: Pagina[] = [];
  const residue = new Set<number>();

  const sectionNamed = sectionNamer(sectionDefs);
  const header = parseHeader(lines, sectionNamed, paginas, residue);
  const { kind, kindSource, kindReason, parsed: parsedForKind } = decideKind(source, header, options);

  // a letter's header ends at its salutation: Datum and Onze referentie after it are a page header
  const salutation = kind === 'brief' ? lines.findIndex((line) => /^\s*Geachte\s/.test(line.text)) : -1;
  const runningHeaders = findRunningHeaders(lines, salutation >= 0 ? salutation + 1 : header.endLine, sectionNamed, residue);
  for (let index = header.endLine; index < lines.length; index++) {
    const pagina = matchPagina(lines[index]);
    if (pagina) {
      paginas.push(pagina);
      residue.add(index);
    }
  }
  const sections = parseSections(lines, header.endLine, sectionDefs, residue, text.length);
  for (const section of sections) {
    if (section.motivering) section.groundsNamed = groundsNamedIn(text.slice(section.motivering.span.end, lines[section.lastLine].span.end));
  }
  const bijlagenSection = sections.find((section) => section.def?.id === BIJLAGEN_ID);
  const parsed = kind === 'beantwoording' ? (parsedForKind ?? parseBeantwoording(source)) : undefined;
  if (parsed) for (const span of parsed.pageFurniture) markFurnitureLines(lineIndex, span, text, residue);
  const isExcluded = (offset: number) => insideAny(excluded, offset);
  const headerEnd = header.endLine < lines.length ? lines[header.endLine].span.start : text.length;
  const bijlagen = bijlagenSection && parseBijlagen(bijlagenSection, source);
  const datum = header.fields.find((field) => field.key === 'datum')?.value;
  const parsedDatum = datum ? parseDutchDate(datum) : null;
  const redactions = findRedactions(text);
  const author = header.fields.find((field) => field.key === 'opgesteldDoor')?.value;
  const dates = findDates(text).filter((date) => !isExcluded(date.span.start));
  let personalData: PiiCandidate[] | undefined;

  return {
    text,
    source,
    lineIndex,
    lines,
    eol: dominantEol(text),
    kind,
    kindSource,
    kindReason,
    header,
    headerValues: readHeaderValues(header.fields),
    sections,
    runningHeaders,
    paginas,
    bijlagen,
    dates,
    notaDate: parsedDatum?.exists && parsedDatum.year !== null ? { year: parsedDatum.year, month: parsedDatum.month, day: parsedDatum.day } : undefined,
    kamerIds: findKamerIds(text).filter((id) => !isExcluded(id.span.start)),
    bijlageReferences: findBijlageReferences(
      text,
      (offset) => offset < headerEnd || isExcluded(offset) || (bijlagen !== undefined && offset >= bijlagen.span.start && offset < bijlagen.span.end),
    ),
    redactions,
    // Detected on first use: a check with every pii-* rule off never runs the detectors.
    get personalData() {
      personalData ??= detectPersonalData(source, {
        publicPersons: options.config.publicPersons,
        publicAddresses: options.config.publicAddresses,
        civilServantNames: author && !redactions.some((r) => author.includes(text.slice(r.span.start, r.span.end))) ? [author] : [],
        excluded: [...excluded, ...redactions.map((r) => r.span)].sort((a, b) => a.start - b.start),
        dates,
        tokens: options.readers?.tokens,
      });
      return personalData;
    },
    directives: source.directives,
    residueLines: residue,
    publication: options.publication,
    beantwoording: parsed && { parsed },
  };
}

type KindDecision = Pick<NotaDocument, 'kind' | 'kindSource' | 'kindReason'> & { parsed?: Beantwoording };

/** Fields only a nota's header has (a letter has Datum and Onze referentie too). */
const NOTA_ONLY_FIELDS = new Set<string>(['aan', 'van', 'actiefOpenbaar', 'opgesteldDoor', 'samengewerktMet']);

/**
 * The kind, and why: a comment, the option or the file name decide; else the content's evidence is
 * weighed. A purpose line or two fields only a nota has (written as labels, above the first question)
 * make a nota; clear question/answer labels a beantwoording; two marks of a letter (the addressee "Aan
 * de Voorzitter van de Tweede Kamer", "Betreft", "Geachte voorzitter,", a minister's signature) a brief.
 * A wrapped line that starts with "van …" or "aan …", or a field below the first label, is not a field.
 */
function decideKind(source: SourceDocument, header: Header, options: BuildOptions): KindDecision {
  const byExtension = kindByExtension(options.fileName);
  if (source.kindDirective) return { kind: source.kindDirective, kindSource: 'override', kindReason: { message: 'kind.override', args: { kind: source.kindDirective } } };
  if (options.kind) return { kind: options.kind, kindSource: 'option', kindReason: { message: 'kind.option', args: { kind: options.kind } } };
  if (byExtension === 'beantwoording') return { kind: byExtension, kindSource: 'extension', kindReason: { message: 'kind.extension', args: { kind: byExtension } } };
  const content = byExtension ? 'extension' : 'content';
  const purpose = header.purposes[0];
  if (purpose) return { kind: 'nota', kindSource: content, kindReason: { message: 'kind.purpose', args: { purpose: `TER ${purpose.value}` } } };
  const parsed = parseBeantwoording(source);
  const firstLabel = Math.min(parsed.questions[0]?.labelSpan.start ?? Infinity, parsed.answers[0]?.span.start ?? Infinity);
  const notaFields = header.fields.filter(
    (field) => NOTA_ONLY_FIELDS.has(field.key) && field.span.start < firstLabel && /^\p{Lu}/u.test(field.label) && !(field.key === 'aan' && /^de\s+voorzitter\b/i.test(field.value)),
  );
  if (notaFields.length >= 2) return { kind: 'nota', kindSource: content, kindReason: { message: 'kind.nota-fields', args: { fields: notaFields.map((field) => field.label).join(', ') } } };
  const labels = labelEvidence(parsed);
  if (labels.strong) {
    const message = parsed.questionsOnly ? 'kind.questions-only' : 'kind.labels';
    return { kind: 'beantwoording', kindSource: 'content', kindReason: { message, args: { questions: parsed.questions.length, answers: parsed.answers.length } }, parsed };
  }
  const letter = letterMarkers(source.text);
  if (letter.length >= 2 && notaFields.length === 0) return { kind: 'brief', kindSource: 'content', kindReason: { message: 'kind.letter', args: { markers: letter.map((marker) => ({ message: `kind.letter.${marker}` as MessageId })) } } };
  const hasNotaHeader = notaFields.length > 0 || header.fields.some((field) => field.key === 'referentie');
  if (!hasNotaHeader && opensLikeKamervragen(source.text)) return { kind: 'beantwoording', kindSource: 'content', kindReason: { message: 'kind.opening' }, parsed };
  return { kind: 'nota', kindSource: content, kindReason: { message: hasNotaHeader ? 'kind.nota-fields' : 'kind.default', args: { fields: [...notaFields, ...header.fields.filter((field) => field.key === 'referentie')].map((field) => field.label).join(', ') } } };
}

/** Page furniture that fills its lines is PDF residue, as the nota's running header is. */
function markFurnitureLines(lineIndex: NotaDocument['lineIndex'], span: Span, text: string, residue: Set<number>): void {
  const first = lineIndex.lineAt(span.start);
  const last = lineIndex.lineAt(Math.max(span.start, span.end - 1));
  for (let line = first; line <= last; line++) {
    const start = lineIndex.lineStarts[line];
    const end = lineIndex.lineEnd(line);
    if (text.slice(start, span.start).trim() === '' && text.slice(span.end, end).trim() === '') residue.add(line);
  }
}

/** Whether an offset lies in one of the sorted, non-overlapping spans (binary search: no quadratic cost). */
function insideAny(spans: readonly Span[], offset: number): boolean {
  const first = spans[partitionPoint(spans.length, (i) => spans[i].end <= offset)];
  return first !== undefined && first.start <= offset;
}

/**
 * PDF page headers repeat Onze referentie and Datum in the body (seed 000). Only label lines count
 * (a label alone on its line, or an emphasised label), so a sentence starting with "Datum" does not.
 */
function findRunningHeaders(lines: SourceLine[], from: number, sectionNamed: SectionNamer, residue: Set<number>): HeaderField[] {
  const found: HeaderField[] = [];
  const classifier = { isSectionStart: (line: SourceLine) => sectionNamed(line) !== undefined };
  for (let index = from; index < lines.length; index++) {
    const match = matchField(lines[index]);
    if (!match || (match.key !== 'referentie' && match.key !== 'datum')) continue;
    if (match.value && !match.emphasised) continue;
    const field = readField(lines, index, lines.length, classifier);
    if (!field) continue;
    found.push(field);
    for (let line = index; line <= field.lastLine; line++) residue.add(line);
    index = field.lastLine;
  }
  return found;
}
