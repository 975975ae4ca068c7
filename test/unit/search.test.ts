import assert from 'node:assert/strict';
import { partitionPoint } from '../../server/src/core/search';

describe('partitionPoint', () => {
  const sorted = [1, 3, 3, 5, 8];
  const firstNotBelow = (x: number) => partitionPoint(sorted.length, (i) => sorted[i] < x);

  it('finds the first index where the predicate stops holding', () => {
    assert.equal(firstNotBelow(3), 1);
    assert.equal(firstNotBelow(4), 3);
    assert.equal(partitionPoint(sorted.length, (i) => sorted[i] <= 3), 3);
  });

  it('gives 0 when it never holds, the length when it always does, and 0 for nothing', () => {
    assert.equal(firstNotBelow(0), 0);
    assert.equal(firstNotBelow(9), 5);
    assert.equal(partitionPoint(0, () => true), 0);
  });
});
