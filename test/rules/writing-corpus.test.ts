// The five published corpus documents and the writing rules: hints and information only, never an error or a warning,
// and exactly these findings by default; with every writing rule on, still no error or warning. The
// readability figures pinned here are the ones the README shows.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES, WRITING_RULE_IDS } from '../../server/src/core/rules';
import { documentMetrics } from '../../server/src/core/writing/readability';
import { REPO, check, corpusFiles } from '../support/check';
import { located } from './writing';

const ALL_ON = { rules: Object.fromEntries(WRITING_RULE_IDS.map((id) => [id, { severity: RULES.find((rule) => rule.id === id)!.defaultSeverity }])) };

const DEFAULT_HINTS: Record<string, string[]> = {
  '000': ['plain-word 34:290–34:297 "middels" is formal: write "met" or "via".', 'plain-word 49:26–49:32 "tevens" is formal: write "ook".'],
  '001': ['plain-word 85:48–85:54 "Tevens" is formal: write "ook".'],
  '002': [],
  '003': [],
  '004': [
    'plain-word 21:355–21:362 "hetgeen" is formal: write "wat" or "dat".',
    'plain-word 37:195–37:210 "ten behoeve van" is formal: write "voor".',
    'plain-word 37:478–37:493 "ten behoeve van" is formal: write "voor".',
  ],
};

const ALL_ON_COUNTS: Record<string, Record<string, number>> = {
  '000': { 'nominalisation/hint': 2, 'passive-voice/hint': 3, 'plain-word/information': 2, 'sentence-length/hint': 5 },
  '001': { 'nominalisation/hint': 3, 'passive-voice/hint': 1, 'plain-word/information': 1, 'sentence-length/hint': 3 },
  '002': { 'nominalisation/hint': 1, 'passive-voice/hint': 4, 'sentence-length/hint': 9, 'sentence-length/information': 2 },
  '003': { 'nominalisation/hint': 1, 'passive-voice/hint': 3, 'sentence-length/hint': 5, 'sentence-length/information': 1 },
  '004': { 'nominalisation/hint': 1, 'passive-voice/hint': 6, 'plain-word/information': 3, 'sentence-length/hint': 2, 'sentence-length/information': 1 },
};

/** [sentences, words, Flesch–Douma, share within B1] of the whole document (the README's table). */
const FIGURES: Record<string, [number, number, number, number]> = {
  '000': [22, 361, 43.3, 0.68],
  '001': [22, 410, 38.7, 0.64],
  '002': [30, 604, 38.1, 0.57],
  '003': [30, 535, 43.5, 0.67],
  '004': [26, 424, 37.9, 0.65],
};

/** The README's table of the corpus documents' readability: prefix → [sentences, words, Flesch–Douma, share within B1]. */
function readmeFigures(): Record<string, [number, number, number, number]> {
  const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const rows: Record<string, [number, number, number, number]> = {};
  for (const match of readme.matchAll(/^\| `(\d{3})` [^|]*\| (\d+) \| (\d+) \| ([\d.]+) \| (\d+)% \|/gm)) {
    rows[match[1]] = [Number(match[2]), Number(match[3]), Number(match[4]), Number(match[5]) / 100];
  }
  return rows;
}

describe('writing rules on the corpus', () => {
  it('the README shows the readability figures the checker computes for each corpus document', () => {
    const shown = readmeFigures();
    for (const file of corpusFiles()) {
      const prefix = path.basename(file).slice(0, 3);
      const metrics = documentMetrics(check(fs.readFileSync(file, 'utf8'), { fileName: file }).prose(), { b1MaxWords: 20 });
      assert.deepEqual(shown[prefix], [metrics.sentences, metrics.words, metrics.fleschDouma, metrics.b1Share], `README row ${prefix}`);
    }
  });

  for (const file of corpusFiles()) {
    const prefix = path.basename(file).slice(0, 3);
    const text = fs.readFileSync(file, 'utf8');
    const writing = (layer?: typeof ALL_ON) => check(text, { fileName: file, layer }).findings.filter((f) => WRITING_RULE_IDS.includes(f.ruleId));

    it(`${prefix}: by default exactly the pinned hints`, () => {
      assert.deepEqual(writing().map((f) => `${f.ruleId} ${located(text, f)}`), DEFAULT_HINTS[prefix]);
    });

    it(`${prefix}: with every writing rule on, hints and information only`, () => {
      const counts: Record<string, number> = {};
      for (const f of writing(ALL_ON)) counts[`${f.ruleId}/${f.severity}`] = (counts[`${f.ruleId}/${f.severity}`] ?? 0) + 1;
      assert.deepEqual(Object.fromEntries(Object.entries(counts).sort()), ALL_ON_COUNTS[prefix]);
    });

    it(`${prefix}: readability figures`, () => {
      const metrics = documentMetrics(check(text, { fileName: file }).prose(), { b1MaxWords: 20 });
      assert.deepEqual([metrics.sentences, metrics.words, metrics.fleschDouma, metrics.b1Share], FIGURES[prefix]);
    });
  }
});
