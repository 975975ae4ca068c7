// Word and PDF (issue 16): a 10-page nota as .docx and .pdf, checked by `nota check` as a whole process,
// beside the floor of extracting its text alone (`unzip -p` of word/document.xml; poppler's `pdftotext`)
// and beside the same nota as Markdown; plus the in-process read and check. Interleaved rounds, medians.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { summary } from './stats.mjs';

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

// GNU time reports a process's CPU time (user + system, its children included): on a machine that other
// sessions load, the wall time of a process grows with their load, its CPU time much less.
const GNU_TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Wall time of a process in ms, and its CPU time where GNU time can tell it. */
function timeProcess(command, args) {
  const [file, argv] = GNU_TIME ? [GNU_TIME, ['-f', 'nota-bench-cpu %U %S', command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  const result = spawnSync(file, argv, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const cpu = /nota-bench-cpu ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr ?? '');
  return { wall, cpu: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined };
}

/** A nota of about `pages` A4 pages as Markdown lines (header, sections of paragraphs). */
function tenPageNota(generateNota, pages) {
  return generateNota({ seed: 16, bytes: pages * 5200 });
}

/** `cli`: the CLI to run (the production build's bin/nota.js, as users get it). */
export async function formatsBench(root, core, generateNota, rounds, cli = path.join(root, 'bin', 'nota.js')) {
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
    const floors = { docx: has('unzip') ? ['unzip', ['-p', files.docx, 'word/document.xml']] : undefined, pdf: has('pdftotext') ? ['pdftotext', [files.pdf, '-']] : undefined };
    const samples = { publication50: [], publication50Floor: [], md: [], docx: [], pdf: [], docxFloor: [], pdfFloor: [], docxInProcess: [], pdfInProcess: [], mdInProcess: [], docxReadInProcess: [], pdfReadInProcess: [] };
    const cpu = Object.fromEntries(Object.keys(samples).map((key) => [key, []]));
    const config = core.resolveConfig([]);
    const docxBytes = new Uint8Array(fs.readFileSync(files.docx));
    const pdfBytes = new Uint8Array(fs.readFileSync(files.pdf));
    const run = (key, command, args) => {
      const { wall, cpu: cpuMs } = timeProcess(command, args);
      samples[key].push(wall);
      if (cpuMs !== undefined) cpu[key].push(cpuMs);
    };
    const inProcess = async (key, fn) => {
      const t = performance.now();
      const used = process.cpuUsage();
      await fn();
      samples[key].push(performance.now() - t);
      const { user, system } = process.cpuUsage(used);
      cpu[key].push((user + system) / 1000);
    };
    for (let round = 0; round < rounds; round++) {
      run('md', process.execPath, [cli, 'check', '--concurrency', 'off', files.md]);
      run('docx', process.execPath, [cli, 'check', '--concurrency', 'off', files.docx]);
      run('pdf', process.execPath, [cli, 'check', '--concurrency', 'off', files.pdf]);
      if (floors.docx) run('docxFloor', ...floors.docx);
      if (floors.pdf) run('pdfFloor', ...floors.pdf);
      run('publication50', process.execPath, [cli, 'check', '--publication', '--concurrency', 'off', fiftyPages]);
      if (floors.pdf) run('publication50Floor', 'pdftotext', [fiftyPages, '-']);
      // In process (the extraction's own floor, without Node's start): reading alone, and reading and checking.
      await inProcess('mdInProcess', () => core.checkText(markdown, { config, locale: 'nl', fileName: files.md }));
      await inProcess('docxReadInProcess', () => core.readDocx(docxBytes));
      await inProcess('docxInProcess', () => core.checkText(core.readDocx(docxBytes).text, { config, locale: 'nl', fileName: files.docx }));
      await inProcess('pdfReadInProcess', () => core.readPdf(pdfBytes));
      await inProcess('pdfInProcess', async () => core.checkText((await core.readPdf(pdfBytes)).text, { config, locale: 'nl', fileName: files.pdf }));
    }
    const s = Object.fromEntries(Object.entries(samples).filter(([, v]) => v.length > 0).map(([k, v]) => [k, summary(v)]));
    const c = Object.fromEntries(Object.entries(cpu).filter(([, v]) => v.length > 0).map(([k, v]) => [k, summary(v)]));
    return {
      pages: pages.length,
      bytes: { md: markdown.length, docx: docxBytes.length, pdf: pdfBytes.length },
      ...s,
      docxOverFloor: s.docxFloor ? s.docx.median / s.docxFloor.median : undefined,
      pdfOverFloor: s.pdfFloor ? s.pdf.median / s.pdfFloor.median : undefined,
      publication50OverFloor: s.publication50Floor ? s.publication50.median / s.publication50Floor.median : undefined,
      docxOverMd: s.docx.median / s.md.median,
      pdfOverMd: s.pdf.median / s.md.median,
      // CPU time of each process (GNU time), and in process: read and check ÷ read alone.
      cpu: c,
      // GNU time counts in 10 ms: a floor below that has no ratio.
      pdfCpuOverFloor: c.pdf && c.pdfFloor?.median >= 10 ? c.pdf.median / c.pdfFloor.median : undefined,
      docxCheckOverRead: s.docxInProcess.median / s.docxReadInProcess.median,
      pdfCheckOverRead: s.pdfInProcess.median / s.pdfReadInProcess.median,
      docxCheckOverReadCpu: c.docxInProcess.median / c.docxReadInProcess.median,
      pdfCheckOverReadCpu: c.pdfInProcess.median / c.pdfReadInProcess.median,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
