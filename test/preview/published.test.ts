// The published form (the preview's "As published" mode, and Export): no text that the checker reports as
// personal data survives, whatever Markdown construct holds it, and only http(s)/mailto links remain.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFragment } from 'parse5';
import { resolveConfig } from '../../server/src/core/config';
import { type CheckOptions, checkText } from '../../server/src/core/engine';
import { renderPreview } from '../../server/src/core/preview/render';
import { VALID_NOTA } from '../support/check';

const RUNS = Number(process.env.NOTA_PROPERTY_RUNS ?? 150);
const optionsFor = (fileName: string): CheckOptions => ({ config: resolveConfig([]), locale: 'nl', fileName, now: new Date('2024-03-15T12:00:00Z') });

function published(text: string, fileName = 'x.nota.md'): { html: string; reported: string[] } {
  const options = optionsFor(fileName);
  const result = checkText(text, options);
  const reported = result.findings.filter((finding) => finding.ruleId.startsWith('pii-')).map((finding) => text.slice(finding.span.start, finding.span.end));
  return { html: renderPreview(result, { mode: 'published', locale: 'nl', checkOptions: options }), reported };
}

interface Parse5Node { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Parse5Node[] }

/** Every text a reader or a tool can get out of the HTML: the text, each attribute, each URL decoded. */
function readable(html: string): string[] {
  const texts: string[] = [];
  const attributes: string[] = [];
  const visit = (node: Parse5Node) => {
    if (node.nodeName === '#text') texts.push(node.value ?? '');
    for (const attr of node.attrs ?? []) {
      attributes.push(attr.value);
      try {
        attributes.push(decodeURIComponent(attr.value));
      } catch {
        // not percent-encoded
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
  };
  visit(parseFragment(html) as unknown as Parse5Node);
  return [html, texts.join(''), ...texts, ...attributes].map((text) => text.replace(/\s+/g, ' '));
}

function assertNothingReportedSurvives(text: string, fileName = 'x.nota.md'): string {
  const { html, reported } = published(text, fileName);
  const surfaces = readable(html);
  for (const span of reported) {
    const needle = span.replace(/\s+/g, ' ');
    const leak = surfaces.find((surface) => surface.includes(needle));
    assert.equal(leak, undefined, `"${needle}" survives in the published HTML:\n${html}`);
  }
  return html;
}

const inKern = (paragraph: string) => VALID_NOTA.replace('- Met de regeling', `- Punt.\n\n${paragraph}\n\nMet de regeling`);

/** Personal data the detectors report, by the constructs that may hold it. */
const EMAILS = ['j.jansen@gmail.com', 'p.devries@hotmail.com'];
const OTHERS = ['06-12345678', '+31 6 87654321', 'BSN 111222333', 'NL91 ABNA 0417 1643 00', 'de heer Pieter Bakker', 'Kerkstraat 12, 2511 DP Den Haag', ...EMAILS];

/** Inline constructs: `{}` is where the personal data goes. */
const INLINE = [
  '{}', 'Tom &amp; Jerry en {}', '{} &eacute;&#233;', '\\*noot\\* bij {}', '*{}*', '**{}**', '_{}_', '~{}~',
  '[{}](https://x.nl)', '[site](https://x.nl "{}")', "[site](https://x.nl '{}')", '![{}](https://x.nl/a.png)', '![foto](https://x.nl/a.png "{}")',
  '`{}`', '<b>{}</b>', '<span title="{}">x</span>', '<abbr title="{}">x</abbr>', '<!-- {} -->', 'regel\\\n{}', 'regel  \n{}',
];
/** Constructs the detectors do not read: what they hold is redacted when the same text is reported elsewhere. */
const UNREAD = ['`{}`', '<span title="{}">x</span>', '<abbr title="{}">x</abbr>', '<!-- {} -->', '<a href="mailto:{}">mail</a>'];
const EMAIL_ONLY = ['[mail](mailto:{})', '<{}>', '<mailto:{}>', '<a href="mailto:{}">mail</a>', '[mail][ref]\n\n[ref]: mailto:{}', '[mail](<mailto:{}>)'];
/** Block constructs around a line. */
const BLOCKS = ['{}', '> {}', '- {}', '1. {}', '#### {}', '```\n{}\n```', '    {}', '<div>\n{}\n</div>', '| a | b |\n| --- | --- |\n| x | {} |', '{}\n---'];

const fill = (template: string, value: string) => template.replace('{}', value);
const inline = fc.oneof(
  fc.tuple(fc.constantFrom(...INLINE), fc.constantFrom(...OTHERS)).map(([template, value]) => fill(template, value)),
  fc.tuple(fc.constantFrom(...EMAIL_ONLY), fc.constantFrom(...EMAILS)).map(([template, value]) => fill(template, value)),
);
const block = fc.tuple(fc.constantFrom(...BLOCKS), inline).map(([template, line]) => fill(template, line));
const body = fc.array(block, { minLength: 1, maxLength: 5 }).map((blocks) => blocks.join('\n\n'));

/** A nota with personal data in the Kern, in a header field, a section heading and a plain-line Bijlagen row. */
const nota = fc.tuple(body, fc.constantFrom(...OTHERS), fc.constantFrom(...OTHERS), fc.constantFrom(...OTHERS)).map(([kern, field, heading, bijlage]) =>
  inKern(kern)
    .replace('**Samengewerkt met**  \nCZW, D&B', `**Samengewerkt met**  \nCZW, D&B, ${field}`)
    .replace('### Informatie die niet', `### Overleg met ${heading}\n\nTekst.\n\n### Informatie die niet`)
    .concat(`\n### Bijlagen\n\nVolgnummer Naam Informatie\n1 Brief van\n${bijlage}\n`),
);
const beantwoording = fc.tuple(body, body).map(([question, answer]) => `Vraag 1\n${question}\n\nAntwoord 1\n${answer}\n`);

describe('the published form leaks no personal data (issue 22, items 11 and 12; issue 15)', function () {
  this.timeout(300000);

  for (const [construct, paragraph] of [
    ['a paragraph with an entity', 'Bel 06-12345678 &amp; mail.'],
    ['a paragraph with a backslash escape', 'Bel 06-12345678 \\* mail.'],
    ['a mailto: link', 'Mail [hem](mailto:j.jansen@gmail.com).'],
    ['an autolink', 'Mail <p.devries@hotmail.com>.'],
    ['a link title', 'Zie [de site](https://x.nl "van de heer Pieter Bakker, 06-87654321").'],
  ] as const) {
    it(`redacts personal data in ${construct}, and shows its Woo marker`, () => {
      const html = assertNothingReportedSurvives(inKern(paragraph));
      assert.match(html, /<span class="redaction" title="5\.1\.2e: de eerbiediging van de persoonlijke levenssfeer">5\.1\.2e<\/span>/);
    });
  }

  it('redacts personal data in a section heading and in a wrapped plain-line Bijlagen row', () => {
    const text = inKern('Punt.').replace('### Informatie die niet', '### Gesprek met de heer Pieter Bakker\n\nTekst.\n\n### Informatie die niet').concat('\n### Bijlagen\n\nVolgnummer Naam Informatie\n1 Brief van\nPieter Bakker\n');
    assert.deepEqual(published(text).reported, ['Pieter Bakker', 'Pieter Bakker']);
    const html = assertNothingReportedSurvives(text);
    assert.match(html, /<h2>Gesprek met de heer \[5\.1\.2e\]<\/h2>/);
    assert.match(html, /<td>Brief van \[5\.1\.2e\]<\/td>/);
  });

  it('a BSN gets its own ground (5.1.1e); every other kind the configured marker', () => {
    const html = assertNothingReportedSurvives(inKern('BSN 111222333 van de heer Pieter Bakker.'));
    assert.match(html, /<span class="redaction" title="5\.1\.1e: [^"]+">5\.1\.1e<\/span>/);
    assert.match(html, /<span class="redaction" title="5\.1\.2e: [^"]+">5\.1\.2e<\/span>/);
  });

  it('the same text reported once is redacted everywhere it is written', () => {
    const { html } = published(inKern('Bel 06-12345678.\n\nZie [de site](https://x.nl/06-12345678) of `06-12345678`.'));
    assert.doesNotMatch(html, /06-12345678/);
  });

  it('keeps only http(s) and mailto links: relative and protocol-relative links lose their target (item 12)', () => {
    for (const mode of ['review', 'published'] as const) {
      const text = inKern('[a](//x.invalid/pad) [b](/etc/passwd) [c](pad/relatief) [d](#kop) [e](HTTPS://ok.nl) [f](https://ok.nl) [g](mailto:info@rijksoverheid.nl) <a href="//x.invalid">h</a>');
      const options = optionsFor('x.nota.md');
      const html = renderPreview(checkText(text, options), { mode, locale: 'nl', checkOptions: options });
      const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
      assert.deepEqual(hrefs, ['https://ok.nl', 'mailto:info@rijksoverheid.nl'], mode);
      for (const label of ['a', 'b', 'c', 'd', 'e', 'h']) assert.match(html, new RegExp(`>${label}</`), `the text of link ${label} stays`);
    }
  });

  it(`holds for ${RUNS} generated notas with personal data in every construct`, () => {
    fc.assert(fc.property(nota, (text) => void assertNothingReportedSurvives(text)), { numRuns: RUNS, seed: Number(process.env.NOTA_SEED ?? 20261123) });
  });

  it(`holds for ${RUNS} generated notas as plain text (.nota.txt)`, () => {
    fc.assert(fc.property(nota, (text) => void assertNothingReportedSurvives(text, 'x.nota.txt')), { numRuns: RUNS, seed: Number(process.env.NOTA_SEED ?? 20261123) });
  });

  it(`holds for ${RUNS} generated beantwoordingen`, () => {
    fc.assert(fc.property(beantwoording, (text) => void assertNothingReportedSurvives(text, 'x.kv.md')), { numRuns: RUNS, seed: Number(process.env.NOTA_SEED ?? 20261123) });
  });

  it('is not vacuous: every construct the detectors read holds reported personal data', () => {
    const unreported = [...INLINE, ...EMAIL_ONLY].filter((template) => !UNREAD.includes(template)).filter((template) => {
      const values = EMAIL_ONLY.includes(template) ? EMAILS : OTHERS;
      return !values.some((value) => published(inKern(fill(template, value))).reported.length > 0);
    });
    assert.deepEqual(unreported, []);
  });
});
