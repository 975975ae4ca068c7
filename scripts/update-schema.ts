// Writes the rule ids of the registry into schemas/notarc.schema.json (run: npx tsx scripts/update-schema.ts).
// The config test fails when the schema and the registry disagree.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../server/src/core/rules';

const file = path.join(__dirname, '..', 'schemas', 'notarc.schema.json');
const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
/** A rule with options: a severity, or [severity, options] with the rule's own options schema. */
function settingWithOptions(optionsSchema: Record<string, unknown>) {
  return {
    anyOf: [
      { $ref: '#/definitions/severity' },
      { type: 'array', items: [{ $ref: '#/definitions/severity' }, { type: 'object', additionalProperties: false, ...optionsSchema }], minItems: 1, maxItems: 2 },
    ],
  };
}

schema.properties.rules.properties = Object.fromEntries(
  RULES.map((rule) => [
    rule.id,
    {
      ...(rule.optionsSchema ? settingWithOptions(rule.optionsSchema) : { $ref: '#/definitions/setting' }),
      description: `${rule.description} Default: ${rule.optIn ? `off (${rule.defaultSeverity} when on)` : rule.defaultSeverity}.`,
    },
  ]),
);
fs.writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
