// What belongs in a section, and every other hover, is told in the user's language (the English hover showed
// Dutch), from the catalog; the document's own terms (section names, dates as written) stay as they are.
import assert from 'node:assert/strict';
import { resolveConfig } from '../../server/src/core/config';
import { hover } from '../../server/src/lsp/features/hover';
import { VALID_NOTA } from '../support/check';
import { NOT_CANCELLED, ServiceHarness, testUri } from '../support/service-harness';

describe('section descriptions', () => {
  const hoverOnKern = async (locale: 'nl' | 'en') => {
    const harness = new ServiceHarness({ locale });
    const uri = testUri('kern.nota.md');
    const context = await harness.open(uri, VALID_NOTA);
    await harness.dispose();
    const line = VALID_NOTA.split('\n').findIndex((text) => text === '### Kern');
    const answer = hover(context, { textDocument: { uri }, position: { line, character: 5 } }, NOT_CANCELLED);
    return (answer?.contents as { value: string }).value;
  };

  it('hover on a section heading says what belongs in it, in English or Dutch', async () => {
    assert.match(await hoverOnKern('en'), /The heart of the matter in a few points: what the minister needs to know\./);
    assert.match(await hoverOnKern('nl'), /De kern van de zaak in enkele punten: wat de bewindspersoon moet weten\./);
  });

  it('a section added in the configuration is described by its name', () => {
    const custom = resolveConfig([{ origin: 'test', layer: { sections: [{ name: 'Risico\'s' }] } }]);
    const def = custom.sections.find((section) => section.name === "Risico's")!;
    assert.deepEqual(def.description, { message: 'section.custom', args: { name: "Risico's" } });
  });
});

describe('hovers in the display language', () => {
  const hoverOn = async (locale: 'nl' | 'en', lineText: string, character: number) => {
    const harness = new ServiceHarness({ locale });
    const uri = testUri('hover.nota.md');
    const context = await harness.open(uri, VALID_NOTA);
    await harness.dispose();
    const line = VALID_NOTA.split('\n').findIndex((text) => text === lineText);
    const answer = hover(context, { textDocument: { uri }, position: { line, character } }, NOT_CANCELLED);
    return (answer?.contents as { value: string }).value;
  };

  it('a date: the weekday in the display language, the date as the nota writes it', async () => {
    assert.equal(await hoverOn('en', '12 maart 2024', 2), '**12 maart 2024** is a Tuesday.');
    assert.equal(await hoverOn('nl', '12 maart 2024', 2), '**12 maart 2024** is een dinsdag.');
  });

  it('a Woo ground in a redaction marker: its meaning in the display language', async () => {
    assert.equal(await hoverOn('en', '[5.1.2e]', 3), 'Woo ground **5.1.2e**: respect for personal privacy (art. 5.1, tweede lid, onder e, Woo).');
    assert.match(await hoverOn('nl', '[5.1.2e]', 3), /^Woo-grond \*\*5\.1\.2e\*\*: de eerbiediging van de persoonlijke levenssfeer \(art\. 5\.1, tweede lid, onder e, Woo\)\.$/);
  });

  it('a section heading: the section name as written, what belongs in it in the display language', async () => {
    assert.match(await hoverOn('en', '### Aanleiding', 5), /^\*\*Aanleiding\*\*: Why this nota is before you now/);
    assert.match(await hoverOn('nl', '### Aanleiding', 5), /^\*\*Aanleiding\*\*: Waarom deze nota nu voorligt/);
  });
});
