// Binary search, for the many places that look up an offset among sorted spans, lines or marks.

/**
 * The first index in [0, length) at which `isBefore(index)` is false, or `length`: `isBefore` must hold
 * for a prefix of the indexes only (as "ends before the offset" does for spans sorted by end).
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (isBefore(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}
