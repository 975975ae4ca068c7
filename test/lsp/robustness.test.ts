// The server's defects from issue 22 (items 3, 8 and 13), over stdio as an editor meets them: checks
// off the main thread within a budget, the documents it must leave alone, URIs it must read, config
// folders, malformed headers, a re-opened document, and the limits of nota/checkFiles.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { VALID_NOTA } from '../support/check';
import { TestLspClient, fileUri } from '../support/lsp-client';
import { generateNota } from '../../bench/generate.mjs';

const KERN_MISSING = VALID_NOTA.replace(/### Kern\n\n- .*\n\n/, '');
const LEAKY = VALID_NOTA.replace('- Met de regeling', '- Contactpersoon: mevr. J. de Vries, 06-12345678. Met de regeling');
const referentie = () => {
  const lines = VALID_NOTA.split('\n');
  const line = lines.findIndex((text) => text.includes('2024-0000012345'));
  return { line, character: lines[line].indexOf('2024-0000012345') + 3 };
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('language server: robustness (issue 22)', function () {
  this.timeout(60000);
  let client: TestLspClient;
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-robust-'));
  });
  afterEach(async () => {
    await client?.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function start(initializationOptions?: Record<string, unknown>): Promise<TestLspClient> {
    client = new TestLspClient();
    await client.initialize('en', initializationOptions);
    return client;
  }

  const hoverOn = async (uri: string): Promise<string | undefined> => {
    const result: Hover | null = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: referentie() });
    return (result?.contents as MarkupContent | undefined)?.value;
  };

  describe('checks run off the main thread', () => {
    it('answers a hover on another document within 1 s while a 2 MB nota is being checked', async () => {
      await start();
      const small = fileUri(path.join(dir, 'small.nota.md'));
      await client.open(small, VALID_NOTA);
      await client.diagnostics(small);
      const large = fileUri(path.join(dir, 'large.nota.md'));
      await client.open(large, generateNota({ seed: 3, bytes: 2 * 1024 * 1024 }));
      await sleep(300);
      const started = performance.now();
      const value = await hoverOn(small);
      const elapsed = performance.now() - started;
      assert.ok(elapsed < 1000, `the hover took ${elapsed.toFixed(0)} ms while another document was checked`);
      assert.equal(client.publications(large).length, 0, 'the large nota was checked already: the hover did not run during its check');
      assert.match(value!, /^Onze referentie: year \*\*2024\*\*/);
      // checked in the end: a valid nota, only far longer than two pages
      assert.deepEqual((await client.diagnostics(large, () => true, 30000)).map((d) => d.code), ['nota-length'], 'the large nota is checked in the end');
    });

    it('a check over its time budget gives one diagnostic, and the other documents keep working', async () => {
      await start({ checkLimits: { baseMs: 100, msPerMB: 1 } });
      const large = fileUri(path.join(dir, 'large.nota.md'));
      await client.open(large, generateNota({ seed: 4, bytes: 1024 * 1024 }));
      const [diagnostic, ...others] = await client.diagnostics(large, () => true, 20000);
      assert.deepEqual(others, []);
      assert.equal(diagnostic.code, 'check-budget');
      assert.match(diagnostic.message as string, /^Nota stopped checking this document after 0\.1 s, its time budget for \d+ KB; nothing in it has been checked\./);
      assert.deepEqual(diagnostic.range.start, { line: 0, character: 0 });
      // The same server still checks a small document (its check fits in 100 ms once a worker is warm).
      const small = fileUri(path.join(dir, 'kern.nota.md'));
      await client.open(small, KERN_MISSING);
      const codes = (await client.diagnostics(small, () => true, 20000)).map((d) => d.code);
      assert.ok(codes.length === 1 && ['section-missing', 'check-budget'].includes(codes[0] as string), `unexpected ${codes}`);
    });

    it('a check over its memory budget gives one diagnostic instead of crashing the server', async () => {
      await start({ checkLimits: { memoryMb: 8 } });
      const large = fileUri(path.join(dir, 'large.nota.md'));
      await client.open(large, generateNota({ seed: 5, bytes: 2 * 1024 * 1024 }));
      const diagnostics = await client.diagnostics(large, () => true, 30000);
      assert.deepEqual(diagnostics.map((d) => [d.code, d.message]), [
        ['check-budget', 'Nota stopped checking this document: it needed more than 8 MB of memory; nothing in it has been checked. Split the document.'],
      ]);
      const skeleton = await client.connection.sendRequest('nota/skeleton', { purpose: 'BESLUITVORMING', aan: 'Minister', van: 'DGDOO', referentie: '2024-0000012345' });
      assert.match(skeleton as string, /TER BESLUITVORMING/);
    });

    it('an edit stops the running check of the old version: the new version does not wait for it', async () => {
      await start();
      // Both workers busy: the 3 MB nota and, slower to start, a 1.5 MB one.
      const edited = fileUri(path.join(dir, 'edited.nota.md'));
      const other = fileUri(path.join(dir, 'other.nota.md'));
      await client.open(edited, generateNota({ seed: 6, bytes: 3 * 1024 * 1024 }));
      await client.open(other, generateNota({ seed: 7, bytes: 1.5 * 1024 * 1024 }));
      await sleep(700);
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: edited, version: 2 }, contentChanges: [{ text: KERN_MISSING }] });
      const codes = (await client.diagnostics(edited, (p) => p.version === 2, 30000)).map((d) => d.code);
      assert.deepEqual(codes, ['section-missing']);
      // Had the old check gone on, the new version would have waited for a worker: the other nota's
      // check (the shorter one) would have finished first.
      assert.equal(client.publications(other).length, 0, 'version 2 waited for a worker: the old check was not stopped');
      assert.equal(client.publications(edited).length, 1, 'the stale version 1 was published');
    });
  });

  describe('the preview renders in a worker', () => {
    it('renders an open nota', async () => {
      await start();
      const uri = fileUri(path.join(dir, 'preview.nota.md'));
      await client.open(uri, VALID_NOTA);
      const rendered = (await client.connection.sendRequest('nota/preview', { uri, mode: 'review' })) as { html: string; version: number };
      assert.equal(rendered.version, 1);
      assert.match(rendered.html, /Voorstel voor de Regeling digitale toegankelijkheid overheidswebsites/);
    });

    it('says so when the rendering runs out of its budget', async () => {
      await start({ checkLimits: { baseMs: 100, msPerMB: 1 } });
      const uri = fileUri(path.join(dir, 'large.nota.md'));
      await client.open(uri, generateNota({ seed: 8, bytes: 1024 * 1024 }));
      const unrendered = (await client.connection.sendRequest('nota/preview', { uri, mode: 'review' })) as { html: string };
      assert.equal(unrendered.html, '<p class="nota-unrendered">Nota could not render the preview of this document within its time and memory budget.</p>');
    });
  });

  describe('smaller defects (item 13)', () => {
    it('leaves a python document alone, and checks a Nota file a client opens as markdown', async () => {
      await start();
      const python = fileUri(path.join(dir, 'script.py'));
      await client.open(python, KERN_MISSING, 'python');
      const markdown = fileUri(path.join(dir, 'kern.nota.md'));
      await client.open(markdown, KERN_MISSING, 'markdown');
      assert.deepEqual((await client.diagnostics(markdown)).map((d) => d.code), ['section-missing']);
      assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: python }, position: referentie() }), null);
      await sleep(300);
      assert.deepEqual(client.publications(python), []);
    });

    for (const [name, uri] of [
      ['a UNC path (file://server/share/…)', 'file://server/share/kern.nota.md'],
      ['an encoded slash (%2F)', 'file:///nota-test/map%2Fkern.nota.md'],
    ]) {
      it(`answers for ${name}: diagnostics and hover`, async () => {
        await start();
        await client.open(uri, KERN_MISSING);
        assert.deepEqual((await client.diagnostics(uri)).map((d) => d.code), ['section-missing']);
        assert.match((await hoverOn(uri))!, /^Onze referentie: year \*\*2024\*\*/);
      });
    }

    it('a folder named .notarc.json is a config diagnostic; the quick fixes are still offered', async () => {
      fs.mkdirSync(path.join(dir, '.notarc.json'));
      await start();
      const uri = fileUri(path.join(dir, 'lek.nota.md'));
      await client.open(uri, LEAKY);
      const diagnostic = (await client.diagnostics(uri)).find((d) => d.code === 'pii-name')!;
      const [configProblem] = await client.diagnostics(fileUri(path.join(dir, '.notarc.json')));
      assert.match(configProblem.message as string, /^Cannot read the file: EISDIR/);
      const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      });
      assert.deepEqual(actions.map((action) => action.title), ['Redact as [5.1.2e]', 'Disable pii-name for this line', 'Redact all personal data (2)']);
    });

    it('a Content-Length that is not a number: the server says so and exits instead of going deaf', async () => {
      await start();
      client.writeRaw('Content-Length: abc\r\n\r\n{}');
      assert.equal(await Promise.race([client.exited, sleep(5000).then(() => 'still running')]), 1);
      assert.match(client.stderr, /cannot read the client's messages \(Content-Length value must be a number\. Got abc\); exiting/);
    });

    it('a second didOpen of the same URI and version with other text replaces the diagnostics', async () => {
      await start();
      const uri = fileUri(path.join(dir, 'twice.nota.md'));
      await client.open(uri, VALID_NOTA);
      assert.deepEqual(await client.diagnostics(uri), []);
      await client.open(uri, KERN_MISSING);
      assert.deepEqual((await client.diagnostics(uri, (p) => p.diagnostics.length > 0)).map((d) => d.code), ['section-missing']);
    });
  });

  describe('nota/checkFiles has the limits of the CLI (item 8)', () => {
    it('checks regular files, and skips a FIFO, a device, a file over 10 MB and a missing file, saying why', async () => {
      const good = path.join(dir, 'kern.nota.md');
      fs.writeFileSync(good, KERN_MISSING);
      const fifo = path.join(dir, 'fifo.nota.md');
      execFileSync('mkfifo', [fifo]);
      const device = path.join(dir, 'zero.nota.md');
      fs.symlinkSync('/dev/zero', device);
      const large = path.join(dir, 'large.nota.md');
      fs.writeFileSync(large, 'x'.repeat(10 * 1024 * 1024 + 1));
      const missing = path.join(dir, 'missing.nota.md');
      await start();
      const result = (await client.connection.sendRequest('nota/checkFiles', { uris: [fifo, device, large, missing, good].map(fileUri) })) as {
        checked: number;
        errors: number;
        skipped: { uri: string; reason: string }[];
      };
      assert.equal(result.checked, 1);
      assert.equal(result.errors, 1);
      assert.deepEqual(
        result.skipped.map(({ uri, reason }) => [path.basename(uri), reason.replace(/ENOENT.*/, 'ENOENT')]),
        [
          ['fifo.nota.md', 'not a regular file (a FIFO, a device or a socket); not read'],
          ['zero.nota.md', 'not a regular file (a FIFO, a device or a socket); not read'],
          ['large.nota.md', 'larger than 10 MB; not checked'],
          ['missing.nota.md', 'cannot be read: ENOENT'],
        ],
      );
      assert.deepEqual((await client.diagnostics(fileUri(good))).map((d) => d.code), ['section-missing']);
    });
  });
});
