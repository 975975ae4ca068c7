// The five published corpus documents: the model must read them as they are, and no error may be reported.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Finding } from '../../server/src/core/types';
import { check, corpusFiles, readCorpus } from '../support/check';
import * as fs from 'node:fs';
import { WRITING_RULE_IDS } from '../../server/src/core/rules';

/** The structural findings: the writing rules' hints on the corpus are pinned in test/rules/writing-corpus.test.ts. */
const structural = (findings: Finding[]) => findings.filter((f) => !WRITING_RULE_IDS.includes(f.ruleId));

describe('corpus documents', () => {
  for (const file of corpusFiles()) {
    it(`${path.basename(file)} gives no error-level finding`, () => {
      const { findings } = check(fs.readFileSync(file, 'utf8'), { fileName: file });
      assert.deepEqual(findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`), []);
    });
  }

  it('seed 000 (Markdown from PDF): header fields, purpose, sections, running header, tab table', () => {
    const { doc, findings } = check(readCorpus('000'), { fileName: '000.txt' });
    assert.equal(doc.kind, 'nota');
    const fields = Object.fromEntries(doc.header.fields.map((f) => [f.key, f.value]));
    assert.deepEqual(fields, {
      aan: 'Staatssecretaris van BZK',
      van: 'DGDOO',
      actiefOpenbaar: 'Ja',
      referentie: '2023-0000768759',
      datum: '12 december 2023',
      opgesteldDoor: '[Redacted]',
      samengewerktMet: 'CZW, D&B',
      bijlagen: '1',
    });
    assert.equal(
      doc.header.onderwerp?.text,
      'Beantwoording Kamervragen lid Van Haga (Groep van Haga) over de oproep tot ambtenarenprotest tegen de verkiezingsuitslag',
    );
    assert.deepEqual(doc.header.purposes.map((p) => p.value), ['ONDERTEKENING']);
    assert.ok(doc.header.cue);
    assert.deepEqual(
      doc.sections.map((s) => [s.def?.id, s.depth, s.hasText]),
      [
        ['aanleiding', 3, true],
        ['geadviseerd-besluit', 3, true],
        ['kern', 3, true],
        ['communicatie', 4, true],
        ['niet-openbaar', 4, true],
        ['bijlagen', 4, true],
      ],
    );
    assert.equal(doc.sections[4].motivering?.title, 'Motivering');
    assert.deepEqual(doc.runningHeaders.map((r) => [r.key, r.value]), [
      ['referentie', '2023-0000768759'],
      ['datum', '12 december 2023'],
    ]);
    assert.equal(doc.bijlagen?.form, 'tabs');
    assert.deepEqual(doc.bijlagen?.rows.map((r) => [r.number, r.naam, r.informatie]), [
      [1, 'Beantwoording Kamervragen lid Van Haga (Groep van Haga) over de oproep tot ambtenarenprotest tegen de verkiezingsuitslag', ''],
    ]);
    assert.deepEqual(doc.redactions.map((r) => doc.text.slice(r.span.start, r.span.end)), ['[Redacted]']);
    // Only the information finding that the tab-separated Bijlagen table has a canonical Markdown form.
    assert.deepEqual(structural(findings).map((f) => `${f.ruleId}/${f.severity}`), ['bijlagen-table/information']);
  });

  it('seed 001 (plain text from PDF): label lines, empty Opgesteld door, plain headings, plain table', () => {
    const { doc, findings } = check(readCorpus('001'), { fileName: '001.txt' });
    assert.equal(doc.kind, 'nota');
    const fields = Object.fromEntries(doc.header.fields.map((f) => [f.key, f.value]));
    assert.deepEqual(fields, {
      aan: 'Minister en staatssecretaris van BZK',
      van: 'DGDOO',
      actiefOpenbaar: 'Ja',
      referentie: '2024-0000096441',
      datum: '13 februari 2024',
      opgesteldDoor: '',
      samengewerktMet: 'BA, KIEM, CZW',
      bijlagen: '1',
    });
    assert.match(doc.header.onderwerp!.text, /^Beantwoording van de Kamervragen van het lid Eerdmans \(JA21\) over .* verkiezingsuitslag$/);
    assert.deepEqual(doc.header.purposes.map((p) => p.value), ['BESLUITVORMING']);
    assert.deepEqual(doc.paginas.map((p) => [p.page, p.of]), [[1, 2]]);
    assert.deepEqual(
      doc.sections.map((s) => [s.def?.id, s.depth]),
      [
        ['aanleiding', 0],
        ['geadviseerd-besluit', 0],
        ['kern', 0],
        ['toelichting', 0],
        ['politieke-context', 0],
        ['bijlagen', 0],
      ],
    );
    assert.equal(doc.bijlagen?.form, 'plain');
    assert.deepEqual(doc.bijlagen?.rows.map((r) => [r.number, r.naam]), [
      [1, 'Beantwoording van de vragen van het lid Eerdmans (JA21) over bijeenkomsten met ambtenaren naar aanleiding van de verkiezingsuitslag'],
    ]);
    // Hints for the plain-line headings and table, and the warning the spec expects: actief openbaar with
    // an empty (so redacted) Opgesteld door, but no "Informatie die niet openbaar gemaakt kan worden";
    // and the five U+F0B7 bullets of the Kern as list items to write with "-".
    assert.deepEqual([...new Set(structural(findings).map((f) => `${f.ruleId}/${f.severity}`))].sort(), ['bijlagen-table/information', 'heading-unmarked/information', 'list-bullet/information', 'woo-motivering/warning']);
    assert.equal(findings.filter((f) => f.ruleId === 'list-bullet').length, 5);
  });

  for (const prefix of ['002', '003', '004']) {
    it(`seed ${prefix} is recognised as a beantwoording by its content`, () => {
      const { doc } = check(readCorpus(prefix), { fileName: `${prefix}.txt` });
      assert.equal(doc.kind, 'beantwoording');
      assert.equal(doc.kindSource, 'content');
    });
  }

  it('seeds 000 and 001 stay notas even with a .kv-like mention of Kamervragen', () => {
    for (const prefix of ['000', '001']) assert.equal(check(readCorpus(prefix), { fileName: 'x.txt' }).doc.kind, 'nota');
  });
});
