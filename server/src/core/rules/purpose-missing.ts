import type { NotaDocument } from '../model/types';
import type { TextEdit } from '../types';
import { insertAfterLine, insertBeforeLine, usesMarkdown } from '../model/placement';
import type { Rule } from './rule';

/** A nota has exactly one purpose line (`TER BESLUITVORMING` …). Fix: insert one, offering each purpose. */
export const purposeMissing: Rule = {
  id: 'purpose-missing',
  defaultSeverity: 'error',
  description: 'The nota has no purpose line, or more than one.',
  appliesTo: ['nota'],
  defaultOptions: {},
  check({ doc, config, report }) {
    const purposes = doc.header.purposes;
    if (purposes.length === 0) {
      const anchor = doc.header.onderwerp?.firstLine ?? doc.lines.find((l) => l.block !== 'blank')?.index ?? 0;
      report({
        message: 'purpose-missing',
        span: doc.lines[anchor].span,
        fixes: config.purposes.map((purpose) => ({
          title: 'fix.insert-purpose',
          titleArgs: { purpose },
          edits: [insertPurpose(doc, `${usesMarkdown(doc) ? '### ' : ''}TER ${purpose}`)],
        })),
      });
    }
    purposes.slice(1).forEach((purpose, index) => {
      report({ message: 'purpose-multiple', args: { n: index + 2 }, span: purpose.span });
    });
  },
};

/** Canonical position (seed 000): after the onderwerp, before the fields that follow the purpose. */
function insertPurpose(doc: NotaDocument, line: string): TextEdit {
  const { onderwerp, cueLine, fields, endLine } = doc.header;
  if (onderwerp) return insertAfterLine(doc, onderwerp.lastLine, line);
  if (cueLine !== undefined) return insertAfterLine(doc, cueLine, line);
  const firstBodyField = fields.find((field) => field.key !== 'aan' && field.key !== 'van');
  if (firstBodyField) return insertBeforeLine(doc, doc.lineIndex.positionAt(firstBodyField.span.start).line, line);
  const lastAddress = fields.filter((field) => field.key === 'aan' || field.key === 'van').at(-1);
  if (lastAddress) return insertAfterLine(doc, lastAddress.lastLine, line);
  if (endLine < doc.lines.length) return insertBeforeLine(doc, endLine, line);
  return { span: { start: 0, end: 0 }, newText: `${line}${doc.eol}${doc.eol}` };
}
