// The snippets (snippets/snippets.ts, offered by the language server's completion): each whole nota, expanded with its defaults as VS Code
// inserts it, passes the checker without an error-level finding and reads as the nota it claims to be;
// the sections, tables, Woo markers and the beantwoording skeleton likewise.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_PURPOSES, DEFAULT_SECTIONS } from '../../server/src/core/catalog';
import { resolveConfig } from '../../server/src/core/config';
import { checkText } from '../../server/src/core/engine';
import type { Finding } from '../../server/src/core/types';
import { formatWithArgs } from '../../server/src/core/messages';
import { buildSnippets, type Snippet, WOO_GROUNDS, wholeDocumentSnippets } from '../../snippets/snippets';
import { dateVariables, expandSnippet, tabStops } from './snippet-expander';
import { loadGrammar, REPO, tokenize, tokensOf } from './tokenize';

const byPrefix = (prefix: string): Snippet => {
  const found = Object.values(buildSnippets()).find((snippet) => snippet.prefix.includes(prefix));
  if (!found) throw new Error(`no snippet with prefix ${prefix}`);
  return found;
};

const NOW = new Date();
const variables = dateVariables(NOW);
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const TODAY = `${NOW.getDate()} ${MONTHS[NOW.getMonth()]} ${NOW.getFullYear()}`;

function check(text: string, fileName = 'x.nota.md') {
  return checkText(text, { config: resolveConfig([]), locale: 'en', fileName });
}
/** Errors other than the placeholders a snippet expanded with its defaults leaves (test/rules/placeholder.test.ts). */
const errors = (findings: Finding[]) => findings.filter((f) => f.severity === 'error' && f.ruleId !== 'placeholder').map((f) => `${f.ruleId}: ${f.message}`);

describe('snippet expander (test helper)', () => {
  it('placeholders, choices, mirrors, the final tab stop and escapes', () => {
    assert.equal(expandSnippet('${1:a ${2:b}} ${3|x,y|} $1 ${2} $0\\$4 \\}', {}), 'a b x a b b $4 }');
  });
  it('variables and transforms with conditional format strings', () => {
    const vars = { CURRENT_MONTH: '03', CURRENT_DATE: '05' };
    assert.equal(expandSnippet('${CURRENT_DATE/^0//}|${CURRENT_MONTH/(01)|(03)/${1:+jan}${2:+mrt}/}|${CURRENT_DATE/(9)/${1:?n:e}/}', vars), '5|mrt|e'); // no match: VS Code runs the else branches
    assert.throws(() => expandSnippet('$CURRENT_DAT', vars), /unknown snippet variable/);
  });
  it('today in Dutch, from the date variables, for every month and a one- and two-digit day', () => {
    const body = byPrefix('nota-besluitvorming').body.find((line) => line.includes('CURRENT_YEAR'))!;
    for (let month = 0; month < 12; month++) {
      for (const day of [1, 9, 10, 28]) {
        const date = new Date(2024, month, day);
        assert.equal(expandSnippet(body, dateVariables(date)), `${day} ${MONTHS[month]} 2024`);
      }
    }
  });
});

describe('snippets', () => {
  it('there is no snippets file (VS Code cannot localise one); the whole documents are the nota per purpose and the beantwoording', () => {
    assert.deepEqual(fs.readdirSync(path.join(REPO, 'snippets')).filter((name) => name.endsWith('.code-snippets')), []);
    assert.deepEqual(wholeDocumentSnippets().map((snippet) => snippet.prefix[0]), [...DEFAULT_PURPOSES.map((purpose) => `nota-${purpose.toLowerCase()}`), 'beantwoording']);
  });

  it('every snippet has a scope of our languages, a unique prefix, a description in both languages and a body', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { contributes: { languages: Array<{ id: string }> } };
    const languages = new Set(pkg.contributes.languages.map((language) => language.id));
    const prefixes = new Set<string>();
    for (const [name, snippet] of Object.entries(buildSnippets())) {
      assert.ok(snippet.scope.split(',').every((scope) => languages.has(scope)), `${name}: scope ${snippet.scope}`);
      for (const prefix of snippet.prefix) {
        assert.ok(!prefixes.has(prefix), `${name}: prefix ${prefix} used twice`);
        prefixes.add(prefix);
      }
      for (const locale of ['en', 'nl'] as const) assert.doesNotMatch(formatWithArgs(locale, snippet.description.message, snippet.description.args), /\{\w+\}/, `${name} (${locale})`);
      assert.ok(Array.isArray(snippet.body) && snippet.body.length > 0, name);
      expandSnippet(snippet.body, variables); // parses, and uses no unknown variable
    }
  });

  it('has a whole nota per purpose, each section, the Bijlagen table and row, a Woo marker and block, and the beantwoording', () => {
    const prefixes = Object.values(buildSnippets()).flatMap((snippet) => snippet.prefix);
    for (const purpose of DEFAULT_PURPOSES) assert.ok(prefixes.includes(`nota-${purpose.toLowerCase()}`), purpose);
    for (const def of DEFAULT_SECTIONS) assert.ok(prefixes.includes(`sectie-${def.id}`), def.id);
    for (const prefix of ['bijlagen-tabel', 'bijlage-rij', 'lak', 'woo-motivering', 'beantwoording', 'vraag']) assert.ok(prefixes.includes(prefix), prefix);
  });
});

describe('whole-nota snippets, expanded with their defaults', () => {
  for (const purpose of DEFAULT_PURPOSES) {
    describe(`TER ${purpose}`, () => {
      const snippet = byPrefix(`nota-${purpose.toLowerCase()}`);
      const text = expandSnippet(snippet.body, variables);

      it('gives no error-level finding but the placeholders it leaves to fill in', () => {
        assert.deepEqual(errors(check(text).findings), []);
        assert.ok(check(text).findings.some((finding) => finding.ruleId === 'placeholder'));
      });

      it('is read as a nota with every header field, this purpose and the required sections in order', () => {
        const { doc } = check(text);
        assert.equal(doc.kind, 'nota');
        const fields = Object.fromEntries(doc.header.fields.map((field) => [field.key, field.value]));
        assert.deepEqual(Object.keys(fields).sort(), ['aan', 'actiefOpenbaar', 'bijlagen', 'datum', 'opgesteldDoor', 'referentie', 'samengewerktMet', 'van']);
        assert.equal(fields.actiefOpenbaar, 'Ja');
        assert.equal(fields.datum, TODAY);
        assert.equal(fields.opgesteldDoor, '[5.1.2e]');
        assert.equal(fields.bijlagen, '1');
        assert.ok(doc.header.onderwerp, 'onderwerp');
        assert.ok(doc.header.cue, 'document cue');
        assert.deepEqual(doc.header.purposes.map((p) => p.value), [purpose]);
        const required = DEFAULT_SECTIONS.filter(
          (def) => def.requirement === 'always' || (typeof def.requirement === 'object' && def.requirement.purposes.includes(purpose)),
        ).map((def) => def.id);
        assert.deepEqual(doc.sections.map((s) => s.def?.id), [...required, 'niet-openbaar', 'bijlagen']);
        assert.ok(doc.sections.every((s) => s.hasText), 'no empty section');
        assert.equal(doc.sections.find((s) => s.def?.id === 'niet-openbaar')?.motivering?.title, 'Motivering');
        assert.equal(doc.bijlagen?.form, 'gfm');
        assert.deepEqual(doc.bijlagen?.rows.map((row) => [row.number, row.naam]), [[1, 'Naam van de bijlage']]);
      });

      it('uses the canonical form: **Label** and two spaces, the value on the next line', () => {
        const lines = text.split('\n');
        for (const label of ['Aan', 'Van', 'Nota actief openbaar', 'Onze referentie', 'Datum', 'Opgesteld door', 'Samengewerkt met', 'Bijlage(n)']) {
          const at = lines.indexOf(`**${label}**  `);
          assert.ok(at >= 0 && lines[at + 1].trim() !== '', label);
        }
        assert.ok(lines.includes('## nota'));
        assert.ok(lines.includes(`### TER ${purpose}`));
      });

      it('has tab stops 1…n in order, then $0', () => {
        const stops = tabStops(snippet.body);
        assert.deepEqual(stops, [...Array.from({ length: stops.length - 1 }, (_, i) => i + 1), 0]);
      });

      it('is highlighted by the grammar: labels, values, purpose, sections, the marker', async () => {
        const lines = tokenize(await loadGrammar(), text);
        const on = (lineText: string) => lines.find((line) => line.text === lineText)!;
        assert.ok(tokensOf(on('**Onze referentie**  '), 'Onze referentie').every((t) => t.scopes.includes('entity.name.tag.field-label.nota')));
        assert.ok(tokensOf(on(TODAY), TODAY).every((t) => t.scopes.includes('constant.numeric.date.nota')));
        assert.ok(tokensOf(on('[5.1.2e]'), '5.1.2e').every((t) => t.scopes.includes('constant.other.woo-ground.nota')));
        assert.ok(tokensOf(on(`### TER ${purpose}`), `TER ${purpose}`).every((t) => t.scopes.includes('keyword.other.purpose.nota')));
        assert.ok(tokensOf(on('### Kern'), 'Kern').every((t) => t.scopes.includes('markup.heading.section.nota')));
      });
    });
  }

  it('every Woo ground the marker snippet offers is accepted in a nota, and they are exactly the grounds of spec §7.2', () => {
    const expected = [
      ...'abcde'.split('').map((l) => `5.1.1${l}`),
      ...'abcdefghi'.split('').map((l) => `5.1.2${l}`),
      '5.1.5',
      '5.2',
    ].sort();
    assert.deepEqual(WOO_GROUNDS.map(([code]) => code).sort(), expected);
    const marker = byPrefix('lak');
    assert.equal(expandSnippet(marker.body, variables), '[5.1.2e]');
    const nota = expandSnippet(byPrefix('nota-informatie').body, variables);
    for (const [code] of WOO_GROUNDS) {
      const text = nota.replace('**Opgesteld door**  \n[5.1.2e]', `**Opgesteld door**  \n[${code}]`).replace('(5.1.2e)', `(${code})`);
      assert.deepEqual(errors(check(text).findings), [], code);
    }
  });
});

describe('section, table and Woo snippets', () => {
  const base = expandSnippet(byPrefix('nota-besluitvorming').body, variables);
  const WOO_HEADING = '### Informatie die niet openbaar gemaakt kan worden';

  for (const def of DEFAULT_SECTIONS) {
    it(`sectie-${def.id}: a ${def.name} heading the checker and the grammar recognise`, async () => {
      const inserted = expandSnippet(byPrefix(`sectie-${def.id}`).body, variables);
      const heading = inserted.split('\n')[0];
      const line = tokenize(await loadGrammar(), inserted)[0];
      assert.ok(line.tokens.every((t) => t.scopes.includes('markup.heading.section.nota')), heading);
      // An optional section goes in its canonical place: before the Woo block. The others are in the nota already.
      if (def.requirement === 'never' && def.id !== 'niet-openbaar') {
        const text = base.replace(WOO_HEADING, `${inserted}\n${WOO_HEADING}`);
        const { doc, findings } = check(text);
        assert.ok(doc.sections.some((s) => s.def?.id === def.id && s.hasText), def.id);
        assert.deepEqual(errors(findings), []);
        assert.deepEqual(findings.filter((f) => f.ruleId.startsWith('section-')).map((f) => f.message), []);
      }
    });
  }

  it('the Bijlagen table and a second row: two bijlagen, numbered 1 and 2', () => {
    const row = expandSnippet(byPrefix('bijlage-rij').body, variables);
    assert.equal(row, '| 2 | Naam van de bijlage |  |');
    const text = base.replace('| 1 | Naam van de bijlage |  |', `| 1 | Naam van de bijlage |  |\n${row}`).replace('**Bijlage(n)**  \n1', '**Bijlage(n)**  \n2');
    const { doc, findings } = check(text);
    assert.deepEqual(doc.bijlagen?.rows.map((r) => r.number), [1, 2]);
    assert.deepEqual(errors(findings), []);
    const table = expandSnippet(byPrefix('bijlagen-tabel').body, variables);
    assert.equal(table, '| Volgnummer | Naam | Informatie |\n| --- | --- | --- |\n| 1 | Naam van de bijlage |  |\n');
  });

  it('the Woo block names the ground of the marker', () => {
    const block = expandSnippet(byPrefix('woo-motivering').body, variables);
    assert.match(block, /^### Informatie die niet openbaar gemaakt kan worden\n\n#### Motivering\n\n.*artikel 5\.1\.2e van de Woo\./);
    const text = base.slice(0, base.indexOf(WOO_HEADING)) + block + base.slice(base.indexOf('### Bijlagen') - 1);
    const { doc, findings } = check(text);
    assert.equal(doc.sections.find((s) => s.def?.id === 'niet-openbaar')?.motivering?.title, 'Motivering');
    assert.deepEqual(errors(findings), []);
  });
});

describe('beantwoording snippets', () => {
  it('the skeleton is a beantwoording with questions and answers 1 and 2, and no error', () => {
    const snippet = byPrefix('beantwoording');
    assert.equal(snippet.scope, 'nota-kv');
    const text = expandSnippet(snippet.body, variables);
    const { doc, findings } = check(text, 'x.kv.md');
    assert.equal(doc.kind, 'beantwoording');
    assert.deepEqual(doc.beantwoording?.parsed.questions.map((q) => q.number), [1, 2]);
    assert.deepEqual(doc.beantwoording?.parsed.answers.map((a) => a.numbers), [[1], [2]]);
    assert.deepEqual(errors(findings), []);
    assert.ok(text.includes(`(ontvangen ${TODAY})`));
  });

  it('a Vraag/Antwoord pair: one number for both, highlighted as labels', async () => {
    const snippet = byPrefix('vraag');
    assert.deepEqual(snippet.scope.split(',').sort(), ['nota', 'nota-kv']);
    const pair = expandSnippet(snippet.body, variables);
    assert.equal(pair, '**Vraag 1**  \nTekst van de vraag\n\n**Antwoord 1**  \nTekst van het antwoord\n');
    const { doc, findings } = check(pair, 'x.kv.md');
    assert.deepEqual(doc.beantwoording?.parsed.questions.map((q) => q.number), [1]);
    assert.deepEqual(errors(findings), []);
    const lines = tokenize(await loadGrammar('text.nota.kv'), pair);
    assert.ok(tokensOf(lines[0], 'Vraag 1').every((t) => t.scopes.includes('markup.heading.question.nota')));
    assert.ok(tokensOf(lines[3], 'Antwoord 1').every((t) => t.scopes.includes('markup.heading.answer.nota')));
  });
});
