import assert from 'node:assert/strict';
import { resolveConfig } from '../../server/src/core/config';
import { documentMetrics, syllablesOf } from '../../server/src/core/writing/readability';
import { check } from '../support/check';
import { ruleTester } from '../support/rule-tester';
import { findings, nota, on } from './writing';

const HARD = '- Implementatieondersteuning wordt georganiseerd in samenwerking met koepelorganisaties van decentrale overheden.\n'.repeat(5);
const EASY = '- Wij doen dit elk jaar.\n- Het kost geen geld.\n- De wet is klaar.\n- Zij zien er op toe.\n- Het werkt goed.';

describe('readability', () => {
  it('counts Dutch syllables as vowel groups: ij is one vowel, a diaeresis starts a syllable', () => {
    assert.deepEqual(['nota', 'bijlage', 'geëist', 'coördinatie', 'ministerie', 'woo', '2024'].map(syllablesOf), [2, 3, 2, 5, 4, 1, 1]);
  });

  it('gives Flesch–Douma and the share of B1 sentences per section and for the nota', () => {
    const { prose } = check(nota('- Wij doen dit elk jaar.\n- Het kost geen geld.', 'De Kamer heeft een motie aangenomen.'));
    const metrics = documentMetrics(prose(), { b1MaxWords: 20 });
    const kern = metrics.sections.find((section) => section.title === 'Kern')!;
    // 9 words, 9 syllables, 2 sentences: 206.84 − 77 × 1 − 0.93 × 4.5 = 125.7; the heading is on line 39.
    assert.deepEqual(kern, { title: 'Kern', line: 39, sentences: 2, words: 9, syllables: 9, fleschDouma: 125.7, b1Share: 1 });
    assert.deepEqual(metrics.sections.map((section) => section.title), ['Aanleiding', 'Geadviseerd besluit', 'Kern', 'Informatie die niet openbaar gemaakt kan worden']);
    assert.equal(metrics.sentences, 5);
  });

  it('is off by default; when on, an info finding on the purpose line when the nota misses the target', () => {
    const text = nota(HARD);
    assert.deepEqual(findings(text, 'readability'), []);
    const [finding] = findings(text, 'readability', on('readability', 'information'));
    assert.match(finding, /^11:1–11:23 Readability of the nota: Flesch–Douma -?\d+(\.\d)? \(target at least 30\), \d+% of sentences within B1 guidance \(target at least 60%\)\.$/);
    assert.deepEqual(findings(nota(EASY), 'readability', on('readability', 'information')), []);
  });

  it('takes the target from the options', () => {
    assert.equal(findings(nota(EASY), 'readability', on('readability', 'information', { minFleschDouma: 200 })).length, 1);
    assert.equal(findings(nota(HARD), 'readability', on('readability', 'information', { minFleschDouma: -100, minB1Share: 0 })).length, 0);
    assert.ok(resolveConfig([]));
  });
});

const HARD_BULLET = '- Implementatieondersteuning wordt georganiseerd in samenwerking met koepelorganisaties van decentrale overheden.';
const HARD_SENTENCE = HARD_BULLET.slice(2);
// Four sentences with the template's other sections; the second bullet makes five (Flesch–Douma -9.8).
const fourHard = nota(HARD_BULLET, HARD_SENTENCE);
const fiveHard = nota(`${HARD_BULLET}\n${HARD_BULLET}`, HARD_SENTENCE);
const INFO_SEVERITY = { severity: 'information' as const };
const message = (score: string, target: number, share: number, targetShare: number) =>
  `Readability of the nota: Flesch–Douma ${score} (target at least ${target}), ${share}% of sentences within B1 guidance (target at least ${targetShare}%).`;

ruleTester('readability', {
  valid: [
    { name: 'four sentences are too few to judge', text: fourHard, ...INFO_SEVERITY },
    { name: 'no purpose line: nothing to report on', text: fiveHard.replace('### TER BESLUITVORMING\n\n', ''), ...INFO_SEVERITY },
    { name: 'short sentences meet both targets', text: nota(EASY), ...INFO_SEVERITY },
    { name: 'a Flesch–Douma exactly at the target meets it', text: fiveHard, options: { minFleschDouma: -9.8 }, ...INFO_SEVERITY },
    { name: 'a B1 share exactly at the target meets it', text: nota(EASY), options: { b1MaxWords: 3, minB1Share: 0.13 }, ...INFO_SEVERITY },
    { name: 'targets that are not numbers fall back to the defaults', text: nota(EASY), options: { minFleschDouma: '200', minB1Share: '2' }, ...INFO_SEVERITY },
  ],
  invalid: [
    { name: 'five hard sentences: on the purpose line', text: fiveHard, ...INFO_SEVERITY, findings: [{ messageId: 'readability', line: 11, column: 1, endLine: 11, endColumn: 23, message: message('-9.8', 30, 100, 60) }] },
    { name: 'just below a Flesch–Douma target from the options', text: fiveHard, options: { minFleschDouma: -9.7 }, ...INFO_SEVERITY, findings: [{ messageId: 'readability', line: 11, column: 1, endLine: 11, endColumn: 23, message: message('-9.8', -9.7, 100, 60) }] },
    { name: 'easy sentences against a high target', text: nota(EASY), options: { minFleschDouma: 200 }, ...INFO_SEVERITY, findings: [{ messageId: 'readability', line: 11, column: 1, endLine: 11, endColumn: 23, message: message('89.9', 200, 100, 60) }] },
    {
      name: 'a B1 share below the target from the options, with a shorter B1 sentence length',
      text: nota(EASY), options: { b1MaxWords: 3, minB1Share: 0.14 }, ...INFO_SEVERITY,
      findings: [{ messageId: 'readability', line: 11, column: 1, endLine: 11, endColumn: 23, message: message('89.9', 30, 13, 14) }],
    },
  ],
});
