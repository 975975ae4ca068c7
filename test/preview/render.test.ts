// The preview renderer: the printed layout of each corpus document, redactions as bars, personal data
// marked, and no XSS payload surviving the sanitiser.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseFragment } from 'parse5';
import { renderPreview } from '../../server/src/core/preview/render';
import { VALID_NOTA, check, checkOptions, readCorpus } from '../support/check';

const render = (text: string, fileName = 'x.nota.md', mode: 'review' | 'published' = 'review') => renderPreview(check(text, { fileName }), { mode, locale: 'nl', checkOptions: checkOptions(fileName) });
const PAYLOADS = fs.readFileSync(path.join(__dirname, 'xss-payloads.txt'), 'utf8').split('\n').filter(Boolean);

const ALLOWED = new Set(['article', 'header', 'aside', 'section', 'footer', 'div', 'span', 'mark', 'dl', 'dt', 'dd', 'p', 'br', 'hr', 'b', 'strong', 'i', 'em', 'u', 's', 'del', 'sub', 'sup', 'code', 'pre', 'blockquote', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

interface Parse5Node { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Parse5Node[] }

/** Parses the HTML as a browser would and checks every element and attribute against the allow-list. */
function assertInert(html: string, payload: string): void {
  const visit = (node: Parse5Node) => {
    if (node.tagName) {
      assert.ok(ALLOWED.has(node.tagName), `element <${node.tagName}> survived: ${payload}\n${html}`);
      for (const attr of node.attrs ?? []) {
        assert.ok(['class', 'title', 'data-line', 'data-ground', 'data-rule', 'href', 'start', 'align', 'id', 'name'].includes(attr.name), `attribute ${attr.name} survived: ${payload}`);
        if (attr.name === 'href') assert.match(attr.value, /^(https?:|mailto:|#)/i, `dangerous URL survived: ${payload}`);
        if (attr.name === 'id' || attr.name === 'name') assert.match(attr.value, /^user-content-/, `unprefixed ${attr.name} survived: ${payload}`);
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
  };
  visit(parseFragment(html) as unknown as Parse5Node);
}

describe('preview renderer', function () {
  this.timeout(20000);
  it('seed 000 reads like the published nota: address, subject, purpose, fields column, sections, table', () => {
    const html = render(readCorpus('000'), '000.txt');
    assert.match(html, /<div class="address-line" data-line="4"><span class="label">Aan<\/span> Staatssecretaris van BZK<\/div>/);
    assert.match(html, /<p class="onderwerp" data-line="9">Beantwoording Kamervragen lid Van Haga/);
    assert.match(html, /<p class="purpose" data-line="11">TER ONDERTEKENING<\/p>/);
    assert.match(html, /<aside class="fields"><dl><dt data-line="13">Nota actief openbaar<\/dt><dd>Ja<\/dd>/);
    assert.match(html, /<dt data-line="22">Opgesteld door<\/dt><dd><span class="redaction" title="gelakt">gelakt<\/span><\/dd>/);
    const sections = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
    assert.deepEqual(sections, ['Aanleiding', 'Geadviseerd besluit', 'Kern', 'Communicatie', 'Informatie die niet openbaar gemaakt kan worden', 'Bijlagen']);
    assert.match(html, /<tbody><tr data-line="\d+"><td>1<\/td><td>Beantwoording Kamervragen lid Van Haga/);
    // The running page header in the Kern is PDF residue, not text.
    assert.equal(html.match(/2023-0000768759/g)?.length, 1);
  });

  it('seed 001 (plain text) gets the same layout: plain-line sections become headings', () => {
    const html = render(readCorpus('001'), '001.txt');
    assert.deepEqual([...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]), ['Aanleiding', 'Geadviseerd besluit', 'Kern', 'Toelichting', 'Politieke context', 'Bijlagen']);
    assert.doesNotMatch(html, /Pagina 1 van 2/);
  });

  for (const [seed, count] of [['002', 9], ['003', 9], ['004', 6]] as const) {
    it(`seed ${seed} renders as ${count} numbered Vraag/Antwoord pairs`, () => {
      const html = render(readCorpus(seed), `${seed}.txt`);
      assert.equal(html.match(/<section class="qa"/g)?.length, count);
      assert.match(html, /<h3>Vraag 1<\/h3>/);
      assert.match(html, new RegExp(`<h4 data-line="\\d+">Antwoord ${count}</h4>`));
    });
  }

  it('a Woo marker is a bar labelled with its ground; personal data is marked, and published as its Woo marker', () => {
    const text = VALID_NOTA.replace('- Met de regeling', '- Bel 06-12345678. Met de regeling');
    const review = render(text);
    assert.match(review, /<span class="redaction" title="5\.1\.2e: de eerbiediging van de persoonlijke levenssfeer">5\.1\.2e<\/span>/);
    // the ground it will be published as, not "personal data": in the tooltip and beside the text (data-ground)
    assert.match(review, /<mark class="pii" title="Wordt gepubliceerd als \[5\.1\.2e\] \(de eerbiediging van de persoonlijke levenssfeer\)\. Personal phone number &#x22;06-12345678&#x22; \(\d+% sure\)\." data-ground="5\.1\.2e" data-rule="pii-phone">06-12345678<\/mark>/);
    const published = render(text, 'x.nota.md', 'published');
    assert.doesNotMatch(published, /06-12345678/);
    assert.match(published, /<li data-line="40">Bel <span class="redaction" title="5\.1\.2e: de eerbiediging van de persoonlijke levenssfeer">5\.1\.2e<\/span>\. Met/);
  });

  it('bullets pasted from a PDF (U+F0B7, • at line start) are list items, as the source layer reads them', () => {
    const html = render(VALID_NOTA.replace('- Met de regeling', 'Het kabinet:\n\uF0B7 toegankelijkheid;\n\u2022 vindbaarheid.\n\nMet de regeling'));
    assert.match(html, /<p data-line="\d+">Het kabinet:<\/p>\n<ul data-line="(\d+)">\n<li data-line="\1">toegankelijkheid;<\/li>\n<li data-line="\d+">vindbaarheid\.<\/li>\n<\/ul>/);
    assert.doesNotMatch(html, /[\uF0B7\u2022]/);
    // a bullet inside a sentence stays text
    assert.match(render(VALID_NOTA.replace('- Met de regeling', 'Het teken \u2022 staat in de zin.\n\nMet de regeling')), /<p data-line="\d+">Het teken \u2022 staat in de zin\.<\/p>/);
  });

  it('review shows the ground each finding will be published as: 5.1.1d for a diagnosis, the configured marker otherwise', () => {
    const text = VALID_NOTA.replace('- Met de regeling', '- Mevrouw Brouns is in 2024 gediagnosticeerd met multiple sclerose. Met de regeling');
    const review = render(text);
    assert.match(review, /<mark class="pii" title="Wordt gepubliceerd als \[5\.1\.1d\] \(bijzondere persoonsgegevens[^"]*\)\. Special category of personal data: [^"]*" data-ground="5\.1\.1d" data-rule="pii-special-category">is in 2024 gediagnosticeerd met multiple sclerose<\/mark>/);
    const custom = renderPreview(check(text, { layer: { redactionMarker: '[gelakt]' } }), { mode: 'review', locale: 'en', checkOptions: checkOptions('x.nota.md', { layer: { redactionMarker: '[gelakt]' } }) });
    assert.match(custom, /<mark class="pii" title="Published as \[gelakt\]\. [^"]*" data-ground="gelakt" data-rule="pii-name">Brouns<\/mark>/);
  });

  it('review marks personal data in a paragraph whose entities and escapes shift it from its source', () => {
    const review = render(VALID_NOTA.replace('- Met de regeling', '- Tom &amp; Jerry \\* bel 06-12345678. Met de regeling'));
    assert.match(review, /Tom &#x26; Jerry \* bel <mark class="pii" title="[^"]+" data-ground="5\.1\.2e" data-rule="pii-phone">06-12345678<\/mark>\. Met/);
  });

  it('shows the readability of each section and answer in the margin of the review preview, and none published', () => {
    const nota = VALID_NOTA.replace('Op 4 maart 2024 heeft de Tweede Kamer een motie aangenomen over digitale toegankelijkheid.', 'De minister besluit vandaag. Het plan gaat door.');
    // 12 syllables in 8 words, 4 words a sentence: 206.84 − 77 × 1.5 − 0.93 × 4 = 87.6
    assert.match(render(nota), /<h2>Aanleiding<\/h2><aside class="readability">Flesch-Douma 87\.6 · 100% van 2 zinnen binnen B1 \(hoogstens 20 woorden\)<\/aside>/);
    assert.doesNotMatch(render(nota, 'x.nota.md', 'published'), /class="readability"/);
    const kv = 'Vraag 1\nKomt het plan er?\n\nAntwoord 1\nHet plan gaat door.\n';
    // 4 syllables in 4 words, one sentence: 206.84 − 77 − 0.93 × 4 = 126.1
    assert.match(render(kv, 'x.kv.md'), /<h4 data-line="3">Antwoord 1<\/h4><aside class="readability">Flesch-Douma 126\.1 · 100% van 1 zinnen binnen B1 \(hoogstens 20 woorden\)<\/aside>/);
  });

  it(`none of the ${PAYLOADS.length} XSS payloads survives, in a section, in the header or in a beantwoording`, () => {
    for (const payload of PAYLOADS) {
      assertInert(render(VALID_NOTA.replace('- Met de regeling', `- ${payload}\n\n${payload}\n\nMet de regeling`)), payload);
      assertInert(render(VALID_NOTA.replace('Minister van Binnenlandse Zaken en Koninkrijksrelaties', payload)), payload);
      assertInert(render(`Vraag 1\n${payload}\n\nAntwoord 1\n${payload}\n`, 'x.kv.md'), payload);
    }
  });

  it('allowed raw HTML stays (the <b> of seed 000), and safe links keep their href', () => {
    const html = render(VALID_NOTA.replace('- Met de regeling', '- <b>vet</b> en [de regeling](https://wetten.overheid.nl/). Met de regeling'));
    assert.match(html, /<b>vet<\/b>/);
    assert.match(html, /<a href="https:\/\/wetten\.overheid\.nl\/"[^>]*>de regeling<\/a>/);
  });
});
