import { fileForRow, looksLikeFileName } from '../model/bijlage-files';
import type { Rule } from './rule';

/** A Bijlagen row names a file ("Planning.pdf") that is not in the nota's folder. Off for notas kept elsewhere. */
export const bijlageFile: Rule = {
  id: 'bijlage-file',
  defaultSeverity: 'hint',
  description: 'A Bijlagen row names a file that is not in the folder of the nota.',
  appliesTo: ['nota'],
  defaultOptions: {},
  check({ doc, folderFiles, report }) {
    if (!folderFiles || !doc.bijlagen) return;
    for (const row of doc.bijlagen.rows) {
      if (!row.naamSpan || !looksLikeFileName(row.naam) || fileForRow(row, folderFiles)) continue;
      report({ message: 'bijlage-file', args: { name: row.naam.trim() }, span: row.naamSpan });
    }
  },
};
