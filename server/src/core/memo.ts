// A cache of values computed from a piece of text (a line, a block), for re-checks after an edit: what
// did not change is looked up instead of computed. Two generations bound the memory: when the newer one
// holds `capacity` characters of keys it becomes the older one and the oldest is dropped, so what the
// last checks used stays and what no check has asked for in a while goes. A document of up to twice
// the capacity stays cached while it is edited.
const everyMemo = new Set<TextMemo<unknown>>();

/** Empties every memo: the benchmark measures a cold check with it. */
export function clearAllMemos(): void {
  for (const memo of everyMemo) memo.clear();
}

export class TextMemo<Value> {
  private newer = new Map<string, Value>();
  private older = new Map<string, Value>();
  private newerCharacters = 0;

  constructor(
    private readonly capacity: number,
    private readonly compute: (text: string) => Value,
  ) {
    everyMemo.add(this as TextMemo<unknown>);
  }

  get(text: string): Value {
    const fresh = this.newer.get(text);
    if (fresh !== undefined) return fresh;
    const value = this.older.get(text) ?? this.compute(text);
    if (text.length <= this.capacity) this.remember(text, value);
    return value;
  }

  clear(): void {
    this.newer = new Map();
    this.older = new Map();
    this.newerCharacters = 0;
  }

  private remember(text: string, value: Value): void {
    if (this.newerCharacters + text.length > this.capacity) {
      this.older = this.newer;
      this.newer = new Map();
      this.newerCharacters = 0;
    }
    this.newer.set(text, value);
    this.newerCharacters += text.length;
  }
}
