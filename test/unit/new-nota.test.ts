// New Nota: the skeleton as a snippet (Tab walks the placeholders) and the referentie check as you type.
import assert from 'node:assert/strict';
import { resolveConfig } from '../../server/src/core/config';
import { createNotaSkeleton, createNotaSnippet, referentieMatches } from '../../server/src/core/skeleton';

const fields = { purpose: 'BESLUITVORMING', aan: 'Minister van BZK', van: 'DGDOO', referentie: '2024-0000012345', datum: '12 maart 2024' };

/** What VS Code inserts for a snippet when every tab stop keeps its default: the tab stops and the escapes resolved. */
function expandSnippet(snippet: string): { text: string; stops: [number, string][] } {
  const stops: [number, string][] = [];
  const unescape = (text: string) => text.replace(/\\([$}\\])/g, '$1');
  const text = snippet.replace(/\\([$}\\])|\$\{(\d+):((?:\\.|[^}\\])*)\}|\$0/g, (_match, escaped: string | undefined, stop: string | undefined, value: string | undefined) => {
    if (escaped) return escaped;
    if (stop === undefined) return '';
    stops.push([Number(stop), unescape(value!)]);
    return unescape(value!);
  });
  return { text, stops };
}

describe('New Nota', () => {
  it('the snippet inserts exactly the skeleton, with the subject and each required section as tab stops 1, 2, …', () => {
    const config = resolveConfig([]);
    const { text, stops } = expandSnippet(createNotaSnippet(fields, config));
    assert.equal(text, createNotaSkeleton(fields, config));
    assert.deepEqual(stops.map(([stop]) => stop), stops.map((_, index) => index + 1));
    assert.equal(stops[0][1], '[Onderwerp]');
    assert.deepEqual(stops.slice(1).map(([, value]) => value), config.sections.filter((def) => ['aanleiding', 'geadviseerd-besluit', 'kern'].includes(def.id)).map((def) => def.placeholder));
  });

  it('text that looks like snippet syntax in a field is escaped, not a tab stop', () => {
    const config = resolveConfig([]);
    const odd = { ...fields, aan: 'Minister van $1 {BZK} \\ ok' };
    const snippet = createNotaSnippet(odd, config);
    assert.match(snippet, /^\*\*Aan\*\* {2}\nMinister van \\\$1 {BZK\\} \\\\ ok\n/);
    assert.equal(expandSnippet(snippet).text, createNotaSkeleton(odd, config));
  });

  it('the referentie is checked against referencePattern as typed; a long value never matches, a broken pattern blocks nothing', () => {
    assert.equal(referentieMatches('2024-0000012345', '^\\d{4}-\\d{10}$'), true);
    assert.equal(referentieMatches('2024-00012345', '^\\d{4}-\\d{10}$'), false);
    assert.equal(referentieMatches(' 2024-0000012345 ', '^\\d{4}-\\d{10}$'), true);
    assert.equal(referentieMatches('1'.repeat(201), '^\\d+$'), false);
    assert.equal(referentieMatches('x', '(('), true);
  });
});
