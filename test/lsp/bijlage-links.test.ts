// Bijlagen rows link to the files beside the nota (the node host reads the folder), and a file named in
// the table that is not there gets the bijlage-file hint.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { documentLinks } from '../../server/src/lsp/features/documentLinks';
import { fileUriOf } from '../../server/src/lsp/documents';
import { GFM_HEAD, withBijlagen } from '../support/fixtures';
import { NOT_CANCELLED, ServiceHarness } from '../support/service-harness';

describe('Bijlagen: document links and missing files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-bijlagen-'));
  const harness = new ServiceHarness();
  after(async () => {
    await harness.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  fs.writeFileSync(path.join(dir, 'Planning.pdf'), '%PDF-1.7\n');
  fs.writeFileSync(path.join(dir, 'Brief aan de Kamer.docx'), '');
  fs.mkdirSync(path.join(dir, 'Verslag.pdf'));
  const text = withBijlagen('4', [...GFM_HEAD, '| 1 | Planning.pdf | |', '| 2 | Brief aan de Kamer | |', '| 3 | Verslag.pdf | |', '| 4 | Begroting.xlsx | |']);
  const lines = text.split('\n');
  const rangeOf = (needle: string) => {
    const line = lines.findIndex((candidate) => candidate.includes(needle));
    const character = lines[line].indexOf(needle);
    return { start: { line, character }, end: { line, character: character + needle.length } };
  };

  it('a Naam that is a file in the folder, by its name or without its extension, links to it; a folder of that name does not', async () => {
    const uri = fileUriOf(path.join(dir, 'nota.nota.md'));
    const context = await harness.open(uri, text);
    assert.deepEqual(documentLinks(context, { textDocument: { uri } }, NOT_CANCELLED), [
      { range: rangeOf('Planning.pdf'), target: fileUriOf(path.join(dir, 'Planning.pdf')), tooltip: 'Open Planning.pdf' },
      { range: rangeOf('Brief aan de Kamer'), target: fileUriOf(path.join(dir, 'Brief aan de Kamer.docx')), tooltip: 'Open Brief aan de Kamer.docx' },
    ]);
  });

  it('the files named in the table that are not there get a hint: Verslag.pdf (a folder) and Begroting.xlsx', async () => {
    const uri = fileUriOf(path.join(dir, 'nota.nota.md'));
    const diagnostics = (await harness.diagnostics(uri))!.filter((diagnostic) => diagnostic.code === 'bijlage-file');
    assert.deepEqual(diagnostics.map((diagnostic) => [diagnostic.range, diagnostic.message]), [
      [rangeOf('Verslag.pdf'), 'Bijlage "Verslag.pdf" is not in the folder of the nota (turn bijlage-file off for notas whose bijlagen are kept elsewhere).'],
      [rangeOf('Begroting.xlsx'), 'Bijlage "Begroting.xlsx" is not in the folder of the nota (turn bijlage-file off for notas whose bijlagen are kept elsewhere).'],
    ]);
  });
});
