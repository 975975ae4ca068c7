// "Mark as public person": adds a name to `publicPersons` in the nearest .notarc.json, editing the JSON
// minimally so its formatting and other keys stay as they were. Creating a .notarc.json beside the
// document is an edit the client asks about first (a change annotation that needs confirmation).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEdits as applyJsonEdits, modify, parse } from 'jsonc-parser';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { CONFIG_FILE_NAME, type ConfigLoader } from '../../core/config-files';
import { formatMessage } from '../../core/messages';
import type { Locale } from '../../core/types';

export interface MarkPublic {
  edit: WorkspaceEdit;
  /** The configuration file the name goes into, as a URI and as named relative to the document's folder. */
  uri: string;
  display: string;
  /** The file does not exist yet: the edit creates it. */
  creates: boolean;
}

export const CREATE_CONFIG_ANNOTATION = 'nota.createConfig';

export function markPublicEdit(loader: ConfigLoader, documentPath: string, name: string, locale: Locale): MarkPublic | undefined {
  const nearest = loader.findFiles(documentPath).at(-1);
  const display = (file: string) => path.relative(path.dirname(documentPath), file);
  if (!nearest) {
    const file = path.join(path.dirname(documentPath), CONFIG_FILE_NAME);
    const uri = pathToFileURL(file).toString();
    const content = `${JSON.stringify({ publicPersons: [name] }, null, 2)}\n`;
    const createLabel = formatMessage(locale, 'fix.mark-public.create-label', { name, file: CONFIG_FILE_NAME });
    return {
      uri,
      display: display(file),
      creates: true,
      edit: {
        documentChanges: [
          { kind: 'create', uri, options: { ignoreIfExists: true }, annotationId: CREATE_CONFIG_ANNOTATION },
          { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content, annotationId: CREATE_CONFIG_ANNOTATION }] },
        ],
        changeAnnotations: { [CREATE_CONFIG_ANNOTATION]: { label: createLabel, needsConfirmation: true, description: file } },
      },
    };
  }
  let text: string;
  try {
    text = fs.readFileSync(nearest, 'utf8');
  } catch {
    // Unreadable (a folder named .notarc.json, no permission): its config diagnostic says so; no edit.
    return undefined;
  }
  const current = parse(text) as { publicPersons?: unknown } | undefined;
  if (Array.isArray(current?.publicPersons) && current.publicPersons.includes(name)) return undefined;
  const edits = Array.isArray(current?.publicPersons)
    ? modify(text, ['publicPersons', -1], name, { isArrayInsertion: true, formattingOptions: { insertSpaces: true, tabSize: 2 } })
    : modify(text, ['publicPersons'], [name], { formattingOptions: { insertSpaces: true, tabSize: 2 } });
  const updated = applyJsonEdits(text, edits);
  const lines = text.split(/\r?\n/);
  const uri = pathToFileURL(nearest).toString();
  return { uri, display: display(nearest), creates: false, edit: { changes: { [uri]: [{ range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines.at(-1)!.length } }, newText: updated }] } } };
}
