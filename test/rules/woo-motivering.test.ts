import { NOTA, edit, withSentence } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const WOO_SECTION = '\n### Informatie die niet openbaar gemaakt kan worden\n\n#### Motivering\n\nIn de openbaar gemaakte versie van deze nota zijn de persoonsgegevens van ambtenaren weggelaten op grond van artikel 5.1, tweede lid, onder e, van de Woo.\n';
const noSection = edit(NOTA, WOO_SECTION, '');
const noMotivering = edit(NOTA, '#### Motivering\n\nIn de openbaar gemaakte versie van deze nota zijn de persoonsgegevens van ambtenaren weggelaten op grond van artikel 5.1, tweede lid, onder e, van de Woo.\n', 'Zie hieronder.\n');
const PRIVACY = 'de eerbiediging van de persoonlijke levenssfeer (art. 5.1, tweede lid, onder e, Woo)';
const emptyAuthor = edit(noSection, '**Opgesteld door**  \n[5.1.2e]\n', '**Opgesteld door**\n');
const appendWooSection = (text: string) => `${text}\n### Informatie die niet openbaar gemaakt kan worden\n\n#### Motivering\n\nIn de openbaar gemaakte versie van deze nota is informatie weggelaten in het belang van ${PRIVACY}.\n`;
const withGround52 = withSentence('Het advies [5.2] is weggelaten.');
const ADD_SECTION = 'Add the section "Informatie die niet openbaar gemaakt kan worden" with a Motivering';
const ADD_MOTIVERING = 'Add a Motivering naming the grounds used';
const MOTIVERING_BODY = 'In de openbaar gemaakte versie van deze nota zijn de persoonsgegevens van ambtenaren weggelaten op grond van artikel 5.1, tweede lid, onder e, van de Woo.\n';
const INTERNATIONAL = 'de betrekkingen van Nederland met andere staten en internationale organisaties (art. 5.1, tweede lid, onder a, Woo)';
const ADVICE = 'persoonlijke beleidsopvattingen in documenten voor intern beraad (art. 5.2 Woo)';
const twoGrounds = withSentence('Het advies [5.2] en [5.1.2a] zijn weggelaten.');
const PLAIN = 'Aan\nMinister\n\nVan\nDGDOO\n\nOnderwerp\nIets\n\nTER INFORMATIE\n\nNota actief openbaar\nJa\n\nOnze referentie\n2024-0000098765\n\nDatum\n21 maart 2024\n\nOpgesteld door\n[5.1.2e]\n\nBijlage(n)\n0\n\nAanleiding\n\nTekst.\n\nKern\n\nTekst.\n';
const plainWithSection = `${PLAIN}\nInformatie die niet openbaar gemaakt kan worden\n\nZie hieronder.\n`;
const h6Section = edit(NOTA, `### Informatie die niet openbaar gemaakt kan worden\n\n#### Motivering\n\n${MOTIVERING_BODY}`, '###### Informatie die niet openbaar gemaakt kan worden\n\nZie hieronder.\n');
const emptySection = edit(NOTA, `#### Motivering\n\n${MOTIVERING_BODY}`, '');
const spacedHeading = edit(emptySection, 'kan worden\n', 'kan worden  \n');
const withUnknown = edit(noSection, '### Aanleiding', '### Overig\n\nTekst.\n\n### Aanleiding');
const level2 = noSection.replace(/^### (?!TER)/gm, '## ');

ruleTester('woo-motivering', {
  valid: [
    { name: 'redacted, with a Motivering that names the ground', text: NOTA },
    { name: 'not actief openbaar', text: edit(noSection, '**Nota actief openbaar**  \nJa', '**Nota actief openbaar**  \nNee') },
    { name: 'actief openbaar but nothing redacted', text: edit(noSection, '[5.1.2e]', 'A. Auteur') },
    { name: 'a ground named by its code in the Motivering', text: edit(withGround52, 'van de Woo.', 'van de Woo, en 5.2.') },
    { name: 'a beantwoording is not checked', kind: 'beantwoording', text: noSection },
    { name: 'Nota actief openbaar is not exactly "Ja"', text: edit(noSection, '**Nota actief openbaar**  \nJa', '**Nota actief openbaar**  \nJa, na besluit') },
    { name: 'the template choice "Ja/Nee" left in place is not "Ja"', text: edit(noSection, '**Nota actief openbaar**  \nJa', '**Nota actief openbaar**  \nJa/Nee') },
    { name: 'nor is "Nee/Ja"', text: edit(noSection, '**Nota actief openbaar**  \nJa', '**Nota actief openbaar**  \nNee/Ja') },
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
    {
      name: '"ja" in lower case is actief openbaar too',
      text: edit(noSection, '**Nota actief openbaar**  \nJa', '**Nota actief openbaar**  \nja'),
      findings: [{ messageId: 'woo-motivering.section', line: 14, column: 1, endLine: 14, endColumn: 3, fixes: [{ title: ADD_SECTION, output: appendWooSection(edit(noSection, '**Nota actief openbaar**  \nJa', '**Nota actief openbaar**  \nja')) }] }],
    },
    {
      name: 'no section and two grounds: the Motivering the fix writes names both',
      text: edit(withGround52, WOO_SECTION, ''),
      findings: [
        {
          messageId: 'woo-motivering.section', line: 14, column: 1, endLine: 14, endColumn: 3,
          fixes: [{ title: ADD_SECTION, output: `${edit(withGround52, WOO_SECTION, '')}\n### Informatie die niet openbaar gemaakt kan worden\n\n#### Motivering\n\nIn de openbaar gemaakte versie van deze nota is informatie weggelaten in het belang van ${PRIVACY}; en ${ADVICE}.\n` }],
        },
      ],
    },
    {
      name: 'a plain-text nota: the section and its Motivering get plain headings',
      text: PLAIN,
      findings: [
        {
          messageId: 'woo-motivering.section', line: 13, column: 1, endLine: 13, endColumn: 3,
          fixes: [{ title: ADD_SECTION, output: `${PLAIN}\nInformatie die niet openbaar gemaakt kan worden\n\nMotivering\n\nIn de openbaar gemaakte versie van deze nota is informatie weggelaten in het belang van ${PRIVACY}.\n` }],
        },
      ],
    },
    {
      name: 'a plain-text section without a Motivering: a plain Motivering heading is added',
      text: plainWithSection,
      findings: [
        {
          messageId: 'woo-motivering.motivering', line: 35, column: 1, endLine: 35, endColumn: 48,
          fixes: [{ title: ADD_MOTIVERING, output: edit(plainWithSection, 'Zie hieronder.\n', `Zie hieronder.\n\nMotivering\n\nIn de openbaar gemaakte versie van deze nota is informatie weggelaten in het belang van ${PRIVACY}.\n`) }],
        },
      ],
    },
    {
      name: 'under a level-6 section the Motivering heading stays at level 6',
      text: h6Section,
      findings: [
        {
          messageId: 'woo-motivering.motivering', line: 43, column: 1, endLine: 43, endColumn: 55,
          fixes: [{ title: ADD_MOTIVERING, output: edit(h6Section, 'Zie hieronder.\n', `Zie hieronder.\n\n###### Motivering\n\nIn de openbaar gemaakte versie van deze nota is informatie weggelaten in het belang van ${PRIVACY}.\n`) }],
        },
      ],
    },
    {
      name: 'an empty section: the Motivering goes right under its heading',
      text: emptySection,
      findings: [
        {
          messageId: 'woo-motivering.motivering', line: 43, column: 1, endLine: 43, endColumn: 52,
          fixes: [{ title: ADD_MOTIVERING, output: edit(emptySection, 'worden\n\n', `worden\n\n#### Motivering\n\nIn de openbaar gemaakte versie van deze nota is informatie weggelaten in het belang van ${PRIVACY}.\n\n`) }],
        },
      ],
    },
    {
      name: 'two grounds the Motivering does not name: one finding on the first marker of each, one fix naming both',
      text: twoGrounds,
      findings: [
        { messageId: 'woo-motivering.ground', line: 33, column: 104, endLine: 33, endColumn: 107, fixes: [{ title: 'Name the grounds 5.1.2a, 5.2 in the Motivering', output: edit(twoGrounds, 'van de Woo.', `van de Woo.\n\nIn de openbaar gemaakte versie van deze nota is informatie weggelaten in het belang van ${INTERNATIONAL}; en ${ADVICE}.`) }] },
        { messageId: 'woo-motivering.ground', line: 33, column: 113, endLine: 33, endColumn: 119, message: 'Ground 5.1.2a is used in a redaction but not named in the Motivering.', fixes: [{ title: 'Name the grounds 5.1.2a, 5.2 in the Motivering', output: edit(twoGrounds, 'van de Woo.', `van de Woo.\n\nIn de openbaar gemaakte versie van deze nota is informatie weggelaten in het belang van ${INTERNATIONAL}; en ${ADVICE}.`) }] },
      ],
    },
    {
      name: 'a section the catalog does not know, before the others, does not hide that the Woo section is missing',
      text: withUnknown,
      findings: [{ messageId: 'woo-motivering.section', line: 14, column: 1, endLine: 14, endColumn: 3, fixes: [{ title: ADD_SECTION, output: appendWooSection(withUnknown) }] }],
    },
    {
      name: 'sections at level 2: the added section is at level 2, its Motivering at level 3',
      text: level2,
      findings: [
        {
          messageId: 'woo-motivering.section', line: 14, column: 1, endLine: 14, endColumn: 3,
          fixes: [{ title: ADD_SECTION, output: `${level2}\n## Informatie die niet openbaar gemaakt kan worden\n\n### Motivering\n\nIn de openbaar gemaakte versie van deze nota is informatie weggelaten in het belang van ${PRIVACY}.\n` }],
        },
      ],
    },
    {
      name: 'an empty section whose heading ends in spaces: the heading is left as it is',
      text: spacedHeading,
      findings: [
        {
          messageId: 'woo-motivering.motivering', line: 43, column: 1, endLine: 43, endColumn: 54,
          fixes: [{ title: ADD_MOTIVERING, output: edit(spacedHeading, 'worden  \n\n', `worden  \n\n#### Motivering\n\nIn de openbaar gemaakte versie van deze nota is informatie weggelaten in het belang van ${PRIVACY}.\n\n`) }],
        },
      ],
    },
  ],
});
