// The export opens in a real office suite: LibreOffice (headless) converts the exported .docx to PDF, and
// that PDF, read by Nota, checks as the Markdown nota does. Runs where LibreOffice is installed (the e2e
// install script installs it; `npm run test:e2e` requires it with NOTA_REQUIRE_LIBREOFFICE=1).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { resolveConfig } from '../../server/src/core/config';
import { checkText } from '../../server/src/core/engine';
import { exportDocx } from '../../server/src/core/export/docx';
import { readPdf } from '../../server/src/core/source/formats/pdf';

const soffice = ['soffice', 'libreoffice'].find((command) => spawnSync(command, ['--version'], { encoding: 'utf8' }).status === 0);
const config = resolveConfig([]);
const now = new Date('2024-04-01T12:00:00Z');
const EXAMPLES = path.join(__dirname, '../../examples/goed');

describe('export to Word, opened by LibreOffice', function () {
  this.timeout(180000);
  let dir: string;
  before(function () {
    if (!soffice) {
      if (process.env.NOTA_REQUIRE_LIBREOFFICE) throw new Error('LibreOffice (soffice) is not installed: run scripts/e2e/install.sh');
      this.skip();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-libreoffice-'));
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('converts the exported examples to PDF, and those PDFs give the same errors and warnings as the Markdown', async () => {
    const names = fs.readdirSync(EXAMPLES).filter((name) => name.endsWith('.nota.md'));
    for (const name of names) {
      const text = fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
      const { doc } = checkText(text, { config, locale: 'en', fileName: name, now });
      fs.writeFileSync(path.join(dir, name.replace(/\.nota\.md$/, '.docx')), await exportDocx(doc, { config }));
    }
    const result = spawnSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, ...fs.readdirSync(dir).filter((f) => f.endsWith('.docx')).map((f) => path.join(dir, f))], { encoding: 'utf8', timeout: 170000 });
    assert.equal(result.status, 0, result.stderr);
    const serious = (text: string, fileName: string) =>
      checkText(text, { config, locale: 'en', fileName, now })
        .findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning')
        .map((finding) => `${finding.ruleId}: ${finding.message}`)
        .sort();
    for (const name of names) {
      const pdf = path.join(dir, name.replace(/\.nota\.md$/, '.pdf'));
      assert.ok(fs.existsSync(pdf), `LibreOffice wrote no ${path.basename(pdf)}`);
      const read = await readPdf(new Uint8Array(fs.readFileSync(pdf)));
      assert.deepEqual(serious(read.text, 'x.pdf'), serious(fs.readFileSync(path.join(EXAMPLES, name), 'utf8'), name), name);
    }
  });
});
