// The time and memory a check may take. Time grows with the size of the text (a base for small
// documents plus so much per MB); memory is the heap limit of the worker that runs it.

export interface CheckLimits {
  /** The time any check may take, however small the document. */
  baseMs: number;
  /** Further time per MB (1,048,576 characters) of text. */
  msPerMB: number;
  /** The old-generation heap limit of each check worker. */
  memoryMb: number;
}

/**
 * 10 s plus 5 s per MB: a generated 1 MB nota takes 1–2.5 s cold on the 2-core development machine,
 * so a check that runs out of this is pathological, not slow. 1.5 GB of heap per worker.
 */
export const DEFAULT_LIMITS: CheckLimits = { baseMs: 10_000, msPerMB: 5_000, memoryMb: 1536 };

export function timeBudgetMs(textLength: number, limits: CheckLimits): number {
  return Math.round(limits.baseMs + (limits.msPerMB * textLength) / 1_048_576);
}

/** Limits from the client's initializationOptions.checkLimits; anything not a positive number keeps its default. */
export function limitsFrom(value: unknown): CheckLimits {
  const given = (value ?? {}) as Partial<Record<keyof CheckLimits, unknown>>;
  const pick = (key: keyof CheckLimits) => {
    const number = given[key];
    return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : DEFAULT_LIMITS[key];
  };
  return { baseMs: pick('baseMs'), msPerMB: pick('msPerMB'), memoryMb: pick('memoryMb') };
}
