// Why a cleaned copy for publication is not written: each thing that remains counted, in both languages,
// with the verb agreeing ("1 failed redaction remains", "3 … and 1 … remain").
import assert from 'node:assert/strict';
import { cleanAllowed, refusalText } from '../../server/src/core/publication/verdict';

describe('cleaned copy refused: the reason', () => {
  it('counts what remains, joins it, and agrees the verb, in English and Dutch', () => {
    const one = { personalData: 0, failedRedactions: 1, hiddenPersonalData: 0 };
    const many = { personalData: 3, failedRedactions: 1, hiddenPersonalData: 2 };
    assert.equal(refusalText('en', 'nota.publicatie.pdf', one), 'nota.publicatie.pdf not written: 1 failed redaction remains; redact the source document, make a new PDF and check again.');
    assert.equal(refusalText('nl', 'nota.publicatie.pdf', one), 'nota.publicatie.pdf niet geschreven: er staat nog 1 mislukte lakking in; lak het brondocument, maak een nieuwe pdf en controleer opnieuw.');
    assert.equal(
      refusalText('en', 'nota.publicatie.docx', many),
      'nota.publicatie.docx not written: 3 personal-data findings, 1 failed redaction and 2 pieces of hidden content with personal data remain; redact the source document, make a new Word file and check again.',
    );
    assert.equal(
      refusalText('nl', 'nota.publicatie.docx', many),
      'nota.publicatie.docx niet geschreven: er staan nog 3 meldingen van persoonsgegevens, 1 mislukte lakking en 2 verborgen onderdelen met persoonsgegevens in; lak het brondocument, maak een nieuw Word-bestand en controleer opnieuw.',
    );
    assert.equal(cleanAllowed(one), false);
    assert.equal(cleanAllowed({ personalData: 0, failedRedactions: 0, hiddenPersonalData: 0 }), true);
  });
});
