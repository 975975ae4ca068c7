// Detector changes of the sixth personal-data round (issue 19, tuned on blind5 after its first score).
// Each case states a rule for real documents; the texts are written for these tests.
import { strict as assert } from 'node:assert';
import * as pii from '../../server/src/core/pii';
import { readSource } from '../../server/src/core/source/document';

const detect = (text: string) => pii.detectPersonalData(readSource(text), { publicPersons: [] });

describe('pii round 6: adversarial input (linear time)', () => {
  // 200 KB each: a linear scan takes well under a second, a quadratic one minutes, so the test timeout (20 s)
  // only catches a scan that is not linear.
  const N = 200_000;
  const inputs: Record<string, [string, Record<string, number>]> = {
    // a run of capital groups joined by hyphens ("KL-KL-…") after "zaak": the "SURNAME, Firstname" pattern
    // backtracked over the whole run from every group
    capitalGroupsAfterZaak: ['zaak ' + 'KL-'.repeat(N / 3), {}],
    capitalRun: ['ZAAK ' + 'K'.repeat(N), {}],
  };
  for (const [name, [text, expected]] of Object.entries(inputs)) {
    it(`200 KB of ${name}: the expected personal data, in linear time`, () => {
      const byType: Record<string, number> = {};
      for (const c of detect(text)) byType[c.type] = (byType[c.type] ?? 0) + 1;
      assert.deepEqual(byType, expected);
    });
  }
});
