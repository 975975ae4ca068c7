// The TextMate grammar (syntaxes/): our scopes on the five corpus documents and on synthetic lines,
// with a stub Markdown grammar (always) and with VS Code's own Markdown grammar when it is installed here.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import type { IGrammar } from 'vscode-textmate';
import { CONTRIBUTES_GRAMMARS, GRAMMAR_FILES, grammarJson, type Rule, TOKEN_TYPES } from '../../syntaxes/grammar';
import {
  CORPUS_DIR,
  describe_,
  loadGrammar,
  MARKDOWN_STUB,
  REPO,
  type ScopeName,
  type TokenizedLine,
  tokenize,
  tokenTypeAt,
  tokensOf,
  VSCODE_MARKDOWN,
} from './tokenize';

function readCorpus(prefix: string): string {
  const file = fs.readdirSync(CORPUS_DIR).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`corpus document ${prefix} not found in ${CORPUS_DIR}`);
  return fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8');
}

/** The lines that contain `hint` (all of them: a running header repeats its lines). */
function linesWith(doc: TokenizedLine[], hint: string): TokenizedLine[] {
  const found = doc.filter((line) => line.text.includes(hint));
  assert.ok(found.length > 0, `no line contains ${JSON.stringify(hint)}`);
  return found;
}

/** Every token of `needle` (on the first line holding `hint`, or `needle` itself) carries `scope`. */
function expectScope(doc: TokenizedLine[], needle: string, scope: string, hint = needle, all = false) {
  for (const line of all ? linesWith(doc, hint) : linesWith(doc, hint).slice(0, 1)) {
    const tokens = tokensOf(line, needle);
    assert.ok(
      tokens.length > 0 && tokens.every((token) => token.scopes.includes(scope)),
      `${JSON.stringify(needle)} should be ${scope} on ${JSON.stringify(line.text)}:\n${describe_(line)}`,
    );
  }
}

/** No token of `needle` carries a scope starting with `scope`. */
function expectNoScope(doc: TokenizedLine[], needle: string, scope: string, hint = needle) {
  const line = linesWith(doc, hint)[0];
  const tokens = tokensOf(line, needle, line.text.indexOf(hint));
  assert.ok(
    tokens.every((token) => !token.scopes.some((s) => s === scope || s.startsWith(`${scope}.`))),
    `${JSON.stringify(needle)} should not be ${scope} on ${JSON.stringify(line.text)}:\n${describe_(line)}`,
  );
}

/** The exact span `needle` is one token with `scope` (nothing around it swallowed, nothing cut off). */
function expectExactToken(doc: TokenizedLine[], needle: string, scope: string, hint = needle) {
  const line = linesWith(doc, hint)[0];
  const at = line.text.indexOf(needle, Math.max(0, line.text.indexOf(hint)));
  const covering = line.tokens.filter((token) => token.scopes.includes(scope) && token.end > at && token.start < at + needle.length);
  const first = covering[0];
  const last = covering[covering.length - 1];
  assert.ok(
    first && first.start === at && last.end === at + needle.length,
    `${scope} should cover exactly ${JSON.stringify(needle)} on ${JSON.stringify(line.text)}:\n${describe_(line)}`,
  );
}

const SYNTHETIC = [
  '### Kern',
  '',
  'De persoon [5.1.2e] en [5.1.2.e], [5.2] en [10.2.e] en ████ en [5.1.2e, 5.1.2i].',
  'Op maandag 4 december 2023 stelde het lid vragen; op 29 januari jl. kwam er meer; 3 maart a.s. volgt.',
  'Ook 12 dec. 2023, 12-12-2023 en 2023-12-12 zijn datums.',
  '<!-- nota-disable-next-line section-unknown pii-name -->',
  'Tekst <!-- nota-disable-line field-empty --> na.',
  'De Aanleiding van dit alles ligt in 2023 en in december 2023, zie kst-29279-874, 2024D34636 en 2024Z1294.',
  'Zie ook `12 december 2023` en [gelakt] en [geanonimiseerd].',
  '- In een lijst: [Redacted] sinds 5 maart 2024 (2024Z01294).',
  '| 1 | [5.1.2e] op 6 maart 2024 | |',
  '**Datum:** 12 maart 2024',
  'Van ambtenaren wordt verwacht dat zij neutraal zijn.',
  'Vraag 2 gaat over iets anders.',
  'antwoord op vraag 2.',
  '**Vraag 3:** Bent u bekend met 2024Z01294?',
  '### Beslispunten',
  'Financiële gevolgen',
  'Aan de hand van de antwoorden',
  'Antwoord op vragen 2 en 3',
  'Zie kst-36200-VII-5 en [weggelakt].',
].join('\n');

function grammarSuite(label: string, markdownFile: string) {
  describe(`grammar with ${label}`, () => {
    let grammar: IGrammar;
    const docs = new Map<string, TokenizedLine[]>();
    const doc = (prefix: string) => {
      let tokenized = docs.get(prefix);
      if (!tokenized) {
        tokenized = tokenize(grammar, prefix === 'synthetic' ? SYNTHETIC : readCorpus(prefix));
        docs.set(prefix, tokenized);
      }
      return tokenized;
    };
    before(async () => {
      grammar = await loadGrammar('text.nota', markdownFile);
    });

    describe('seed 000 (Markdown nota)', () => {
      it('header labels in the canonical form, in the header and in the running header', () => {
        expectScope(doc('000'), 'Onze referentie', 'entity.name.tag.field-label.nota', '**Onze referentie**', true);
        expectScope(doc('000'), '**', 'punctuation.definition.bold.markdown', '**Onze referentie**', true);
        expectScope(doc('000'), 'Nota actief openbaar', 'entity.name.tag.field-label.nota');
        expectScope(doc('000'), 'Bijlage(n)', 'entity.name.tag.field-label.nota');
      });
      it('the value on the next line is the field value, with its own scope inside', () => {
        expectScope(doc('000'), '2023-0000768759', 'string.unquoted.field-value.nota', '2023-0000768759', true);
        expectExactToken(doc('000'), '2023-0000768759', 'constant.numeric.reference.nota');
        expectScope(doc('000'), '12 december 2023', 'string.unquoted.field-value.nota');
        expectExactToken(doc('000'), '12 december 2023', 'constant.numeric.date.nota');
        expectScope(doc('000'), 'CZW, D&B', 'string.unquoted.field-value.nota');
      });
      it('[Redacted] is a redaction marker', () => {
        expectExactToken(doc('000'), '[Redacted]', 'markup.deleted.redaction.nota');
        expectScope(doc('000'), '[Redacted]', 'string.unquoted.field-value.nota');
      });
      it('Aan/Van on one line in the header', () => {
        expectScope(doc('000'), 'Aan', 'entity.name.tag.field-label.nota', 'Aan Staatssecretaris');
        expectScope(doc('000'), 'Staatssecretaris van BZK', 'string.unquoted.field-value.nota');
        expectScope(doc('000'), 'DGDOO', 'string.unquoted.field-value.nota', 'Van DGDOO');
      });
      it('### TER ONDERTEKENING is the purpose, still a Markdown heading', () => {
        expectScope(doc('000'), 'TER ONDERTEKENING', 'keyword.other.purpose.nota');
        expectScope(doc('000'), '### TER ONDERTEKENING', 'markup.heading.markdown');
        expectScope(doc('000'), '###', 'punctuation.definition.heading.markdown', '### TER ONDERTEKENING');
      });
      it('### Aanleiding and the other known sections are section headings, still Markdown headings', () => {
        for (const heading of ['### Aanleiding', '### Geadviseerd besluit', '### Kern', '#### *Communicatie*', '#### **Bijlagen**', '#### **Informatie die niet openbaar gemaakt kan worden**']) {
          expectScope(doc('000'), heading, 'markup.heading.section.nota');
          expectScope(doc('000'), heading, 'markup.heading.markdown');
        }
        expectScope(doc('000'), 'Aanleiding', 'entity.name.section.markdown', '### Aanleiding');
        expectScope(doc('000'), 'Motivering', 'markup.heading.section.motivering.nota', '##### *Motivering*');
      });
      it('a date in the running text', () => {
        expectExactToken(doc('000'), '4 december 2023', 'constant.numeric.date.nota');
      });
      it('prose is not a field, a section or a date', () => {
        expectNoScope(doc('000'), 'Van Haga', 'meta.field', 'De heer Van Haga heeft');
        expectNoScope(doc('000'), 'verkiezingsuitslag', 'markup.heading', 'Beantwoording Kamervragen lid');
        expectNoScope(doc('000'), 'nota', 'markup.heading.section.nota', '## nota');
      });
    });

    describe('seed 001 (plain text from PDF)', () => {
      it('Aan on one line', () => {
        expectScope(doc('001'), 'Aan', 'entity.name.tag.field-label.nota', 'Aan Minister en staatssecretaris van BZK');
        expectExactToken(doc('001'), 'Minister en staatssecretaris van BZK', 'string.unquoted.field-value.nota');
      });
      it('TER BESLUITVORMING as a plain line (trailing space)', () => {
        expectExactToken(doc('001'), 'TER BESLUITVORMING', 'keyword.other.purpose.nota', 'TER BESLUITVORMING ');
      });
      it('labels alone on their line, the value on the next line', () => {
        expectExactToken(doc('001'), 'Datum', 'entity.name.tag.field-label.nota');
        expectExactToken(doc('001'), '13 februari 2024', 'string.unquoted.field-value.nota');
        expectExactToken(doc('001'), '2024-0000096441', 'constant.numeric.reference.nota');
        expectExactToken(doc('001'), 'Ja', 'string.unquoted.field-value.nota');
      });
      it('an empty Opgesteld door does not take the next label as its value', () => {
        expectExactToken(doc('001'), 'Samengewerkt met', 'entity.name.tag.field-label.nota');
        expectNoScope(doc('001'), 'Samengewerkt met', 'string.unquoted.field-value.nota');
        expectExactToken(doc('001'), 'BA, KIEM, CZW', 'string.unquoted.field-value.nota');
      });
      it('Pagina 1 van 2', () => {
        expectExactToken(doc('001'), 'Pagina', 'entity.name.tag.field-label.nota', 'Pagina 1 van 2');
      });
      it('(kenmerk 2024Z01294) holds a Kamer identifier', () => {
        expectExactToken(doc('001'), '2024Z01294', 'constant.other.kamer-id.nota', '(kenmerk 2024Z01294)');
      });
      it('section names on a line of their own are section headings', () => {
        for (const name of ['Aanleiding', 'Geadviseerd besluit', 'Kern', 'Politieke context', 'Bijlagen']) {
          const line = doc('001').find((candidate) => candidate.text === name);
          assert.ok(line, name);
          expectExactToken([line], name, 'markup.heading.section.nota');
        }
        expectExactToken(doc('001'), 'Toelichting', 'markup.heading.section.nota', ' Toelichting');
      });
      it('relative and year-less dates in the text', () => {
        expectExactToken(doc('001'), '29 januari jl.', 'constant.numeric.date.nota', 'Op 29 januari jl.');
        expectExactToken(doc('001'), '9 januari jl.', 'constant.numeric.date.nota', 'Op 9 januari jl.');
        expectExactToken(doc('001'), '29 januari', 'constant.numeric.date.nota', 'heeft op 29 januari vragen');
      });
      it('the onderwerp and the text are not fields', () => {
        expectNoScope(doc('001'), 'Beantwoording', 'meta.field', 'Beantwoording van de Kamervragen');
        expectNoScope(doc('001'), 'aanleiding', 'markup.heading', 'aanleiding van de verkiezingsuitslag');
      });
    });

    describe('seed 002 (parliament-watch listing)', () => {
      it('Kamer identifiers, also inside a URL', () => {
        expectExactToken(doc('002'), 'kv-tk-2024Z01294', 'constant.other.kamer-id.nota');
        expectExactToken(doc('002'), 'ah-tk-20232024-1065', 'constant.other.kamer-id.nota');
        expectExactToken(doc('002'), '2024Z01294', 'constant.other.kamer-id.nota', 'Kamervraag 2024Z01294');
      });
      it(' • Vraag 1 is a question label', () => {
        expectExactToken(doc('002'), 'Vraag 1', 'markup.heading.question.nota', ' • Vraag 1');
        expectScope(doc('002'), '•', 'punctuation.definition.list.begin.markdown', ' • Vraag 1');
        expectExactToken(doc('002'), 'Vraag 8', 'markup.heading.question.nota');
      });
      it('"het antwoord op vraag 3" in an answer is not a label', () => {
        expectNoScope(doc('002'), 'antwoord op vraag', 'markup.heading', 'zoals beschreven in het antwoord op vraag');
      });
    });

    describe('seed 003 (Aanhangsel)', () => {
      it('Vraag 1 and Antwoord 1', () => {
        expectExactToken(doc('003'), 'Vraag 1', 'markup.heading.question.nota');
        expectExactToken(doc('003'), 'Antwoord 1', 'markup.heading.answer.nota');
        expectExactToken(doc('003'), 'Antwoord 8', 'markup.heading.answer.nota');
      });
      it('"Antwoord van Minister …" and wrapped "van …" lines are neither labels nor fields', () => {
        expectNoScope(doc('003'), 'Antwoord', 'markup.heading', 'Antwoord van Minister Bruins Slot');
        expectNoScope(doc('003'), 'van', 'meta.field', 'van Binnenlandse Zaken en Koninkrijksrelaties');
        expectNoScope(doc('003'), 'antwoord op vraag 2', 'markup.heading', 'antwoord op vraag 2. ');
      });
      it('dates in the introduction', () => {
        expectExactToken(doc('003'), '29 januari 2024', 'constant.numeric.date.nota', '(ingezonden 29 januari 2024)');
      });
    });

    describe('seed 004 (Antwoord vraag N)', () => {
      it('Antwoord vraag 1', () => {
        expectExactToken(doc('004'), 'Antwoord vraag 1', 'markup.heading.answer.nota');
        expectExactToken(doc('004'), 'Antwoord vraag 3', 'markup.heading.answer.nota', 'Antwoord vraag 3 ');
        expectExactToken(doc('004'), 'Vraag 6', 'markup.heading.question.nota');
      });
      it('the date in the footnote', () => {
        expectExactToken(doc('004'), '29 januari 2025', 'constant.numeric.date.nota', '1) Science Guide');
      });
    });

    describe('synthetic lines', () => {
      it('Woo ground codes in brackets: the marker and the code', () => {
        const s = doc('synthetic');
        expectExactToken(s, '[5.1.2e]', 'markup.deleted.redaction.nota');
        expectExactToken(s, '5.1.2e', 'constant.other.woo-ground.nota', '[5.1.2e]');
        expectScope(s, '[', 'punctuation.definition.redaction.begin.nota', '[5.1.2e]');
        expectExactToken(s, '5.1.2.e', 'constant.other.woo-ground.nota');
        expectExactToken(s, '[5.2]', 'markup.deleted.redaction.nota');
        expectExactToken(s, '10.2.e', 'constant.other.woo-ground.nota');
        expectExactToken(s, '[5.1.2e, 5.1.2i]', 'markup.deleted.redaction.nota');
        expectExactToken(s, '5.1.2i', 'constant.other.woo-ground.nota');
      });
      it('runs of █ and the word markers', () => {
        expectExactToken(doc('synthetic'), '████', 'markup.deleted.redaction.nota');
        expectExactToken(doc('synthetic'), '[gelakt]', 'markup.deleted.redaction.nota');
        expectExactToken(doc('synthetic'), '[geanonimiseerd]', 'markup.deleted.redaction.nota');
      });
      it('dates with a weekday, jl. and a.s., abbreviated and numeric', () => {
        const s = doc('synthetic');
        expectExactToken(s, 'maandag 4 december 2023', 'constant.numeric.date.nota');
        expectExactToken(s, '29 januari jl.', 'constant.numeric.date.nota');
        expectExactToken(s, '3 maart a.s.', 'constant.numeric.date.nota');
        expectExactToken(s, '12 dec. 2023', 'constant.numeric.date.nota');
        expectExactToken(s, '12-12-2023', 'constant.numeric.date.nota');
        expectExactToken(s, '2023-12-12', 'constant.numeric.date.nota');
      });
      it('a suppression comment: comment scope, the directive and the rule ids', () => {
        const s = doc('synthetic');
        const hint = '<!-- nota-disable-next-line';
        expectScope(s, '<!-- nota-disable-next-line section-unknown pii-name -->', 'comment.block.html', hint);
        expectExactToken(s, 'nota-disable-next-line', 'keyword.control.directive.nota', hint);
        expectExactToken(s, 'section-unknown', 'variable.parameter.rule-id.nota', hint);
        expectExactToken(s, 'pii-name', 'variable.parameter.rule-id.nota', hint);
        expectExactToken(s, 'nota-disable-line', 'keyword.control.directive.nota', 'Tekst <!--');
      });
      it('Kamer identifiers and their look-alikes', () => {
        expectExactToken(doc('synthetic'), 'kst-29279-874', 'constant.other.kamer-id.nota');
        expectExactToken(doc('synthetic'), '2024D34636', 'constant.other.kamer-id.nota');
        expectNoScope(doc('synthetic'), '2024Z1294', 'constant.other.kamer-id');
      });
      it('inline rules work in list items, table cells and after a question label', () => {
        const s = doc('synthetic');
        expectExactToken(s, '[Redacted]', 'markup.deleted.redaction.nota', '- In een lijst');
        expectExactToken(s, '5 maart 2024', 'constant.numeric.date.nota', '- In een lijst');
        expectExactToken(s, '2024Z01294', 'constant.other.kamer-id.nota', '- In een lijst');
        expectExactToken(s, '[5.1.2e]', 'markup.deleted.redaction.nota', '| 1 |');
        expectExactToken(s, '6 maart 2024', 'constant.numeric.date.nota', '| 1 |');
        expectExactToken(s, 'Vraag 3', 'markup.heading.question.nota', '**Vraag 3:**');
        expectExactToken(s, '2024Z01294', 'constant.other.kamer-id.nota', '**Vraag 3:**');
      });
      it('label and value on one line in bold', () => {
        expectExactToken(doc('synthetic'), 'Datum', 'entity.name.tag.field-label.nota', '**Datum:**');
        expectExactToken(doc('synthetic'), '12 maart 2024', 'string.unquoted.field-value.nota', '**Datum:**');
        expectExactToken(doc('synthetic'), '12 maart 2024', 'constant.numeric.date.nota', '**Datum:**');
      });
      it('an answer to several questions, a Kamerstuk with a roman numeral, [weggelakt]', () => {
        expectExactToken(doc('synthetic'), 'Antwoord op vragen 2 en 3', 'markup.heading.answer.nota');
        expectExactToken(doc('synthetic'), 'kst-36200-VII-5', 'constant.other.kamer-id.nota');
        expectExactToken(doc('synthetic'), '[weggelakt]', 'markup.deleted.redaction.nota');
      });
      it('aliases are sections too', () => {
        expectExactToken(doc('synthetic'), 'Beslispunten', 'entity.name.section.markdown', '### Beslispunten');
        expectScope(doc('synthetic'), '### Beslispunten', 'markup.heading.section.nota');
        expectExactToken(doc('synthetic'), 'Financiële gevolgen', 'markup.heading.section.nota');
      });
      it('negatives: a section name inside a sentence, a bare year, a month and year, inline code', () => {
        const s = doc('synthetic');
        expectNoScope(s, 'Aanleiding', 'markup.heading', 'De Aanleiding van dit alles');
        expectNoScope(s, '2023', 'constant.numeric.date', 'ligt in 2023');
        expectNoScope(s, 'december 2023', 'constant.numeric.date', 'in december 2023');
        expectNoScope(s, '12 december 2023', 'constant.numeric.date', '`12 december 2023`');
      });
      it('negatives: prose after the header is not a field, and a question reference is not a label', () => {
        const s = doc('synthetic');
        expectNoScope(s, 'Van', 'meta.field', 'Van ambtenaren wordt verwacht');
        expectNoScope(s, 'Aan', 'meta.field', 'Aan de hand van');
        expectNoScope(s, 'Vraag 2', 'markup.heading', 'Vraag 2 gaat over');
        expectNoScope(s, 'antwoord op vraag 2', 'markup.heading', 'antwoord op vraag 2.');
      });
    });
  });
}

grammarSuite('the stub Markdown grammar', MARKDOWN_STUB);
if (VSCODE_MARKDOWN) grammarSuite("VS Code's Markdown grammar", VSCODE_MARKDOWN);
else if (process.env.NOTA_REQUIRE_VSCODE_GRAMMAR) {
  describe("grammar with VS Code's Markdown grammar", () => it('is installed (scripts/e2e/install.sh puts it in .cache/e2e)', () => assert.fail('VS Code\'s Markdown grammar not found')));
} else describe("grammar with VS Code's Markdown grammar", () => it.skip('not installed on this machine (npm run test:e2e installs it)'));

describe('grammar files', () => {
  it('the committed JSON is what syntaxes/grammar.ts generates (npx tsx syntaxes/build.ts)', () => {
    for (const [file, scopeName] of Object.entries(GRAMMAR_FILES)) {
      assert.equal(fs.readFileSync(path.join(REPO, 'syntaxes', file), 'utf8'), grammarJson(scopeName), `syntaxes/${file} is stale`);
    }
  });

  it('every regular expression compiles in Oniguruma and every #include exists', async () => {
    await loadGrammar(); // loads the WASM
    const grammar = JSON.parse(fs.readFileSync(path.join(REPO, 'syntaxes/nota.tmLanguage.json'), 'utf8')) as {
      patterns: Rule[];
      repository: Record<string, Rule>;
      injections: Record<string, Rule>;
    };
    const problems: string[] = [];
    const visit = (rule: Rule, where: string) => {
      for (const key of ['match', 'begin', 'end'] as const) {
        const source = rule[key];
        if (source === undefined) continue;
        try {
          oniguruma.createOnigScanner([source]).dispose();
        } catch (error) {
          problems.push(`${where}.${key}: ${String(error)}`);
        }
      }
      if (rule.include?.startsWith('#') && !(rule.include.slice(1) in grammar.repository)) problems.push(`${where}: ${rule.include} is not in the repository`);
      rule.patterns?.forEach((child, i) => visit(child, `${where}.patterns[${i}]`));
      for (const key of ['captures', 'beginCaptures', 'endCaptures'] as const) {
        for (const [group, capture] of Object.entries(rule[key] ?? {})) capture.patterns?.forEach((child, i) => visit(child, `${where}.${key}[${group}][${i}]`));
      }
    };
    grammar.patterns.forEach((rule, i) => visit(rule, `patterns[${i}]`));
    for (const [name, rule] of Object.entries(grammar.repository)) visit(rule, `repository.${name}`);
    for (const [selector, rule] of Object.entries(grammar.injections)) visit(rule, `injections[${selector}]`);
    assert.deepEqual(problems, []);
  });

  it('the nota-kv grammar (text.nota.kv) gives the same scopes under its own root scope', async () => {
    const kv = await loadGrammar('text.nota.kv' satisfies ScopeName);
    const nota = await loadGrammar('text.nota');
    for (const prefix of ['000', '002', '003', '004']) {
      const text = readCorpus(prefix);
      const strip = (lines: TokenizedLine[]) => lines.map((line) => line.tokens.map((token) => [token.text, token.scopes.slice(1)]));
      const kvLines = tokenize(kv, text);
      assert.equal(kvLines[0].tokens[0].scopes[0], 'text.nota.kv');
      assert.deepEqual(strip(kvLines), strip(tokenize(nota, text)));
    }
  });
});

describe('package.json contributions', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
    contributes: { grammars?: Array<{ scopeName: string }>; snippets?: unknown[] };
  };

  it('contributes the two grammars, one per language, with their token types', function () {
    if (!pkg.contributes.grammars) this.skip(); // until package.json declares them
    const ours = pkg.contributes.grammars!.filter((grammar) => grammar.scopeName.startsWith('text.nota'));
    assert.deepEqual(ours, CONTRIBUTES_GRAMMARS);
  });

  it('contributes no snippets file: the language server offers the snippets, described in the display language', () => {
    assert.equal(pkg.contributes.snippets, undefined);
  });

  it('with those token types a field value and a suppression comment are "other" (completion pops up), a plain comment stays a comment', async () => {
    const text = '**Datum**  \n12 maart 2024\n<!-- nota-disable-next-line pii-name -->\n<!-- gewoon commentaar -->';
    const plain = await loadGrammar('text.nota', MARKDOWN_STUB);
    const typed = await loadGrammar('text.nota', MARKDOWN_STUB, TOKEN_TYPES);
    assert.equal(tokenTypeAt(plain, text, 1, 0), 2, 'without tokenTypes a value is a string');
    assert.equal(tokenTypeAt(typed, text, 1, 0), 0);
    assert.equal(tokenTypeAt(typed, text, 1, 5), 0);
    assert.equal(tokenTypeAt(typed, text, 2, 30), 0);
    assert.equal(tokenTypeAt(typed, text, 3, 8), 1);
  });
});

describe('grammar performance', () => {
  // Lines built to make a backtracking regular expression blow up; each must tokenise in linear time.
  const N = 20_000;
  const lines: Record<string, string> = {
    'spaces': `${' '.repeat(N)}x`,
    'label then spaces': `Datum${' '.repeat(N)}x${' '.repeat(N)}y`,
    'bold label then spaces': `**Datum**${' '.repeat(N)}:${' '.repeat(N)}z`,
    'question label then spaces': `Vraag 1${' '.repeat(N)}x`,
    'long answer number list': `Antwoord 1${' , 2'.repeat(N / 4)} x`,
    'spaces and tabs after a label': `Antwoord vraag 1${' \t'.repeat(N / 2)}:${' '.repeat(N / 2)}x`,
    'unterminated Woo marker': `[${'5.1.2e, '.repeat(N / 8)}x`,
    'Woo marker with long gaps': `[5.1.2e${' '.repeat(N)},${' '.repeat(N)}x`,
    'many dates': '1 januari '.repeat(N / 10),
    'weekdays without a date': `${'maandag '.repeat(N / 8)}1`,
    'digits': '1 '.repeat(N / 2),
    'dashed digits': '1-'.repeat(N / 2),
    'section name with colons': `**Kern${' :'.repeat(N / 2)} x`,
    'section name with gaps': `Kern${' '.repeat(N)}:${' '.repeat(N)}**${' '.repeat(N)}`,
    'directive with many ids': `<!-- nota-disable ${'a- '.repeat(N / 3)}x`,
    'directive with dashes': `<!-- nota-disable a${'-'.repeat(N)} x`,
    'Kamerstuk look-alike': `kst-${'1-'.repeat(N / 2)}`,
    'bars': `${'█'.repeat(N)}x`,
    'long purpose': `TER ${'A'.repeat(N)} x`,
    'Aan with gaps': `Aan${' '.repeat(N)}x y${' '.repeat(N)}`,
  };
  for (const [name, line] of Object.entries(lines)) {
    it(`${name} (${line.length} characters)`, async () => {
      const grammar = await loadGrammar('text.nota', MARKDOWN_STUB);
      for (const before of ['', 'Datum\n', '### Kern\n']) {
        const started = performance.now();
        tokenize(grammar, before + line);
        const elapsed = performance.now() - started;
        assert.ok(elapsed < 1000, `${Math.round(elapsed)} ms after ${JSON.stringify(before)}`);
      }
    });
  }
});
