// A cache of values computed from a piece of text (a line, a block), for re-checks after an edit: what
// did not change is looked up instead of computed. Two generations bound the memory: when the newer one
// holds `capacity` characters of keys it becomes the older one and the oldest is dropped, so what the
// last checks used stays and what no check has asked for in a while goes. A check asks for the pieces
// of a document in order, so the document stays cached only while its pieces fit in one generation:
// one a little larger loses the pieces it has not reached yet at every turn of generations.

/**
 * The capacity of the memos of lines and blocks: a document of up to this many characters stays cached
 * while it is edited (at 1,000,000 a 1 MB nota of 1,040,000 characters of lines re-read 38,000 of them
 * on every edit).
 */
export const DOCUMENT_MEMO_CHARACTERS = 2_000_000;

export class TextMemo<Value> {
  private newer = new Map<string, Value>();
  private older = new Map<string, Value>();
  private newerCharacters = 0;
  /** Characters of text computed (not looked up) since the memo was made: what an edit cost. */
  computedCharacters = 0;

  constructor(
    private readonly capacity: number,
    private readonly compute: (text: string) => Value,
  ) {}

  get(text: string): Value {
    const fresh = this.newer.get(text);
    if (fresh !== undefined) return fresh;
    let value = this.older.get(text);
    if (value === undefined) {
      value = this.compute(text);
      this.computedCharacters += text.length;
    }
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
