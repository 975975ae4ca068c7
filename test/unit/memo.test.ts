import assert from 'node:assert/strict';
import { TextMemo } from '../../server/src/core/cache/memo';

describe('TextMemo', () => {
  const counting = (capacity: number) => {
    const computed: string[] = [];
    const memo = new TextMemo(capacity, (text) => {
      computed.push(text);
      return text.length;
    });
    return { memo, computed };
  };

  it('computes a value once and looks it up after', () => {
    const { memo, computed } = counting(100);
    assert.equal(memo.get('abc'), 3);
    assert.equal(memo.get('abc'), 3);
    assert.deepEqual(computed, ['abc']);
  });

  it('keeps what was used in the last generation and drops what was not', () => {
    const { memo, computed } = counting(10);
    memo.get('aaaa'); // newer: aaaa
    memo.get('bbbb'); // newer: aaaa bbbb (8)
    memo.get('cccc'); // full: older = aaaa bbbb, newer = cccc
    memo.get('aaaa'); // found in older, kept in newer: cccc aaaa
    memo.get('dddd'); // full: older = cccc aaaa, newer = dddd — bbbb is gone
    computed.length = 0;
    memo.get('aaaa');
    memo.get('cccc');
    assert.deepEqual(computed, []);
    memo.get('bbbb');
    assert.deepEqual(computed, ['bbbb']);
  });

  it('does not keep a text longer than its capacity, and clear() empties it', () => {
    const { memo, computed } = counting(3);
    memo.get('abcd');
    memo.get('abcd');
    memo.get('ab');
    memo.clear();
    memo.get('ab');
    assert.deepEqual(computed, ['abcd', 'abcd', 'ab', 'ab']);
  });
});
