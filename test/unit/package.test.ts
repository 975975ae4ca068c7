// The package as the Marketplace and the .vsix show it: icon, banner, keywords, preview while 0.x, the
// walkthrough, file icons for both languages, and a .vsix with only what the extension uses.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../support/check';

const read = (file: string) => JSON.parse(fs.readFileSync(path.join(REPO, file), 'utf8'));
const manifest = read('package.json');
const catalogs = [read('package.nls.json'), read('package.nls.nl.json')];
const localized = (text: string) => /^%(.+)%$/.exec(text)?.[1];

describe('package.json for the Marketplace', () => {
  it('is marked preview while 0.x, with a 128×128 PNG icon, a gallery banner and keywords', () => {
    assert.equal(manifest.preview, manifest.version.startsWith('0.'));
    const icon = fs.readFileSync(path.join(REPO, manifest.icon));
    assert.deepEqual([...icon.subarray(1, 4)], [...Buffer.from('PNG')]);
    assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128]);
    assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme));
    assert.ok(manifest.keywords.length >= 5 && manifest.keywords.length <= 30, 'the Marketplace takes at most 30 keywords');
  });

  it('names no placeholder repository (a real one or none)', () => {
    for (const key of ['repository', 'bugs', 'homepage']) {
      const value = JSON.stringify(manifest[key] ?? '');
      assert.doesNotMatch(value, /example\.(invalid|com|org)/, key);
    }
  });

  it('shows every text of package.json in the display language: each is a %key% of package.nls.json and package.nls.nl.json', () => {
    // Not texts: when-clauses, key bindings, patterns; names stay as they are (language aliases, the display name).
    const notText = new Set(['when', 'key', 'mac', 'aliases', 'pattern', 'scopeName', 'path', 'language', 'id', 'command', 'view', 'markdown', 'image']);
    const unlocalized: string[] = [];
    const walk = (value: unknown, where: string, key: string): void => {
      if (typeof value === 'string') {
        if (!notText.has(key) && /\s/.test(value) && !localized(value)) unlocalized.push(`${where}: ${value}`);
        if (localized(value)) for (const catalog of catalogs) assert.ok(catalog[localized(value)!], `${where}: ${value} missing from a package.nls file`);
      } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${where}[${i}]`, key));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`, k);
    };
    walk({ description: manifest.description, capabilities: manifest.capabilities, contributes: manifest.contributes }, 'package.json', '');
    assert.deepEqual(unlocalized, []);
  });

  it('gives both languages a file icon that exists', () => {
    for (const language of manifest.contributes.languages) {
      for (const theme of ['light', 'dark']) assert.ok(fs.existsSync(path.join(REPO, language.icon[theme])), `${language.id} ${theme}`);
    }
  });

  it('has a walkthrough: write, check, redact, preview, export, each with its page (one per language) and texts in English and Dutch', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.deepEqual(walkthrough.steps.map((step: { id: string }) => step.id), ['write', 'check', 'redact', 'preview', 'export']);
    const commands = new Set(manifest.contributes.commands.map((command: { command: string }) => command.command));
    for (const step of walkthrough.steps) {
      // the page in the display language: a %key% of each package.nls file
      for (const catalog of catalogs) {
        const page = catalog[localized(step.media.markdown)!];
        assert.ok(page && fs.existsSync(path.join(REPO, page)), `${step.id}: ${step.media.markdown} → ${page}`);
      }
      for (const text of [step.title, step.description]) {
        for (const catalog of catalogs) assert.ok(catalog[localized(text)!], `${text} missing from a package.nls file`);
      }
      const button = /\(command:([\w.]+)\)/.exec(catalogs[0][localized(step.description)!])![1];
      assert.ok(commands.has(button) || button.startsWith('workbench.'), `${step.id}: ${button} is no command`);
    }
  });
});

/** The README the .vsix shows to users (the repository's README.md is for developers). */
const README = /--readme-path (\S+)/.exec(manifest.scripts.package)?.[1] ?? 'README.md';

describe('the README a user sees in VS Code (the packaged one)', () => {
  const text = fs.readFileSync(path.join(REPO, README), 'utf8');

  it('is not the developers\' README, and says what Nota does in Dutch and in English', () => {
    assert.notEqual(README, 'README.md');
    assert.match(text, /^## Nederlands$/m);
    assert.match(text, /^## English$/m);
    assert.doesNotMatch(text, /npm (ci|test|run)|mocha|benchmark/i, 'no development details');
  });

  it('shows images that exist and are shipped, each with a caption', () => {
    const images = [...text.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)];
    assert.ok(images.length >= 3, 'the Problems panel, the preview and the export');
    for (const [, caption, file] of images) {
      assert.ok(caption.length > 10, `${file} has a caption`);
      assert.ok(fs.existsSync(path.join(REPO, file)), `${file} exists`);
    }
  });
});

describe('the .vsix contents (vsce ls)', function () {
  this.timeout(120_000);
  let files: string[];
  before(() => {
    const vsce = path.join(REPO, 'node_modules', '.bin', 'vsce');
    files = execFileSync(vsce, ['ls', '--no-dependencies', '--readme-path', README], { cwd: REPO, encoding: 'utf8' }).split('\n').filter(Boolean);
  });

  it('ships the rule pages a diagnostic links to (English and Dutch), the walkthrough, the icon and grammar (snippets come from the language server)', () => {
    for (const file of ['docs/rules/placeholder.md', 'docs/rules/heading-unmarked.md', 'docs/rules/nl/placeholder.md', 'docs/walkthrough/write.md', 'docs/walkthrough/nl/write.md', 'media/icon.png', 'syntaxes/nota.tmLanguage.json', 'package.nls.nl.json', 'l10n/bundle.l10n.nl.json']) {
      assert.ok(files.includes(file), `${file} is not in the .vsix`);
    }
  });

  it('ships every bundle the client and the server load, once built (the Word and PDF part included)', function () {
    const bundles = ['dist/client.js', 'dist/server.js', 'dist/check-worker.js', 'dist/preview.js', 'dist/documents.js', 'dist/web/client.js', 'dist/web/server.js'];
    if (!bundles.every((file) => fs.existsSync(path.join(REPO, file)))) this.skip();
    for (const file of bundles) assert.ok(files.includes(file), `${file} is not in the .vsix`);
  });

  it('ships the users\' README and not the developers\' one', () => {
    assert.ok(files.includes(README), `${README} is not in the .vsix`);
    assert.ok(!files.includes('README.md'), 'README.md (for developers) is in the .vsix');
  });

  it('leaves out what no command uses: the CLI, bin/, the examples, sources, tests, maps and the developer docs', () => {
    const unwanted = files.filter((file) => /^(dist\/cli\.js|bin\/|examples\/|server\/|client\/|cli\/|test\/|scripts\/|bench\/|docs\/architecture|docs\/ci)|\.map$/.test(file));
    assert.deepEqual(unwanted, []);
  });
});
