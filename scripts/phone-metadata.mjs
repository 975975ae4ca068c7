// Writes data/phone-metadata.json: libphonenumber-js's "max" metadata (every country's number patterns
// and number types, which validation and getType() need) without what only formatting uses (the
// formats, the national prefix formatting rule and its flag). The phone detector parses and validates;
// it never formats, so it gives the same answers with a third less metadata in every bundle.
// Run: node scripts/phone-metadata.mjs (after updating libphonenumber-js); test/unit/phone-metadata.test.ts
// fails when the committed file is not what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** Positions in a country's array (metadata v4, libphonenumber-js ≥ 1.10): 4 formats, 6 national prefix formatting rule, 9 national prefix optional when formatting. */
const FORMATTING_ONLY = [4, 6, 9];

function withoutFormatting(country) {
  const kept = country.map((value, index) => (FORMATTING_ONLY.includes(index) ? 0 : value));
  while (kept.length > 0 && (kept.at(-1) === 0 || kept.at(-1) === undefined || kept.at(-1) === null)) kept.pop();
  return kept;
}

export function phoneMetadata() {
  const max = JSON.parse(readFileSync(require.resolve('libphonenumber-js/metadata.max.json'), 'utf8'));
  const strip = (plans) => Object.fromEntries(Object.entries(plans ?? {}).map(([key, plan]) => [key, withoutFormatting(plan)]));
  return `${JSON.stringify({ version: max.version, country_calling_codes: max.country_calling_codes, countries: strip(max.countries), nonGeographic: strip(max.nonGeographic) })}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) writeFileSync(new URL('../data/phone-metadata.json', import.meta.url), phoneMetadata());
