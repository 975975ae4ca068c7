// Sections (spec §3): identified by their normalised heading text, not by heading depth.
import { MOTIVERING_LABEL, NIET_OPENBAAR_ID, type SectionDef } from '../catalog';
import { closestMatch } from '../text';
import { sectionNamer } from './header';
import type { Section, SourceLine } from './types';

function titleSpanOf(line: SourceLine): { start: number; end: number } {
  const words = line.plain;
  const at = words ? line.text.indexOf(words.split(' ')[0]) : -1;
  if (at < 0) return line.span;
  // The title runs from its first word to the last word character before any closing markup.
  const lastWord = words.split(' ').pop()!;
  const endAt = line.text.lastIndexOf(lastWord) + lastWord.length;
  return { start: line.span.start + at, end: line.span.start + Math.max(endAt, at) };
}

function newSection(line: SourceLine, def: SectionDef | undefined): Section {
  return {
    def,
    title: line.plain,
    headingSpan: line.span,
    titleSpan: titleSpanOf(line),
    headingLine: line.index,
    depth: line.block === 'heading' ? (line.headingDepth ?? 0) : 0,
    span: line.span,
    lastLine: line.index,
    hasText: false,
    subheadings: [],
  };
}

const isComment = (line: SourceLine) => line.block === 'html' && /^\s*<!--.*-->\s*$/.test(line.text);

export function parseSections(
  lines: SourceLine[],
  firstLine: number,
  defs: readonly SectionDef[],
  residue: ReadonlySet<number>,
  textLength: number,
): Section[] {
  const sectionNamed = sectionNamer(defs);
  const sections: Section[] = [];
  const names = defs.flatMap((def) => [def.name, ...def.aliases]);
  let current: Section | undefined;
  for (let index = firstLine; index < lines.length; index++) {
    const line = lines[index];
    const def = sectionNamed(line);
    if (def) {
      current = newSection(line, def);
      sections.push(current);
      continue;
    }
    if (current?.def?.id === NIET_OPENBAAR_ID && line.key === MOTIVERING_LABEL && (line.block === 'heading' || line.block === 'paragraph')) {
      current.motivering = { title: line.plain, span: line.span, line: index, depth: line.headingDepth ?? 0 };
      current.subheadings.push(current.motivering);
      continue;
    }
    if (line.block === 'heading' && line.plain !== '') {
      // A deeper heading inside a section is a sub-heading, unless it looks like a misspelt section name.
      const isSubheading = current !== undefined && current.depth > 0 && (line.headingDepth ?? 0) > current.depth && !closestMatch(line.plain, names);
      if (isSubheading) {
        current!.subheadings.push({ title: line.plain, span: line.span, line: index, depth: line.headingDepth ?? 0 });
      } else {
        current = newSection(line, undefined);
        sections.push(current);
      }
      continue;
    }
    if (current && line.block !== 'blank' && !residue.has(index) && !isComment(line)) current.hasText = true;
  }
  for (let i = 0; i < sections.length; i++) {
    const next = sections[i + 1];
    const lastLine = next ? next.headingLine - 1 : lines.length - 1;
    sections[i].lastLine = Math.max(lastLine, sections[i].headingLine);
    sections[i].span = { start: sections[i].headingSpan.start, end: next ? next.headingSpan.start : textLength };
  }
  return sections;
}
