// `nota check`: the command-line checker. It reuses the server's core: same model, rules and fixes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { problemText } from '../../server/src/core/config';
import { ConfigLoader } from '../../server/src/core/config-files';
import { localeFrom } from '../../server/src/core/messages';
import type { Locale } from '../../server/src/core/types';
import { LineIndex } from '../../server/src/core/source/lines';
import { type CheckArgs, USAGE, UsageError, parseCheckArgs } from './args';
import { type FileSettings, checkFiles } from './check-file';
import { CONVERT_USAGE } from './convert-usage';
import { documentsPart } from './lazy';
import { expandPaths } from './files';
import { UnsupportedGlob, ignoreMatcher } from './ignore';
import { type FileFailure, type FileReport, formatJson, formatSarif, formatStylish } from './format';
import { formatGithub, formatGitlab, formatJunit } from './format-ci';
import { writeTextAtomically } from './read';
import { WorkerError, checkInWorkers, workerCount } from './workers';

declare const NOTA_VERSION: string | undefined;
const VERSION = typeof NOTA_VERSION === 'string' ? NOTA_VERSION : '0.0.0-dev';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(VERSION);
    return 0;
  }
  if (command === 'import' || command === 'export') {
    const convertIo = { cwd: io.cwd, stdout: io.stdout, stderr: io.stderr, locale: localeFrom(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG) };
    if (rest.includes('-h') || rest.includes('--help')) {
      io.stdout(CONVERT_USAGE);
      return 0;
    }
    const documents = documentsPart();
    return command === 'import' ? documents.runImport(rest, convertIo) : documents.runExport(rest, convertIo);
  }
  if (command !== 'check') {
    io.stderr(`nota: unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout(USAGE);
    return 0;
  }
  let args: CheckArgs;
  try {
    args = parseCheckArgs(rest, io.env, io.isTty);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`nota: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  return check(args, io);
}

/** --locale, or the environment's language. */
function cliLocale(args: CheckArgs, io: CliIo): Locale {
  return args.locale ?? localeFrom(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG);
}

function printConfig(args: CheckArgs, loader: ConfigLoader, io: CliIo): number {
  const target = path.resolve(io.cwd, args.printConfig!);
  const loaded = loader.load(target, { explicitFile: args.config && path.resolve(io.cwd, args.config) });
  const { origins, ...values } = loaded.config;
  io.stdout(JSON.stringify({ file: target, configFiles: loaded.files, config: values, origins }, null, 2));
  return reportBrokenConfig(loaded.broken, io, cliLocale(args, io)) ? 2 : 0;
}

function reportBrokenConfig(broken: ReturnType<ConfigLoader['load']>['broken'], io: CliIo, locale: Locale, seen = new Set<string>()): boolean {
  for (const file of broken) {
    if (seen.has(file.file)) continue;
    seen.add(file.file);
    const lineIndex = new LineIndex(file.text);
    for (const problem of file.problems) {
      const at = lineIndex.positionAt(problem.span.start);
      io.stderr(`nota: broken configuration ${file.file}:${at.line + 1}:${at.character + 1}: ${problemText(problem, locale)}`);
    }
  }
  return broken.length > 0;
}

/** `ignore` matchers by their globs: each configuration's globs are compiled once per run. */
function ignoreChecker(io: CliIo, refused: Set<string>): (file: string, globs: string[], base: string) => boolean {
  const matchers = new Map<string, (relative: string) => boolean>();
  return (file, globs, base) => {
    if (globs.length === 0) return false;
    const key = JSON.stringify(globs);
    let matcher = matchers.get(key);
    if (!matcher) {
      try {
        matcher = ignoreMatcher(globs);
      } catch (error) {
        if (!(error instanceof UnsupportedGlob)) throw error;
        io.stderr(`nota: broken configuration: ${error.message}; the ignore list is not used`);
        refused.add(key);
        matcher = () => false;
      }
      matchers.set(key, matcher);
    }
    return matcher(path.relative(base, file).split(path.sep).join('/'));
  };
}

async function check(args: CheckArgs, io: CliIo): Promise<number> {
  const loader = new ConfigLoader();
  if (args.printConfig) return printConfig(args, loader, io);
  const settings: FileSettings = {
    cwd: io.cwd,
    explicitFile: args.config && path.resolve(io.cwd, args.config),
    locale: cliLocale(args, io),
    type: args.type,
    fix: args.fix,
    publication: args.publication,
    writeClean: args.writeClean,
    metrics: args.format === 'json',
  };
  const { files, missing } = expandPaths(args.paths, io.cwd, args.extensions);
  let usageProblem = false;
  for (const arg of missing) {
    io.stderr(`nota: no such file, folder or matching glob: ${arg}`);
    usageProblem = true;
  }
  if (files.length === 0 && missing.length === 0) {
    io.stderr(`nota: no nota files (*.nota.md, *.nota, *.nota.txt, *.kv.md, *.kv.txt) in ${args.paths.join(', ')}`);
    return 2;
  }
  const seenBroken = new Set<string>();
  const refusedIgnores = new Set<string>();
  const isIgnored = ignoreChecker(io, refusedIgnores);
  const toCheck = files.filter((file) => {
    const loaded = loader.load(file, { explicitFile: settings.explicitFile });
    if (reportBrokenConfig(loaded.broken, io, settings.locale, seenBroken)) usageProblem = true;
    const ignoreBase = loaded.config.origins.ignore && loaded.config.origins.ignore !== 'default' ? path.dirname(loaded.config.origins.ignore) : io.cwd;
    return !isIgnored(file, loaded.config.ignore, ignoreBase);
  });
  if (refusedIgnores.size > 0) usageProblem = true;
  const workers = workerCount(args.concurrency, toCheck.length);
  let outcomes;
  try {
    outcomes = workers > 0 ? await checkInWorkers(toCheck, settings, workers) : await checkFiles(toCheck, settings, loader);
  } catch (error) {
    if (!(error instanceof WorkerError)) throw error;
    io.stderr(`nota: ${error.message}`);
    return 2;
  }

  const reports: FileReport[] = [];
  const failures: FileFailure[] = [];
  for (const outcome of outcomes) {
    for (const line of outcome.errors) io.stderr(line);
    if (outcome.failed) usageProblem = true;
    if (outcome.checked) {
      const { kind, findings, text, places, metrics } = outcome.checked;
      reports.push({ file: outcome.file, kind, findings, lineIndex: new LineIndex(text), places, metrics });
    } else if (outcome.error) {
      failures.push({ file: outcome.file, error: outcome.error });
    }
  }
  const report = formatReports(reports, failures, outcomes.map((outcome) => outcome.file), args, io);
  if (args.output === undefined) io.stdout(report);
  else if (!writeReport(path.resolve(io.cwd, args.output), report, io)) return 2;
  if (usageProblem) return 2;
  return reports.some((report) => report.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}

function formatReports(reports: FileReport[], failures: FileFailure[], order: string[], args: CheckArgs, io: CliIo): string {
  switch (args.format) {
    case 'json':
      return formatJson(reports, io.cwd, failures, order);
    case 'sarif':
      return formatSarif(reports, io.cwd, VERSION, failures);
    case 'github':
      return formatGithub(reports, io.cwd);
    case 'gitlab':
      return formatGitlab(reports, io.cwd);
    case 'junit':
      return formatJunit(reports, io.cwd);
    case 'stylish':
      // A file is read later, elsewhere: no terminal colours in it.
      return formatStylish(reports, io.cwd, args.color && args.output === undefined, cliLocale(args, io));
  }
}

/** The report file is written whole or not at all; its folder is made when missing (CI artifact paths). */
function writeReport(file: string, report: string, io: CliIo): boolean {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeTextAtomically(file, report + '\n');
    return true;
  } catch (error) {
    io.stderr(`nota: cannot write the report to ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return false;
  }
}
