// Configuration: located errors for broken files, precedence, rule severities and options, suppression comments.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkPattern, parseConfigText, problemText, resolveConfig } from '../../server/src/core/config';
import { ConfigLoader } from '../../server/src/core/config-files';
import { RULE_IDS } from '../../server/src/core/rules';
import { VALID_NOTA, check, findingsOf } from '../support/check';

const KERN_MISSING = VALID_NOTA.replace(/### Kern\n\n- .*\n\n/, '');

describe('configuration', () => {
  it('reports invalid JSON with the position of the error', () => {
    const text = '{\n  "rules": {\n    "section-empty": "off",\n  }\n}';
    const { problems } = parseConfigText(text, RULE_IDS);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /^Invalid JSON: /);
    assert.equal(text.slice(0, problems[0].span.start).split('\n').length, 4);
  });

  it('rejects comments: configuration is JSON only', () => {
    assert.ok(parseConfigText('{ // no\n }', RULE_IDS).problems.length > 0);
  });

  it('locates an unknown rule, a bad severity and an unknown key, and keeps the valid rest', () => {
    const text = JSON.stringify({ rules: { 'no-such-rule': 'off', 'section-empty': 'loud', 'section-order': 'off' }, colour: 1 }, null, 2);
    const { layer, problems } = parseConfigText(text, RULE_IDS);
    assert.deepEqual(
      problems.map((p) => [p.message.split('.')[0], text.slice(p.span.start, p.span.end)]),
      [
        ['Unknown rule "no-such-rule"', '"no-such-rule"'],
        ['Rule "section-empty": use "off", "hint", "info", "warning" or "error", or [severity, {options}]', '"loud"'],
        ['Unknown key "colour"', '"colour"'],
      ],
    );
    assert.deepEqual(layer.rules, { 'section-order': { severity: 'off' } });
  });

  it('accepts any reference pattern the linear-time engine compiles, and says why it refuses the others', () => {
    // Nested quantifiers are harmless on RE2 (no backtracking): no longer refused.
    assert.equal(checkPattern('^(\\d+)+$'), undefined);
    assert.equal(checkPattern('^\\d{4}-\\d{10}$'), undefined);
    assert.equal(checkPattern('([')?.message, 'config.pattern.invalid');
    assert.equal(checkPattern('(a)\\1')?.message, 'config.pattern.backreference');
    const { problems } = parseConfigText('{"referencePattern": "^(?=BZK)\\\\d+$"}', RULE_IDS);
    assert.equal(problems[0].message, '"referencePattern" is not usable: Invalid regular expression: invalid or unsupported Perl syntax: `(?=`');
    assert.equal(problemText(problems[0], 'nl'), '"referencePattern" is niet bruikbaar: Ongeldige reguliere expressie: invalid or unsupported Perl syntax: `(?=`');
  });

  it('says what is wrong in the user\'s language, also for broken JSON', () => {
    const [broken] = parseConfigText('{"rules": {"section-order" "off"}}', RULE_IDS).problems;
    assert.equal(broken.message, 'Invalid JSON: a colon was expected.');
    assert.equal(problemText(broken, 'nl'), 'Ongeldige JSON: een dubbele punt werd verwacht.');
    const [unknown] = parseConfigText('{"rulez": {}}', RULE_IDS).problems;
    assert.equal(problemText(unknown, 'nl'), 'Onbekende sleutel "rulez". Bekende sleutels: root, rules, sections, publicPersons, publicAddresses, purposes, ignore, referencePattern, redactionMarker, organisation.');
  });

  it('changes a rule severity and turns a rule off', () => {
    assert.equal(findingsOf(KERN_MISSING, 'section-missing', { layer: { rules: { 'section-missing': { severity: 'warning' } } } })[0].severity, 'warning');
    assert.deepEqual(findingsOf(KERN_MISSING, 'section-missing', { layer: { rules: { 'section-missing': { severity: 'off' } } } }), []);
  });

  it('adds purposes and makes a section required for some purposes', () => {
    const vaststelling = VALID_NOTA.replace('TER BESLUITVORMING', 'TER VASTSTELLING');
    assert.equal(findingsOf(vaststelling, 'purpose-unknown').length, 1);
    const layer = { purposes: ['BESLUITVORMING', 'VASTSTELLING'], sections: [{ name: 'Toelichting', required: ['VASTSTELLING'] }] };
    assert.deepEqual(findingsOf(vaststelling, 'purpose-unknown', { layer }), []);
    assert.deepEqual(findingsOf(vaststelling, 'section-missing', { layer }).map((f) => f.message), ['Required section "Toelichting" is missing (it belongs before "Informatie die niet openbaar gemaakt kan worden").']);
  });

  it('adds a custom section after a named one, so it is known and ordered', () => {
    const layer = { sections: [{ name: 'Risico\'s', after: 'Kern', required: true }] };
    const text = VALID_NOTA.replace('### Informatie die niet', "### Risico's\n\nGeen.\n\n### Informatie die niet");
    assert.deepEqual(check(text, { layer }).findings, []);
    assert.equal(findingsOf(VALID_NOTA, 'section-missing', { layer }).length, 1);
  });

  it('sections in short, as the Settings UI writes them: a name with "required" or "optional"; any other value is a problem with its place', () => {
    const text = '{ "sections": { "Communicatie": "required", "Kern": "verplicht" } }';
    const { layer, problems } = parseConfigText(text, RULE_IDS);
    assert.deepEqual(layer.sections, [{ name: 'Communicatie', required: true }]);
    assert.deepEqual(problems.map((p) => [p.message, text.slice(p.span.start, p.span.end)]), [['A section name maps to "required" or "optional".', '"verplicht"']]);
    assert.equal(findingsOf(VALID_NOTA, 'section-missing', { layer: { sections: [{ name: 'Communicatie', required: true }] } }).length, 1);
  });

  it('later layers win; origins say where each value came from', () => {
    const config = resolveConfig([
      { layer: { rules: { 'section-empty': { severity: 'off' } }, publicPersons: ['A'] }, origin: 'settings' },
      { layer: { publicPersons: ['B'] }, origin: '/x/.notarc.json' },
    ]);
    assert.deepEqual(config.publicPersons, ['B']);
    assert.equal(config.origins.publicPersons, '/x/.notarc.json');
    assert.equal(config.origins['rules.section-empty'], 'settings');
    assert.equal(config.origins.referencePattern, 'default');
  });

  describe('files found upward from the document', () => {
    let root: string;
    beforeEach(() => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-config-'));
      fs.mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
    });
    afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

    it('merges outer and inner files, the nearest winning', () => {
      fs.writeFileSync(path.join(root, '.notarc.json'), JSON.stringify({ rules: { 'section-empty': 'off', 'section-order': 'hint' } }));
      fs.writeFileSync(path.join(root, 'a', 'b', '.notarc.json'), JSON.stringify({ rules: { 'section-order': 'error' } }));
      const { config, files } = new ConfigLoader().load(path.join(root, 'a', 'b', 'x.nota.md'));
      assert.equal(files.length, 2);
      assert.equal(config.rules['section-empty'].severity, 'off');
      assert.equal(config.rules['section-order'].severity, 'error');
    });

    it('stops at a file with "root": true', () => {
      fs.writeFileSync(path.join(root, '.notarc.json'), JSON.stringify({ rules: { 'section-empty': 'off' } }));
      fs.writeFileSync(path.join(root, 'a', '.notarc.json'), JSON.stringify({ root: true }));
      const { config } = new ConfigLoader().load(path.join(root, 'a', 'b', 'x.nota.md'));
      assert.equal(config.rules['section-empty'], undefined);
    });

    it('a broken file is reported and the defaults keep working', () => {
      fs.writeFileSync(path.join(root, 'a', '.notarc.json'), '{ "rules": ');
      const { config, broken } = new ConfigLoader().load(path.join(root, 'a', 'x.nota.md'));
      assert.equal(broken.length, 1);
      assert.equal(broken[0].file, path.join(root, 'a', '.notarc.json'));
      assert.deepEqual(config.purposes.length, 7);
    });
  });
});

describe('suppression comments', () => {
  it('nota-disable-next-line silences one rule on the next line only', () => {
    const text = VALID_NOTA.replace('### Kern', '<!-- nota-disable-next-line section-order -->\n### Kern').replace(
      '### Aanleiding\n\nOp 4 maart 2024 heeft de Tweede Kamer een motie aangenomen over digitale toegankelijkheid.\n\n',
      '',
    ).replace('### Informatie die', '### Aanleiding\n\nTekst.\n\n### Informatie die');
    const unsuppressed = text.replace('<!-- nota-disable-next-line section-order -->\n', '');
    assert.ok(findingsOf(unsuppressed, 'section-order').length > 0);
    const remaining = findingsOf(text, 'section-order');
    assert.ok(remaining.every((f) => !text.slice(f.span.start, f.span.end).includes('Kern')));
  });

  it('nota-disable … nota-enable silences a region; without ids it silences every rule', () => {
    const insert = (block: string) => VALID_NOTA.replace('### Informatie die', `${block}\n### Informatie die`);
    const text = insert('<!-- nota-disable section-empty -->\n### Communicatie\n<!-- nota-enable -->\n\n### Uitvoering\n');
    assert.deepEqual(findingsOf(text, 'section-empty').map((f) => f.message), ['Section "Uitvoering" has no text.']);
    const all = insert('<!-- nota-disable -->\n### Communicatie\n');
    assert.deepEqual(check(all).findings, []);
  });
});

describe('organisation (the author of cleaned copies for publication)', () => {
  it('is the trimmed name, from the nearest layer; an empty or overlong value is a located problem', () => {
    const { layer, problems } = parseConfigText('{"organisation": "  Ministerie van BZK "}', RULE_IDS);
    assert.deepEqual(problems, []);
    const config = resolveConfig([{ layer, origin: '/a/.notarc.json' }]);
    assert.equal(config.organisation, 'Ministerie van BZK');
    assert.equal(config.origins.organisation, '/a/.notarc.json');
    assert.equal(resolveConfig([]).organisation, '');
    const text = '{"organisation": ""}';
    const [empty] = parseConfigText(text, RULE_IDS).problems;
    assert.equal(text.slice(empty.span.start, empty.span.end), '""');
    assert.equal(problemText(empty, 'nl'), '"organisation" moet de naam van de organisatie zijn (een niet-lege tekenreeks van hoogstens 200 tekens), zoals "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties".');
    assert.equal(parseConfigText(JSON.stringify({ organisation: 'x'.repeat(201) }), RULE_IDS).problems.length, 1);
  });
});

describe('JSON schema of .notarc.json', () => {
  it('names every rule of the registry (run `npx tsx scripts/update-schema.ts` after adding a rule)', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'schemas', 'notarc.schema.json'), 'utf8'));
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), [...RULE_IDS].sort());
    assert.deepEqual(Object.keys(schema.properties).filter((key) => key !== '$schema').sort(), ['ignore', 'organisation', 'publicAddresses', 'publicPersons', 'purposes', 'redactionMarker', 'referencePattern', 'root', 'rules', 'sections']);
  });
});

describe('new nota skeleton', () => {
  it('has the sections its purpose requires and no error or warning but its placeholders', async () => {
    const { createNotaSkeleton } = await import('../../server/src/core/skeleton');
    for (const purpose of ['BESLUITVORMING', 'INFORMATIE']) {
      const text = createNotaSkeleton({ purpose, aan: 'Minister van BZK', van: 'DGDOO', referentie: '2024-0000012345', datum: '12 maart 2024' }, resolveConfig([]));
      assert.equal(/### Geadviseerd besluit/.test(text), purpose === 'BESLUITVORMING', purpose);
      const problems = check(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
      assert.deepEqual(problems.filter((f) => f.ruleId !== 'placeholder').map((f) => f.ruleId), [], purpose);
      assert.ok(problems.some((f) => f.ruleId === 'placeholder' && text.slice(f.span.start, f.span.end) === '[Onderwerp]'), purpose);
    }
  });
});
