// text → Markdown parse (model/parse.ts) → NotaDocument. The single place where text is parsed; rules read the result.
import type { Root, RootContent } from 'mdast';
import { checkStructure, looksLikeBeantwoording, parseBeantwoording } from '../beantwoording';
import { BIJLAGEN_ID } from '../catalog';
import { findDates, parseDutchDate } from '../dates';
import { detectPersonalData } from '../pii';
import type { ResolvedConfig } from '../config';
import { LineIndex, dominantEol } from '../text';
import type { DocumentKind, Span } from '../types';
import { parseBijlagen } from './bijlagen';
import { findDirectives, kindOverride } from './directives';
import { matchField, matchPagina, parseHeader, readField, sectionNamed } from './header';
import { buildLines } from './lines';
import { parseForModel } from './parse';
import { findBijlageReferences, findKamerIds } from './identifiers';
import { findRedactions } from './redactions';
import { parseSections } from './sections';
import type { HeaderField, NotaDocument, Pagina, SourceLine } from './types';
import { partitionPoint } from '../search';

export interface BuildOptions {
  /** File name or path, for kind detection by extension. */
  fileName?: string;
  /** Forced kind (CLI `--type`). */
  kind?: DocumentKind;
  /** The text will be re-checked after edits: cache what each block and line gives (see `parseForModel`). */
  incremental?: boolean;
  config: ResolvedConfig;
}

function kindByExtension(fileName: string | undefined): DocumentKind | undefined {
  if (!fileName) return undefined;
  if (/\.kv\.(?:md|txt)$/i.test(fileName)) return 'beantwoording';
  if (/\.nota(?:\.md|\.txt)?$/i.test(fileName)) return 'nota';
  return undefined;
}


export function buildNotaDocument(text: string, options: BuildOptions): NotaDocument {
  const lineIndex = new LineIndex(text);
  const mdast = parseForModel(text, options.incremental);
  const lines = buildLines(text, lineIndex, mdast, options.incremental);
  const sectionDefs = options.config.sections;
  const paginas: Pagina[] = [];
  const residue = new Set<number>();

  const header = parseHeader(lines, sectionDefs, paginas, residue);
  const hasNotaHeader = header.purposes.length > 0 || header.fields.some((f) => f.key === 'referentie' || f.key === 'aan');
  const override = kindOverride(text);
  const byExtension = kindByExtension(options.fileName);
  let kind: DocumentKind;
  let kindSource: NotaDocument['kindSource'];
  if (override) [kind, kindSource] = [override, 'override'];
  else if (options.kind) [kind, kindSource] = [options.kind, 'option'];
  else if (byExtension === 'beantwoording') [kind, kindSource] = [byExtension, 'extension'];
  else if (!hasNotaHeader && looksLikeBeantwoording(text)) [kind, kindSource] = ['beantwoording', 'content'];
  else [kind, kindSource] = ['nota', byExtension ? 'extension' : 'content'];

  const runningHeaders = findRunningHeaders(lines, header.endLine, sectionDefs, residue);
  for (let index = header.endLine; index < lines.length; index++) {
    const pagina = matchPagina(lines[index]);
    if (pagina) {
      paginas.push(pagina);
      residue.add(index);
    }
  }
  const sections = parseSections(lines, header.endLine, sectionDefs, residue, text.length);
  const bijlagenSection = sections.find((section) => section.def?.id === BIJLAGEN_ID);
  const parsed = kind === 'beantwoording' ? parseBeantwoording(text) : undefined;
  const excluded = excludedSpans(mdast);
  const isExcluded = (offset: number) => insideAny(excluded, offset);
  const headerEnd = header.endLine < lines.length ? lines[header.endLine].span.start : text.length;
  const bijlagen = bijlagenSection && parseBijlagen(bijlagenSection, lines, mdast);
  const datum = header.fields.find((field) => field.key === 'datum')?.value;
  const parsedDatum = datum ? parseDutchDate(datum) : null;
  const redactions = findRedactions(text);
  const author = header.fields.find((field) => field.key === 'opgesteldDoor')?.value;

  return {
    text,
    lineIndex,
    lines,
    eol: dominantEol(text),
    kind,
    kindSource,
    header,
    sections,
    runningHeaders,
    paginas,
    bijlagen,
    dates: findDates(text).filter((date) => !isExcluded(date.span.start)),
    notaDate: parsedDatum?.exists && parsedDatum.year !== null ? { year: parsedDatum.year, month: parsedDatum.month, day: parsedDatum.day } : undefined,
    kamerIds: findKamerIds(text).filter((id) => !isExcluded(id.span.start)),
    bijlageReferences: findBijlageReferences(
      text,
      (offset) => offset < headerEnd || isExcluded(offset) || (bijlagen !== undefined && offset >= bijlagen.span.start && offset < bijlagen.span.end),
    ),
    redactions,
    personalData: detectPersonalData(text, {
      publicPersons: options.config.publicPersons,
      civilServantNames: author && !redactions.some((r) => author.includes(text.slice(r.span.start, r.span.end))) ? [author] : [],
      excluded: [...excluded, ...redactions.map((r) => r.span)].sort((a, b) => a.start - b.start),
      incremental: options.incremental,
    }),
    directives: findDirectives(mdast, lineIndex),
    residueLines: residue,
    beantwoording: parsed && { parsed, issues: checkStructure(parsed) },
  };
}

/** Whether an offset lies in one of the sorted, non-overlapping spans (binary search: no quadratic cost). */
function insideAny(spans: readonly Span[], offset: number): boolean {
  const first = spans[partitionPoint(spans.length, (i) => spans[i].end <= offset)];
  return first !== undefined && first.start <= offset;
}

/** Code, inline code and HTML: text that is not prose. In document order. */
function excludedSpans(tree: Root): Span[] {
  const spans: Span[] = [];
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if ((node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') && start !== undefined && end !== undefined) {
        spans.push({ start, end });
      } else if ('children' in node) {
        visit(node.children as RootContent[]);
      }
    }
  };
  visit(tree.children);
  return spans;
}

/**
 * PDF page headers repeat Onze referentie and Datum in the body (seed 000). Only label lines count
 * (a label alone on its line, or an emphasised label), so a sentence starting with "Datum" does not.
 */
function findRunningHeaders(lines: SourceLine[], from: number, sectionDefs: ResolvedConfig['sections'], residue: Set<number>): HeaderField[] {
  const found: HeaderField[] = [];
  const classifier = { isSectionStart: (line: SourceLine) => sectionNamed(line, sectionDefs) !== undefined };
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
