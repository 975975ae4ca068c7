// Reads the header block (spec §2): fields in any order and either form, cue, onderwerp, purpose line.
import { FIELDS, type FieldKey, type SectionDef } from '../catalog';
import { keyOfPlain } from '../text';
import type { Span } from '../types';
import type { Header, HeaderField, Pagina, PurposeLine, SourceLine } from './types';
import { joinHyphenation } from '../beantwoording/hyphenation';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LABELS = FIELDS.flatMap((field) => field.labels.map((label) => ({ label, key: field.key }))).sort(
  (a, b) => b.label.length - a.label.length,
);
// Applied to a line without its leading whitespace. Each part can match in one way only (no two
// adjacent quantifiers over the same characters), so a long line cannot make it backtrack.
const FIELD_LINE = new RegExp(
  String.raw`^(?:#{1,6} +)?(?:\*\*|__|<b>|<strong>|\*|_)? ?(${LABELS.map((l) => escape(l.label).replace(/ /g, ' +')).join('|')})(?=$|[\s:*_<])((?:\*\*|__|<\/b>|<\/strong>|[*_: \t])*)(.*)$`,
  'id',
);
const PURPOSE_LINE = /^(?:#{1,6} +)?(?:\*\*|__|<b>)? ?(TER) +(\p{L}+)(?:\*\*|__|<\/b>)?$/iud;
const PAGINA_LINE = /^pagina (\d{1,4}) van (\d{1,4})$/i;

function leadingWhitespace(text: string): number {
  return text.length - text.trimStart().length;
}

export interface FieldMatch {
  key: FieldKey;
  label: string;
  labelSpan: Span;
  value: string;
  valueSpan?: Span;
  /** The label was wrapped in emphasis or followed by a colon: clearly meant as a label. */
  emphasised: boolean;
}

export function matchField(line: SourceLine): FieldMatch | undefined {
  if (line.block === 'code' || line.block === 'table' || line.block === 'blank') return undefined;
  const lead = leadingWhitespace(line.text);
  const match = FIELD_LINE.exec(line.text.slice(lead));
  if (!match?.indices) return undefined;
  const labelText = match[1].replace(/ +/g, ' ').toLowerCase();
  const key = LABELS.find((l) => l.label === labelText)?.key;
  if (!key) return undefined;
  const [labelStart, labelEnd] = match.indices[1]!.map((offset) => offset + lead);
  const rawValue = match[3];
  const valueStartInLine = lead + match.indices[3]![0] + leadingWhitespace(rawValue);
  const trimmed = rawValue.trim();
  const value = trimmed.replace(/^(?:\*\*|__|<b>|\*|_)+|(?:\*\*|__|<\/b>|\*|_)+$/g, '').trim();
  const base = line.span.start;
  return {
    key,
    label: match[1],
    labelSpan: { start: base + labelStart, end: base + labelEnd },
    value,
    valueSpan: value ? { start: base + valueStartInLine, end: base + valueStartInLine + trimmed.length } : undefined,
    emphasised: match[2].includes(':') || /[*_>]/.test(line.text.slice(0, labelStart)),
  };
}

export function matchPurpose(line: SourceLine, requireUpperCase: boolean): PurposeLine | undefined {
  if (line.block === 'code' || line.block === 'table' || line.block === 'blank') return undefined;
  const lead = leadingWhitespace(line.text);
  const match = PURPOSE_LINE.exec(line.text.slice(lead).trimEnd());
  if (!match?.indices) return undefined;
  if (requireUpperCase && (match[1] !== 'TER' || match[2] !== match[2].toUpperCase())) return undefined;
  const [start, end] = match.indices[2]!;
  return {
    value: match[2].toUpperCase(),
    valueSpan: { start: line.span.start + lead + start, end: line.span.start + lead + end },
    span: line.span,
    line: line.index,
    marked: line.block === 'heading',
  };
}

export function matchPagina(line: SourceLine): Pagina | undefined {
  const match = PAGINA_LINE.exec(line.plain);
  return match ? { page: Number(match[1]), of: Number(match[2]), span: line.span } : undefined;
}

export function isCue(line: SourceLine): boolean {
  return line.key === 'nota';
}

/** The catalog entry a line names, when the whole line is a section name or alias. */
/** The section a heading or paragraph line names (by its name or an alias), for one set of section definitions. */
export type SectionNamer = (line: SourceLine) => SectionDef | undefined;

export function sectionNamer(sections: readonly SectionDef[]): SectionNamer {
  const byKey = new Map<string, SectionDef>();
  for (const section of sections) {
    for (const name of [section.name, ...section.aliases]) {
      const key = keyOfPlain(name);
      if (!byKey.has(key)) byKey.set(key, section);
    }
  }
  return (line) => (line.block === 'heading' || line.block === 'paragraph' ? byKey.get(line.key) : undefined);
}

function fieldFromMatch(match: FieldMatch, labelLine: SourceLine, valueLine?: SourceLine): HeaderField {
  if (valueLine) {
    return {
      key: match.key,
      label: match.label,
      labelSpan: match.labelSpan,
      value: valueLine.plain,
      valueSpan: { start: valueLine.span.start + (valueLine.text.length - valueLine.text.trimStart().length), end: valueLine.span.start + valueLine.text.trimEnd().length },
      span: { start: labelLine.span.start, end: valueLine.span.end },
      lastLine: valueLine.index,
    };
  }
  return { ...match, span: labelLine.span, lastLine: labelLine.index };
}

interface LineClassifier {
  isSectionStart(line: SourceLine): boolean;
}

/**
 * A field written as a label line reads its value from the next non-empty line, unless that line is
 * itself structure (another label, the purpose, a section): then the field is empty (seed 001).
 */
export function readField(lines: SourceLine[], index: number, limit: number, classifier: LineClassifier): HeaderField | undefined {
  const line = lines[index];
  const match = matchField(line);
  if (!match) return undefined;
  if (match.value) return fieldFromMatch(match, line);
  let next = index + 1;
  while (next < limit && lines[next].block === 'blank') next++;
  const candidate = lines[next];
  const isStructure =
    !candidate ||
    next >= limit ||
    classifier.isSectionStart(candidate) ||
    matchField(candidate) !== undefined ||
    matchPurpose(candidate, false) !== undefined ||
    matchPagina(candidate) !== undefined ||
    isCue(candidate) ||
    candidate.block === 'heading';
  return isStructure ? fieldFromMatch(match, line) : fieldFromMatch(match, line, candidate);
}

export function parseHeader(lines: SourceLine[], sectionNamed: SectionNamer, paginas: Pagina[], residue: Set<number>): Header {
  const header: Header = { fields: [], duplicates: [], purposes: [], endLine: lines.length };
  const classifier = { isSectionStart: (line: SourceLine) => sectionNamed(line) !== undefined };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line.block === 'blank' || line.block === 'html' || line.block === 'code') continue;
    if (classifier.isSectionStart(line) || (line.block === 'heading' && header.onderwerp && !isHeaderLine(line))) {
      header.endLine = index;
      break;
    }
    const pagina = matchPagina(line);
    if (pagina) {
      paginas.push(pagina);
      residue.add(index);
      continue;
    }
    if (isCue(line)) {
      header.cue ??= line.span;
      header.cueLine ??= index;
      continue;
    }
    const purpose = matchPurpose(line, false);
    if (purpose) {
      header.purposes.push(purpose);
      continue;
    }
    const field = readField(lines, index, lines.length, classifier);
    // "Aan"/"Van" with an inline value are ordinary words too: once seen, a second one is text.
    const alreadySeen = field && header.fields.some((f) => f.key === field.key);
    if (field && !(alreadySeen && field.valueSpan && field.lastLine === index && (field.key === 'aan' || field.key === 'van'))) {
      (alreadySeen ? header.duplicates : header.fields).push(field);
      index = field.lastLine;
      continue;
    }
    if (!header.onderwerp) index = readOnderwerp(lines, index, header, classifier);
  }
  return header;
}

function isHeaderLine(line: SourceLine): boolean {
  return isCue(line) || matchPurpose(line, false) !== undefined || matchField(line) !== undefined;
}

/** The onderwerp: the first paragraph that is not a field; it may wrap over lines. */
function readOnderwerp(lines: SourceLine[], first: number, header: Header, classifier: LineClassifier): number {
  let last = first;
  if (lines[first].block !== 'heading') {
    while (
      last + 1 < lines.length &&
      lines[last + 1].block === 'paragraph' &&
      !classifier.isSectionStart(lines[last + 1]) &&
      !isHeaderLine(lines[last + 1]) &&
      !matchPagina(lines[last + 1])
    ) {
      last++;
    }
  }
  // A subject pasted from a PDF may break a word at a line end ("forme-" / "rende"): join it as the body is joined.
  const text = joinHyphenation(
    lines
      .slice(first, last + 1)
      .map((line) => line.plain)
      .join('\n'),
  )
    .text.replace(/\s+/g, ' ')
    .trim();
  header.onderwerp = {
    text,
    span: { start: lines[first].span.start, end: lines[last].span.end },
    firstLine: first,
    lastLine: last,
  };
  return last;
}
