// What belongs in a section is told in the user's language (the English hover showed Dutch), from the catalog.
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
