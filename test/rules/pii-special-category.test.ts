import { KV, NOTA, inAnswer, inKern } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

ruleTester('pii-special-category', {
  valid: [
    { name: 'the complete nota', text: NOTA },
    { name: 'the complete beantwoording', kind: 'beantwoording', text: KV },
    { name: 'about groups, not a person', text: inKern('Het aantal veroordelingen voor mishandeling steeg; mensen met een psychose krijgen behandeling.') },
  ],
  invalid: [
    {
      name: 'a health fact in words not known before (a herseninfarct, a rollator)',
      text: inKern('Mevrouw Jansen heeft sinds een herseninfarct een rollator nodig.'),
      findings: [{ messageId: 'pii-special-category', severity: 'warning', line: 41, column: 18, endLine: 41, endColumn: 66, fixes: [{ title: 'Redact as [5.1.1d]', output: inKern('Mevrouw Jansen [5.1.1d].') }] }],
    },
    {
      name: 'a role noun (a rank) is the person the sentence is about',
      text: inKern('De sergeant is sinds juni ziek thuis met een posttraumatische stressstoornis.'),
      findings: [{ messageId: 'pii-special-category', severity: 'warning', line: 41, column: 15, endLine: 41, endColumn: 79, fixes: [{ title: 'Redact as [5.1.1d]', output: inKern('De sergeant [5.1.1d].') }] }],
    },
    {
      name: 'a sentence goes on after an abbreviation before a lower-case word ("geb. 5 jan. 1979")',
      text: inKern('De heer Scheepstra (geb. 5 jan. 1979) verblijft in het FPC met een tbs-maatregel, opgelegd na een veroordeling voor doodslag.'),
      findings: [{ messageId: 'pii-special-category', severity: 'warning', line: 41, column: 3, endLine: 41, endColumn: 127, fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('[5.1.2e].') }] }],
    },
    {
      name: 'a heading line of a plain-text nota is no part of the sentence',
      text: inKern('Aanleiding\nOp 3 juni is een gratieverzoek ingediend door de heer D. Verbeek, gedetineerd in de PI Vught.'),
      findings: [{ messageId: 'pii-special-category', severity: 'warning', line: 42, column: 1, endLine: 42, endColumn: 93, fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Aanleiding\n[5.1.2e].') }] }],
    },
    {
      name: 'a conversion and a church membership',
      text: inKern('Mevrouw Karimi is in 2023 bekeerd tot het christendom.'),
      findings: [{ messageId: 'pii-special-category', severity: 'warning', line: 41, column: 18, endLine: 41, endColumn: 56, fixes: [{ title: 'Redact as [5.1.1d]', output: inKern('Mevrouw Karimi [5.1.1d].') }] }],
    },
    {
      name: 'union membership of a military union',
      text: inKern('Hij is lid van de AFMP.'),
      findings: [{ messageId: 'pii-special-category', severity: 'warning', line: 41, column: 7, endLine: 41, endColumn: 25, fixes: [{ title: 'Redact as [5.1.1d]', output: inKern('Hij [5.1.1d].') }] }],
    },
    {
      name: 'a suspicion, a heart condition and an admission',
      text: inKern('Hij werd ervan verdacht een collega te hebben bedreigd. Zij kan met haar hartaandoening reizen. Zij is met suïcidale klachten opgenomen in het UMCG.'),
      findings: [
        { messageId: 'pii-special-category', severity: 'warning', line: 41, column: 7, endLine: 41, endColumn: 57, fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Hij [5.1.2e]. Zij kan met haar hartaandoening reizen. Zij is met suïcidale klachten opgenomen in het UMCG.') }] },
        { messageId: 'pii-special-category', severity: 'warning', line: 41, column: 59, endLine: 41, endColumn: 97, fixes: [{ title: 'Redact as [5.1.1d]', output: inKern('Hij werd ervan verdacht een collega te hebben bedreigd. [5.1.1d]. Zij is met suïcidale klachten opgenomen in het UMCG.') }] },
        { messageId: 'pii-special-category', severity: 'warning', line: 41, column: 103, endLine: 41, endColumn: 150, fixes: [{ title: 'Redact as [5.1.1d]', output: inKern('Hij werd ervan verdacht een collega te hebben bedreigd. Zij kan met haar hartaandoening reizen. Zij [5.1.1d].') }] },
      ],
    },
    {
      name: 'a diagnosis: a warning from the predicate on, the name its own finding, redacted on 5.1.1d',
      text: inKern('Mevrouw Brouns is in 2024 gediagnosticeerd met multiple sclerose.'),
      findings: [
        {
          messageId: 'pii-special-category', severity: 'warning', line: 41, column: 18, endLine: 41, endColumn: 67, message: 'Special category of personal data: "is in 2024 gediagnosticeerd met multiple sclerose" (70% sure).',
          fixes: [{ title: 'Redact as [5.1.1d]', output: inKern('Mevrouw Brouns [5.1.1d].') }],
        },
      ],
    },
    {
      name: 'criminal data: not 5.1.1d, the configured marker',
      text: inKern('Hij is in 2021 door de politierechter veroordeeld voor mishandeling.'),
      findings: [{ messageId: 'pii-special-category', severity: 'warning', line: 41, column: 7, endLine: 41, endColumn: 70, fixes: [{ title: 'Redact as [5.1.2e]', output: inKern('Hij [5.1.2e].') }] }],
    },
    {
      name: 'religion, the sentence has no subject before it',
      text: inKern('Omdat zij om religieuze redenen een hoofddoek draagt, is de pasfoto aangepast.'),
      findings: [{ messageId: 'pii-special-category', severity: 'warning', line: 41, column: 3, endLine: 41, endColumn: 80, fixes: [{ title: 'Redact as [5.1.1d]', output: inKern('[5.1.1d].') }] }],
    },
    {
      name: 'after a label line in a beantwoording',
      kind: 'beantwoording',
      text: inAnswer('Betrokkene is in 2024 gediagnosticeerd met multiple sclerose.'),
      findings: [{ messageId: 'pii-special-category', severity: 'warning', line: 9, column: 12, endLine: 9, endColumn: 61, fixes: [{ title: 'Redact as [5.1.1d]', output: inAnswer('Betrokkene [5.1.1d].') }] }],
    },
  ],
});
