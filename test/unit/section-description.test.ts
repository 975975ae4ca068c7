// What belongs in a section is told in the user's language (the English hover showed Dutch), from the catalog.
import assert from 'node:assert/strict';
import { CancellationTokenSource } from 'vscode-languageserver';
import { resolveConfig } from '../../server/src/core/config';
import { checkText } from '../../server/src/core/engine';
import { hover } from '../../server/src/lsp/features/hover';
import { VALID_NOTA } from '../support/check';

describe('section descriptions', () => {
  const config = resolveConfig([]);
  const hoverOnKern = (locale: 'nl' | 'en') => {
    const result = checkText(VALID_NOTA, { config, locale });
    const line = VALID_NOTA.split('\n').findIndex((text) => text === '### Kern');
    const answer = hover(result, config, locale, { line, character: 5 }, new CancellationTokenSource().token);
    return (answer?.contents as { value: string }).value;
  };

  it('hover on a section heading says what belongs in it, in English or Dutch', () => {
    assert.match(hoverOnKern('en'), /The heart of the matter in a few points: what the minister needs to know\./);
    assert.match(hoverOnKern('nl'), /De kern van de zaak in enkele punten: wat de bewindspersoon moet weten\./);
  });

  it('a section added in the configuration is described by its name', () => {
    const custom = resolveConfig([{ origin: 'test', layer: { sections: [{ name: 'Risico\'s' }] } }]);
    const def = custom.sections.find((section) => section.name === "Risico's")!;
    assert.deepEqual(def.description, { message: 'section.custom', args: { name: "Risico's" } });
  });
});
