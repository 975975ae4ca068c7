// "Mark as public person": adds a name to `publicPersons` in the nearest .notarc.json (or creates one
// beside the document), editing the JSON minimally so its formatting and other keys stay as they were.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEdits as applyJsonEdits, modify, parse } from 'jsonc-parser';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { CONFIG_FILE_NAME, type ConfigLoader } from '../../core/config-files';

export function markPublicEdit(loader: ConfigLoader, documentPath: string, name: string): WorkspaceEdit | undefined {
  const nearest = loader.findFiles(documentPath).at(-1);
  if (!nearest) {
    const file = path.join(path.dirname(documentPath), CONFIG_FILE_NAME);
    const uri = pathToFileURL(file).toString();
    return {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${JSON.stringify({ publicPersons: [name] }, null, 2)}\n` }] },
      ],
    };
  }
  const text = fs.readFileSync(nearest, 'utf8');
  const current = parse(text) as { publicPersons?: unknown } | undefined;
  if (Array.isArray(current?.publicPersons) && current.publicPersons.includes(name)) return undefined;
  const edits = Array.isArray(current?.publicPersons)
    ? modify(text, ['publicPersons', -1], name, { isArrayInsertion: true, formattingOptions: { insertSpaces: true, tabSize: 2 } })
    : modify(text, ['publicPersons'], [name], { formattingOptions: { insertSpaces: true, tabSize: 2 } });
  const updated = applyJsonEdits(text, edits);
  const lines = text.split(/\r?\n/);
  const uri = pathToFileURL(nearest).toString();
  return { changes: { [uri]: [{ range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines.at(-1)!.length } }, newText: updated }] } };
}
