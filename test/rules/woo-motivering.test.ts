import { NOTA, edit, withSentence } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const WOO_SECTION = '\n### Informatie die niet openbaar gemaakt kan worden\n\n#### Motivering\n\nIn de openbaar gemaakte versie van deze nota zijn de persoonsgegevens van ambtenaren weggelaten op grond van artikel 5.1, tweede lid, onder e, van de Woo.\n';
const noSection = edit(NOTA, WOO_SECTION, '');
const noMotivering = edit(NOTA, '#### Motivering\n\nIn de openbaar gemaakte versie van deze nota zijn de persoonsgegevens van ambtenaren weggelaten op grond van artikel 5.1, tweede lid, onder e, van de Woo.\n', 'Zie hieronder.\n');
const PRIVACY = 'de eerbiediging van de persoonlijke levenssfeer (art. 5.1, tweede lid, onder e, Woo)';
const emptyAuthor = edit(noSection, '**Opgesteld door**  \n[5.1.2e]\n', '**Opgesteld door**\n');
const appendWooSection = (text: string) => `${text}\n### Informatie die niet openbaar gemaakt kan worden\n\n#### Motivering\n\nIn de openbaar gemaakte versie van deze nota is informatie weggelaten in het belang van ${PRIVACY}.\n`;
const withGround52 = withSentence('Het advies [5.2] is weggelaten.');

ruleTester('woo-motivering', {
  valid: [
    { name: 'redacted, with a Motivering that names the ground', text: NOTA },
    { name: 'not actief openbaar', text: edit(noSection, '**Nota actief openbaar**  \nJa', '**Nota actief openbaar**  \nNee') },
    { name: 'actief openbaar but nothing redacted', text: edit(noSection, '[5.1.2e]', 'A. Auteur') },
    { name: 'a ground named by its code in the Motivering', text: edit(withGround52, 'van de Woo.', 'van de Woo, en 5.2.') },
    { name: 'a beantwoording is not checked', kind: 'beantwoording', text: noSection },
  ],
  invalid: [
    {
      name: 'no section: reported on "Ja", the fix adds the section with a Motivering after the last section',
      text: noSection,
      findings: [
        {
          messageId: 'woo-motivering.section', line: 14, column: 1, endLine: 14, endColumn: 3,
          fixes: [
            {
              title: 'Add the section "Informatie die niet openbaar gemaakt kan worden" with a Motivering',
              output: appendWooSection(noSection),
            },
          ],
        },
      ],
    },
    {
      name: 'an empty Opgesteld door counts as a redaction (the Motivering then names 5.1.2e)',
      text: emptyAuthor,
      findings: [{ messageId: 'woo-motivering.section', line: 14, column: 1, endLine: 14, endColumn: 3, fixes: [{ title: 'Add the section "Informatie die niet openbaar gemaakt kan worden" with a Motivering', output: appendWooSection(emptyAuthor) }] }],
    },
    {
      name: 'the section without a Motivering: one is added under it',
      text: noMotivering,
      findings: [
        {
          messageId: 'woo-motivering.motivering', line: 43, column: 1, endLine: 43, endColumn: 52, message: 'The section "Informatie die niet openbaar gemaakt kan worden" has no Motivering.',
          fixes: [{ title: 'Add a Motivering naming the grounds used', output: edit(noMotivering, 'Zie hieronder.', `Zie hieronder.\n\n#### Motivering\n\nIn de openbaar gemaakte versie van deze nota is informatie weggelaten in het belang van ${PRIVACY}.`) }],
        },
      ],
    },
    {
      name: 'a ground the Motivering does not name: reported on its first marker, the fix names it',
      text: withSentence('Het advies [5.2] en nog een [5.2] zijn weggelaten.'),
      findings: [
        {
          messageId: 'woo-motivering.ground', line: 33, column: 104, endLine: 33, endColumn: 107, message: 'Ground 5.2 is used in a redaction but not named in the Motivering.',
          fixes: [
            {
              title: 'Name the grounds 5.2 in the Motivering',
              output: edit(withSentence('Het advies [5.2] en nog een [5.2] zijn weggelaten.'), 'van de Woo.', 'van de Woo.\n\nIn de openbaar gemaakte versie van deze nota is informatie weggelaten in het belang van persoonlijke beleidsopvattingen in documenten voor intern beraad (art. 5.2 Woo).'),
            },
          ],
        },
      ],
    },
  ],
});
