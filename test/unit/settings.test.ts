// The extension's settings in the Settings UI: each editable there (no union with null, which VS Code can
// only show as "Edit in settings.json"), in a set order, every choice described; and a setting left at
// its default (an empty text, list or object) is no setting at all for the server.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveConfig } from '../../server/src/core/config';
import { settingsFrom } from '../../server/src/lsp/settings';
import { REPO } from '../support/check';

const read = (file: string) => JSON.parse(fs.readFileSync(path.join(REPO, file), 'utf8'));
const manifest = read('package.json');
const properties: Record<string, any> = manifest.contributes.configuration.properties;
const catalogs = { en: read('package.nls.json'), nl: read('package.nls.nl.json') };

/** The `nota.*` settings as VS Code sends them for a document: nested by the dots after `nota.`. */
function asSent(values: Record<string, unknown>): Record<string, any> {
  const sent: Record<string, any> = {};
  for (const [key, value] of Object.entries(values)) {
    const parts = key.replace(/^nota\./, '').split('.');
    let node = sent;
    for (const part of parts.slice(0, -1)) node = node[part] ??= {};
    node[parts[parts.length - 1]] = value;
  }
  return sent;
}

describe('settings in the Settings UI', () => {
  it('no setting has a type that is a union with null', () => {
    const unions = Object.entries(properties).filter(([, schema]) => Array.isArray(schema.type)).map(([key]) => key);
    assert.deepEqual(unions, []);
  });

  it('the rule severities are an object of plain choices, which the Settings UI edits as key and value', () => {
    const rules = properties['nota.rules'];
    assert.equal(rules.type, 'object');
    assert.deepEqual(rules.additionalProperties.enum, ['off', 'hint', 'info', 'warning', 'error']);
  });

  it('the sections are an object of section names with "required" or "optional", which the Settings UI edits as key and value', () => {
    const sections = properties['nota.sections'];
    assert.equal(sections.type, 'object');
    assert.deepEqual(sections.additionalProperties, { type: 'string', enum: ['required', 'optional'], enumDescriptions: ['%config.sections.required%', '%config.sections.optional%'] });
    // VS Code's Settings UI edits an object whose values are plain strings, choices, numbers or booleans; a list of objects only in settings.json
    const simple = (schema: any) => ['string', 'boolean', 'number', 'integer'].includes(schema.type) || Array.isArray(schema.enum);
    for (const [key, schema] of Object.entries(properties)) {
      if (schema.type === 'array') assert.ok(['string', 'number', 'integer'].includes(schema.items?.type) || schema.items?.enum, `${key}: a list of ${JSON.stringify(schema.items)} is "Edit in settings.json"`);
      if (schema.type === 'object') assert.ok(schema.additionalProperties && simple(schema.additionalProperties), `${key}: an object of complex values is "Edit in settings.json"`);
    }
  });

  it('sections set in the Settings UI reach the configuration: a standard section made required or optional, a new one added before the closing sections', () => {
    const settings = settingsFrom(asSent({ 'nota.sections': { Communicatie: 'required', Kern: 'optional', "Risico's": 'required' } }));
    const config = resolveConfig([{ layer: settings.layer ?? {}, origin: 'settings' }]);
    const requirement = (name: string) => config.sections.find((section) => section.name === name)?.requirement;
    assert.equal(requirement('Communicatie'), 'always');
    assert.equal(requirement('Kern'), 'never');
    assert.equal(requirement("Risico's"), 'always');
    assert.deepEqual(config.sections.slice(-3).map((section) => section.name), ["Risico's", 'Informatie die niet openbaar gemaakt kan worden', 'Bijlagen']);
  });

  it('are ordered: when to check, rules, personal data, the document conventions, the organisation (cleaned copies), then preview and trace', () => {
    const ordered = Object.entries(properties).sort(([, a], [, b]) => a.order - b.order).map(([key]) => key);
    assert.deepEqual(ordered, ['nota.validate.run', 'nota.rules', 'nota.publicPersons', 'nota.publicAddresses', 'nota.redactionMarker', 'nota.referencePattern', 'nota.purposes', 'nota.sections', 'nota.organisation', 'nota.preview.style', 'nota.trace.server']);
  });

  it('every choice has a description, in English and Dutch', () => {
    const choices = [...Object.entries(properties), ['nota.rules (value)', properties['nota.rules'].additionalProperties] as const];
    for (const [key, schema] of choices) {
      if (!schema.enum) continue;
      assert.equal(schema.enumDescriptions?.length, schema.enum.length, `${key} lacks enumDescriptions`);
      for (const description of schema.enumDescriptions) {
        const id = /^%(.+)%$/.exec(description)![1];
        assert.ok(catalogs.en[id] && catalogs.nl[id], `${key}: ${id} missing from package.nls.json or package.nls.nl.json`);
      }
    }
  });

  it('the defaults, as the client sends them, leave the configuration at its defaults (an empty purposes list forbids none)', () => {
    const defaults = Object.fromEntries(Object.entries(properties).map(([key, schema]) => [key, schema.default]));
    const settings = settingsFrom(asSent(defaults));
    assert.deepEqual(resolveConfig([{ layer: settings.layer ?? {}, origin: 'settings' }]), resolveConfig([]));
    assert.equal(settings.run, 'onType');
  });

  it('a value set in the Settings UI reaches the configuration', () => {
    const settings = settingsFrom(asSent({ 'nota.purposes': ['BESLUITVORMING'], 'nota.redactionMarker': '[5.1.2e]', 'nota.rules': { 'section-empty': 'off' }, 'nota.referencePattern': '' }));
    const config = resolveConfig([{ layer: settings.layer ?? {}, origin: 'settings' }]);
    assert.deepEqual(config.purposes, ['BESLUITVORMING']);
    assert.equal(config.rules['section-empty']?.severity, 'off');
    assert.equal(config.referencePattern, resolveConfig([]).referencePattern);
  });

  it('nota.organisation reaches the configuration (the author of cleaned copies); left empty it is not set', () => {
    const set = settingsFrom(asSent({ 'nota.organisation': 'Ministerie van BZK' }));
    assert.equal(resolveConfig([{ layer: set.layer ?? {}, origin: 'settings' }]).organisation, 'Ministerie van BZK');
    assert.equal(settingsFrom(asSent({ 'nota.organisation': '' })).layer?.organisation, undefined);
  });
});
