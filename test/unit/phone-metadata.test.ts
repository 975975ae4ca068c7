// The phone detector's metadata (data/phone-metadata.json): libphonenumber-js's "max" metadata without
// the formatting rules. It must be what scripts/phone-metadata.mjs writes from the installed version, and
// parse, validate and type every number exactly as the full metadata does.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type MetadataJson, parsePhoneNumberFromString as parseWith } from 'libphonenumber-js/core';
import { parsePhoneNumberFromString as parseMax } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';
import maxMetadata from 'libphonenumber-js/metadata.max.json';
import { REPO } from '../support/check';

const committed = fs.readFileSync(path.join(REPO, 'data', 'phone-metadata.json'), 'utf8');
const metadata = JSON.parse(committed) as MetadataJson;

/** A small deterministic generator (mulberry32), so the numbers are the same in every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const digits = (next: () => number, count: number) => Array.from({ length: count }, () => Math.floor(next() * 10)).join('');

/** Dutch numbers of every length after each leading digit pair, and international numbers for every calling code. */
function numbers(): string[] {
  const next = random(20260);
  const found: string[] = [];
  for (let lead = 10; lead < 100; lead++) for (let length = 3; length <= 10; length++) found.push(`0${lead}${digits(next, length)}`, `+31${lead}${digits(next, length)}`);
  for (const code of Object.keys(maxMetadata.country_calling_codes)) for (let length = 4; length <= 12; length++) for (let i = 0; i < 4; i++) found.push(`+${code}${digits(next, length)}`);
  // every country's example mobile number, and the same with its last digits changed
  for (const [country, example] of Object.entries(examples as Record<string, string>)) {
    const code = (maxMetadata.countries as Record<string, unknown[]>)[country]?.[0];
    if (code) for (const tail of ['', digits(next, 2), digits(next, 3)]) found.push(`+${code}${example.slice(0, example.length - tail.length)}${tail}`);
  }
  return found;
}

const answer = (parsed: ReturnType<typeof parseMax>) => parsed && { valid: parsed.isValid(), type: parsed.getType(), country: parsed.country, callingCode: parsed.countryCallingCode, national: parsed.nationalNumber };

describe('phone metadata (data/phone-metadata.json)', () => {
  it('is what scripts/phone-metadata.mjs writes from the installed libphonenumber-js', async () => {
    const { phoneMetadata } = await import(path.join(REPO, 'scripts', 'phone-metadata.mjs'));
    assert.equal(committed, phoneMetadata());
    assert.equal(metadata.version, maxMetadata.version);
  });

  it('is a third smaller than the full metadata', () => {
    assert.ok(committed.length < JSON.stringify(maxMetadata).length * 0.7, `${committed.length} characters`);
  });

  it('parses, validates and types every generated number as the full metadata does', function () {
    this.timeout(60000);
    const all = numbers();
    let valid = 0;
    for (const number of all) {
      const expected = answer(parseMax(number, 'NL'));
      assert.deepEqual(answer(parseWith(number, 'NL', metadata)), expected, number);
      if (expected?.valid) valid++;
    }
    // the comparison covers valid numbers of many kinds, not only rejections
    assert.ok(valid > 900, `${valid} of ${all.length} valid`);
  });
});
