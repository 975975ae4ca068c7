import assert from 'node:assert/strict';
import { findingsOf } from '../support/check';
import { NOTA, edit } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const referentie = (value: string) => edit(NOTA, '2024-0000012345', value);

ruleTester('reference-format', {
  valid: [
    { name: 'four digits, a dash, ten digits', text: NOTA },
    { name: 'a configured pattern', text: referentie('BZK/2024-123'), config: { referencePattern: '^BZK/\\d{4}-\\d+$' } },
    { name: 'an empty referentie is field-empty', text: edit(NOTA, '**Onze referentie**  \n2024-0000012345\n', '**Onze referentie**\n') },
    { name: 'a value over 200 characters is not matched (user patterns run on short values only)', text: referentie('x'.repeat(201)) },
    { name: 'a beantwoording is not checked', kind: 'beantwoording', text: referentie('2024-12345') },
  ],

  invalid: [
    {
      name: 'too few digits: zero-padded (safe)',
      text: referentie('2024-12345'),
      findings: [
        {
          messageId: 'reference-format', line: 17, column: 1, endLine: 17, endColumn: 11,
          message: 'Reference "2024-12345" does not match the expected form ^\\d{4}-\\d{10}$.',
          fixes: [{ title: 'Change to "2024-0000012345"', output: NOTA }],
        },
      ],
      output: NOTA,
    },
    {
      name: 'a space for the dash',
      text: referentie('2024 0000012345'),
      findings: [{ messageId: 'reference-format', line: 17, column: 1, endLine: 17, endColumn: 16, fixes: [{ title: 'Change to "2024-0000012345"', output: NOTA }] }],
      output: NOTA,
    },
    {
      name: 'a slash for the dash',
      text: referentie('2024/0000012345'),
      findings: [{ messageId: 'reference-format', line: 17, column: 1, endLine: 17, endColumn: 16, fixes: [{ title: 'Change to "2024-0000012345"', output: NOTA }] }],
      output: NOTA,
    },
    {
      name: 'a value of 200 characters is still matched',
      text: referentie('x'.repeat(200)),
      findings: [{ messageId: 'reference-format', line: 17, column: 1, endLine: 17, endColumn: 201 }],
    },
    {
      name: 'no separator at all: the dash is added (safe)',
      text: referentie('20240000012345'),
      findings: [{ messageId: 'reference-format', line: 17, column: 1, endLine: 17, endColumn: 15, fixes: [{ title: 'Change to "2024-0000012345"', output: NOTA }] }],
      output: NOTA,
    },
    {
      name: 'a letter for the dash: no fix',
      text: referentie('2024x0000012345'),
      findings: [{ messageId: 'reference-format', line: 17, column: 1, endLine: 17, endColumn: 16 }],
    },
    {
      name: 'too many digits: no fix',
      text: referentie('2024-00000123456'),
      findings: [{ messageId: 'reference-format', line: 17, column: 1, endLine: 17, endColumn: 17 }],
    },
    {
      name: 'another format: no fix',
      text: referentie('BZK-2024-1'),
      findings: [{ messageId: 'reference-format', line: 17, column: 1, endLine: 17, endColumn: 11 }],
    },
    {
      name: 'a repair that does not match a configured pattern is not offered',
      text: NOTA,
      config: { referencePattern: '^BZK/\\d+$' },
      findings: [{ messageId: 'reference-format', line: 17, column: 1, endLine: 17, endColumn: 16 }],
    },
  ],
});

// Issue 22, item 7: patterns that pass a syntax check but backtrack exponentially or polynomially. On
// V8's engine these values take 7 s, 70 s and 20 s; RE2 (user-pattern.ts) matches them in linear time.
const CATASTROPHIC: [pattern: string, value: string][] = [
  ['^(a|a)*$', `${'a'.repeat(30)}!`],
  ['^((a+))+$', `${'a'.repeat(30)}!`],
  ['^\\d*\\d*\\d*\\d*\\d*\\d*\\d*x$', '1'.repeat(60)],
];

ruleTester('reference-format', {
  valid: [{ name: 'a catastrophic pattern that matches', text: referentie('aaaa'), config: { referencePattern: '^(a|a)*$' } }],
  invalid: CATASTROPHIC.map(([pattern, value]) => ({
    name: `${pattern} on "${value.slice(0, 8)}…": the finding, at once`,
    text: referentie(value),
    config: { referencePattern: pattern },
    findings: [{ messageId: 'reference-format', line: 17, column: 1, endLine: 17, endColumn: value.length + 1, message: `Reference "${value}" does not match the expected form ${pattern}.` }],
  })),
});

describe('reference-format with catastrophic patterns (issue 22)', () => {
  it('checks all three within a second (a backtracking engine takes over a minute)', () => {
    const start = performance.now();
    for (const [pattern, value] of CATASTROPHIC) {
      assert.equal(findingsOf(referentie(value), 'reference-format', { layer: { referencePattern: pattern } }).length, 1);
    }
    assert.ok(performance.now() - start < 1000, `${(performance.now() - start).toFixed(0)} ms`);
  });
});
