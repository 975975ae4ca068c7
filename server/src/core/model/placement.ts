// Which sections a nota needs, where inserted text goes and in which style: shared by the fixes that add
// fields, purposes and sections, the outline and completion.
import type { SectionDef } from '../catalog';
import type { ResolvedConfig } from '../config';
import type { NotaDocument, Section } from './types';
import type { TextEdit } from '../types';

/** True when the document is written in Markdown (headings or emphasised labels), not as plain PDF text. */
export function usesMarkdown(doc: NotaDocument): boolean {
  return doc.lines.some((line) => line.block === 'heading' || /^\s*(?:\*\*|__|<b>)/.test(line.text));
}

/** Inserts a block on its own, separated by blank lines, after the given line. */
export function insertAfterLine(doc: NotaDocument, line: number, block: string): TextEdit {
  const at = doc.lines[line].span.end;
  return { span: { start: at, end: at }, newText: `${doc.eol}${doc.eol}${block}` };
}

/** Inserts a block on its own, separated by blank lines, before the given line. */
export function insertBeforeLine(doc: NotaDocument, line: number, block: string): TextEdit {
  const at = doc.lines[line].span.start;
  return { span: { start: at, end: at }, newText: `${block}${doc.eol}${doc.eol}` };
}

/** Appends a block at the end of the text, after exactly one blank line. */
export function appendBlock(doc: NotaDocument, block: string): TextEdit {
  const trailing = /(?:\r\n|\r|\n)*$/.exec(doc.text)![0];
  const start = doc.text.length - trailing.length;
  const separator = start === 0 ? '' : `${doc.eol}${doc.eol}`;
  return { span: { start, end: doc.text.length }, newText: `${separator}${block}${doc.eol}` };
}

export function canonicalIndex(config: ResolvedConfig, def: SectionDef): number {
  return config.sections.findIndex((candidate) => candidate.id === def.id);
}

/** The known sections in document order, first occurrence of each. */
export function knownSections(doc: NotaDocument): (Section & { def: SectionDef })[] {
  const seen = new Set<string>();
  const result: (Section & { def: SectionDef })[] = [];
  for (const section of doc.sections) {
    if (!section.def || seen.has(section.def.id)) continue;
    seen.add(section.def.id);
    result.push(section as Section & { def: SectionDef });
  }
  return result;
}

export interface SectionSlot {
  /** Insert before this section's heading… */
  before?: Section;
  /** …or else after this section (at the end of its text). */
  after?: Section;
}

/** Where a section with the given canonical index belongs among the sections present. */
export function slotFor(config: ResolvedConfig, sections: readonly (Section & { def: SectionDef })[], index: number): SectionSlot {
  const before = sections.find((section) => canonicalIndex(config, section.def) > index);
  if (before) return { before };
  const after = [...sections].reverse().find((section) => canonicalIndex(config, section.def) < index);
  return { after };
}

/** The heading marker to write for a new section: the depth its neighbours use, or `###`. */
export function headingPrefix(doc: NotaDocument, neighbour: Section | undefined): string {
  if (neighbour && neighbour.depth > 0) return `${'#'.repeat(neighbour.depth)} `;
  if (neighbour && neighbour.depth === 0 && !usesMarkdown(doc)) return '';
  return '### ';
}

/** An edit that inserts a whole section (heading and body) into the slot. */
export function insertSectionEdit(doc: NotaDocument, slot: SectionSlot, heading: string, body: string): TextEdit {
  const block = `${heading}${doc.eol}${doc.eol}${body}`;
  if (slot.before) return insertBeforeLine(doc, slot.before.headingLine, block);
  if (slot.after && slot.after.span.end < doc.text.length) {
    const at = slot.after.span.end;
    return { span: { start: at, end: at }, newText: `${block}${doc.eol}${doc.eol}` };
  }
  if (!slot.after && doc.header.endLine < doc.lines.length) return insertBeforeLine(doc, doc.header.endLine, block);
  return appendBlock(doc, block);
}

/** Whether the nota must contain a section, given its purpose and Bijlage(n) count (spec §3). */
export function isRequired(def: SectionDef, doc: NotaDocument): boolean {
  const requirement = def.requirement;
  if (requirement === 'always') return true;
  if (requirement === 'never') return false;
  if (requirement === 'whenBijlagen') {
    return (doc.headerValues.bijlagen ?? 0) > 0;
  }
  const purpose = doc.header.purposes[0]?.value;
  return purpose !== undefined && requirement.purposes.includes(purpose);
}
