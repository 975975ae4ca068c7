import { ADDRESS_FIELDS, FIELDS, type FieldDef } from '../catalog';
import type { NotaDocument } from '../model/types';
import type { TextEdit } from '../types';
import { appendBlock, insertAfterLine, insertBeforeLine, usesMarkdown } from '../model/placement';
import type { Rule } from './rule';

/** A required header field is absent (spec §2). Fix: insert its label at the canonical position. */
export const fieldMissing: Rule = {
  id: 'field-missing',
  defaultSeverity: 'error',
  description: 'A required header field is absent.',
  appliesTo: ['nota'],
  defaultOptions: {},
  check({ doc, report }) {
    const present = new Set(doc.header.fields.map((field) => field.key));
    const anchor = reportAnchor(doc);
    for (const field of FIELDS) {
      if (!field.required || present.has(field.key)) continue;
      report({
        message: 'field-missing',
        args: { field: field.label },
        span: anchor,
        fixes: [{ title: 'fix.insert-field', titleArgs: { field: field.label }, edits: [insertField(doc, field)] }],
      });
    }
  },
};

/** The first line of the onderwerp, else the first line with text: the nota "as a whole". */
function reportAnchor(doc: NotaDocument) {
  const line = doc.header.onderwerp?.firstLine ?? doc.lines.find((l) => l.block !== 'blank' && l.block !== 'html')?.index ?? 0;
  return doc.lines[line].span;
}

function insertField(doc: NotaDocument, field: FieldDef): TextEdit {
  const label = usesMarkdown(doc) ? `**${field.label}**` : field.label;
  const fields = doc.header.fields;
  const isAddress = ADDRESS_FIELDS.includes(field.key);
  const group = FIELDS.filter((f) => ADDRESS_FIELDS.includes(f.key) === isAddress);
  const position = group.findIndex((f) => f.key === field.key);
  const previous = group
    .slice(0, position)
    .reverse()
    .map((f) => fields.find((present) => present.key === f.key))
    .find(Boolean);
  if (previous) return insertAfterLine(doc, previous.lastLine, label);
  const next = group
    .slice(position + 1)
    .map((f) => fields.find((present) => present.key === f.key))
    .find(Boolean);
  if (next) return insertBeforeLine(doc, doc.lineIndex.positionAt(next.span.start).line, label);
  if (isAddress) {
    const first = doc.lines.find((line) => line.block !== 'blank' && line.block !== 'html');
    return first ? insertBeforeLine(doc, first.index, label) : { span: { start: 0, end: 0 }, newText: label + doc.eol };
  }
  const afterLine = doc.header.purposes[0]?.line ?? doc.header.onderwerp?.lastLine ?? doc.header.cueLine;
  if (afterLine !== undefined) return insertAfterLine(doc, afterLine, label);
  if (doc.header.endLine < doc.lines.length) return insertBeforeLine(doc, doc.header.endLine, label);
  return appendBlock(doc, label);
}
