// Word and PDF (issue 16): a 10-page nota as .docx and .pdf, checked by `nota check` as a whole process,
// beside the floor of extracting its text alone (`unzip -p` of word/document.xml; poppler's `pdftotext`)
// and beside the same nota as Markdown; plus the in-process read and check. Interleaved rounds, medians.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { summary } from './stats.mjs';

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

function timeProcess(command, args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** A nota of about `pages` A4 pages as Markdown lines (header, sections of paragraphs). */
function tenPageNota(generateNota, pages) {
  return generateNota({ seed: 16, bytes: pages * 5200 });
}

export async function formatsBench(root, core, generateNota, rounds) {
  if (!core.readDocx || !core.docxFromMarkdown) return { skipped: 'the bench entry has no Word/PDF readers (bench/entry.ts)' };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-bench-formats-'));
  try {
    const markdown = tenPageNota(generateNota, 10);
    const lines = markdown.split('\n').map((line) => line.replace(/^#+\s*|\*\*/g, ''));
    const pages = [];
    for (let i = 0; i < lines.length; i += 50) pages.push({ lines: lines.slice(i, i + 50).map((line) => line.slice(0, 95)) });
    const files = {
      md: path.join(dir, 'nota.nota.md'),
      docx: path.join(dir, 'nota.docx'),
      pdf: path.join(dir, 'nota.pdf'),
    };
    fs.writeFileSync(files.md, markdown);
    fs.writeFileSync(files.docx, await core.docxFromMarkdown(markdown));
    fs.writeFileSync(files.pdf, await core.pdfFromPages(pages));
    // issue 17: `--publication` on a 50-page PDF (the same nota five times over), beside pdftotext of it
    const fiftyPages = path.join(dir, 'nota-50.pdf');
    fs.writeFileSync(fiftyPages, await core.pdfFromPages(Array.from({ length: 5 }, () => pages).flat().slice(0, 50)));
    const cli = path.join(root, 'bin', 'nota.js');
    const floors = { docx: has('unzip') ? ['unzip', ['-p', files.docx, 'word/document.xml']] : undefined, pdf: has('pdftotext') ? ['pdftotext', [files.pdf, '-']] : undefined };
    const samples = { publication50: [], publication50Floor: [], md: [], docx: [], pdf: [], docxFloor: [], pdfFloor: [], docxInProcess: [], pdfInProcess: [], mdInProcess: [] };
    const config = core.resolveConfig([]);
    const docxBytes = new Uint8Array(fs.readFileSync(files.docx));
    const pdfBytes = new Uint8Array(fs.readFileSync(files.pdf));
    for (let round = 0; round < rounds; round++) {
      samples.md.push(timeProcess(process.execPath, [cli, 'check', '--concurrency', 'off', files.md]));
      samples.docx.push(timeProcess(process.execPath, [cli, 'check', '--concurrency', 'off', files.docx]));
      samples.pdf.push(timeProcess(process.execPath, [cli, 'check', '--concurrency', 'off', files.pdf]));
      if (floors.docx) samples.docxFloor.push(timeProcess(...floors.docx));
      if (floors.pdf) samples.pdfFloor.push(timeProcess(...floors.pdf));
      samples.publication50.push(timeProcess(process.execPath, [cli, 'check', '--publication', '--concurrency', 'off', fiftyPages]));
      if (floors.pdf) samples.publication50Floor.push(timeProcess('pdftotext', [fiftyPages, '-']));
      let t = performance.now();
      core.checkText(markdown, { config, locale: 'nl', fileName: files.md });
      samples.mdInProcess.push(performance.now() - t);
      t = performance.now();
      core.checkText(core.readDocx(docxBytes).text, { config, locale: 'nl', fileName: files.docx });
      samples.docxInProcess.push(performance.now() - t);
      t = performance.now();
      core.checkText((await core.readPdf(pdfBytes)).text, { config, locale: 'nl', fileName: files.pdf });
      samples.pdfInProcess.push(performance.now() - t);
    }
    const s = Object.fromEntries(Object.entries(samples).filter(([, v]) => v.length > 0).map(([k, v]) => [k, summary(v)]));
    return {
      pages: pages.length,
      bytes: { md: markdown.length, docx: docxBytes.length, pdf: pdfBytes.length },
      ...s,
      docxOverFloor: s.docxFloor ? s.docx.median / s.docxFloor.median : undefined,
      pdfOverFloor: s.pdfFloor ? s.pdf.median / s.pdfFloor.median : undefined,
      publication50OverFloor: s.publication50Floor ? s.publication50.median / s.publication50Floor.median : undefined,
      docxOverMd: s.docx.median / s.md.median,
      pdfOverMd: s.pdf.median / s.md.median,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
