// The CI examples of docs/ci.md and the README run as written: every `nota …` command line of their code
// blocks and of the workflow/job YAML, in a repository of example notas, with `nota` on PATH as after
// `npm install --global`. The YAML is parsed and its reports are the files the commands write.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { load } from 'js-yaml';
import { REPO } from '../support/check';
import { notaOnPath } from '../support/nota-on-path';

interface Fence {
  lang: string;
  body: string;
}

function fences(file: string): Fence[] {
  const text = fs.readFileSync(path.join(REPO, file), 'utf8');
  return [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({ lang: match[1], body: match[2] }));
}

/** Command lines that start with `nota `; a usage synopsis (`[--format …]`) is not a command. */
function notaLines(script: string): string[] {
  return script
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => /^nota\s/.test(line) && !line.includes('[--'));
}

type Yaml = Record<string, any>;
const ciYaml = () => fences('docs/ci.md').filter((fence) => fence.lang === 'yaml').map((fence) => load(fence.body) as Yaml);
const githubWorkflow = () => ciYaml().find((doc) => doc.jobs) as Yaml;
const gitlabJob = () => (ciYaml().find((doc) => doc.nota?.script) as Yaml).nota;

function outputOf(command: string): string | undefined {
  return /--output[ =](\S+)/.exec(command)?.[1];
}

function documentedCommands(): string[] {
  const shell = [...fences('README.md'), ...fences('docs/ci.md')].filter((fence) => ['sh', 'bash', 'shell', ''].includes(fence.lang)).flatMap((fence) => notaLines(fence.body));
  const github = githubWorkflow().jobs.nota.steps.flatMap((step: Yaml) => (typeof step.run === 'string' ? notaLines(step.run) : []));
  const gitlab = [...gitlabJob().before_script, ...gitlabJob().script].flatMap((line: string) => notaLines(line));
  return [...new Set([...shell, ...github, ...gitlab])];
}

describe('the CI examples of docs/ci.md and the README', function () {
  this.timeout(60000);
  let root: string;
  let bin: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-ci-docs-'));
    bin = notaOnPath(path.join(root, 'bin'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  /** A repository with the given example folders, as a CI job checks it out. */
  function repository(name: string, folders: string[]): string {
    const repo = path.join(root, name);
    for (const folder of folders) fs.cpSync(path.join(REPO, 'examples', folder), path.join(repo, 'notas', folder), { recursive: true });
    return repo;
  }
  const run = (command: string, cwd: string) =>
    spawnSync('bash', ['-e', '-c', command], { cwd, encoding: 'utf8', env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, LANG: 'en_US.UTF-8' } });

  it('the GitHub workflow uploads the SARIF file its nota command writes, and may do so', () => {
    const workflow = githubWorkflow();
    assert.equal(workflow.permissions['security-events'], 'write');
    const steps: Yaml[] = workflow.jobs.nota.steps;
    const upload = steps.find((step) => String(step.uses).startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload, 'an upload-sarif step');
    const sarifCommand = steps.flatMap((step) => notaLines(step.run ?? '')).find((line) => line.includes('--format sarif'));
    assert.equal(outputOf(sarifCommand!), upload.with.sarif_file);
    assert.ok(steps.some((step) => notaLines(step.run ?? '').some((line) => line.includes('--format github'))), 'an annotation step');
  });

  it('the GitLab job declares the Code Quality and JUnit reports its nota commands write', () => {
    const job = gitlabJob();
    const commands: string[] = job.script.flatMap((line: string) => notaLines(line));
    assert.equal(job.artifacts.reports.codequality, outputOf(commands.find((line) => line.includes('--format gitlab'))!));
    assert.equal(job.artifacts.reports.junit, outputOf(commands.find((line) => line.includes('--format junit'))!));
    assert.equal(job.artifacts.when, 'always', 'reports are kept when the job fails');
  });

  it('every documented command passes on good notas and writes a report that parses', () => {
    const commands = documentedCommands();
    assert.ok(commands.length >= 8, `only ${commands.length} commands found`);
    const repo = repository('goed', ['goed']);
    for (const command of commands) {
      const result = run(command, repo);
      assert.equal(result.status, 0, `${command}\n${result.stdout}${result.stderr}`);
      const output = outputOf(command);
      if (output) assert.ok(fs.statSync(path.join(repo, output)).size > 0, `${command} wrote ${output}`);
      if (output?.endsWith('.json')) assert.deepEqual(JSON.parse(fs.readFileSync(path.join(repo, output), 'utf8')), [], 'no issue on good notas');
      if (output?.endsWith('.sarif')) assert.deepEqual(JSON.parse(fs.readFileSync(path.join(repo, output), 'utf8')).runs[0].results, []);
    }
  });

  it('on faulty notas the reporting commands still succeed with their findings written, and the checking ones fail', () => {
    const repo = repository('fout', ['goed', 'fout']);
    const failing: string[] = [];
    for (const command of documentedCommands()) {
      const result = run(command, repo);
      assert.ok(result.status === 0 || result.status === 1, `${command}: exit ${result.status}\n${result.stderr}`);
      if (result.status === 1) failing.push(command);
      const output = outputOf(command);
      if (output?.endsWith('.json')) assert.ok(JSON.parse(fs.readFileSync(path.join(repo, output), 'utf8')).some((issue: { location: { path: string } }) => issue.location.path.startsWith('notas/fout/')));
      if (output?.endsWith('.xml')) assert.match(fs.readFileSync(path.join(repo, output), 'utf8'), /<failure /);
      if (command.includes('--format github')) assert.match(result.stdout, /^::error file=notas\/fout\//m);
    }
    // The last command of each pipeline is the one that fails it.
    const lastGithub = githubWorkflow().jobs.nota.steps.flatMap((step: Yaml) => notaLines(step.run ?? '')).at(-1);
    const lastGitlab = gitlabJob().script.flatMap((line: string) => notaLines(line)).at(-1);
    assert.ok(failing.includes(lastGithub) && failing.includes(lastGitlab), `failing: ${failing.join(' | ')}`);
    for (const command of failing) assert.doesNotMatch(command, /\|\| \[ \$\? -eq 1 \]/);
  });
});
