import { KV, NOTA, edit } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const kv = (text: string) => ({ kind: 'beantwoording' as const, text });
const RENUMBER = 'Renumber the questions 1 to 3 (answers and references follow)';
const GROUPED_QA = (a: string, b: string) => `Vraag ${a}\nWelke maatregelen neemt u om leegstand te voorkomen?\n\nVraag ${b}\nWanneer?\n\nAntwoord ${a} en ${b}\nZie het antwoord op vraag 2.\n`;
const LAST_QA = 'Vraag 3\nWelke maatregelen neemt u om leegstand te voorkomen?\n\nAntwoord 3\nZie het antwoord op vraag 2. Daarnaast wordt bij elke nieuwe huisvestingsvraag eerst bekeken of een leegstaand kantoor kan worden gebruikt.\n';
const vraag3 = (n: string) => edit(edit(KV, 'Vraag 3\n', `Vraag ${n}\n`), 'Antwoord 3\n', `Antwoord ${n}\n`);

ruleTester('vraag-numbering', {
  valid: [
    { name: 'questions 1..3', ...kv(KV) },
    { name: 'a nota is not checked', text: edit(NOTA, '### Kern', 'Vraag 4\nWaarom?\n\n### Kern') },
    { name: 'an empty beantwoording gets no note', ...kv('\n  \n') },
  ],
  invalid: [
    {
      name: 'a beantwoording in which no questions are recognised: one note on its first line',
      ...kv('\nVragen van het lid Jansen (VVD) over de dijken (ingezonden 3 mei 2024).\n\nEen tekst zonder vragen.\n'),
      findings: [
        {
          messageId: 'vraag-numbering.none', severity: 'information', line: 2, column: 1, endLine: 2, endColumn: 72,
          message: 'No questions were recognised: label them "Vraag 1", "Vraag 2", … (or number them 1, 2, … on a line of their own).',
        },
      ],
    },
    {
      name: 'a gap: renumber the question and its answer',
      ...kv(vraag3('4')),
      findings: [
        {
          messageId: 'vraag-numbering.gap', line: 17, column: 7, endLine: 17, endColumn: 8, message: 'Question 4 should be question 3: questions are numbered 1, 2, 3, … without gaps.',
          fixes: [{ title: 'Renumber the questions 1 to 3 (answers and references follow)', output: KV }],
        },
      ],
    },
    {
      name: 'a duplicate number',
      ...kv(vraag3('2')),
      findings: [{ messageId: 'vraag-numbering.duplicate', line: 17, column: 7, endLine: 17, endColumn: 8, message: 'Question number 2 is used more than once.', fixes: [{ title: 'Renumber the questions 1 to 3 (answers and references follow)', output: KV }] }],
    },
    {
      // After 1 and 3 the next number expected is 4, so the 2 is "out of order" rather than "should be 3".
      name: 'swapped: a gap, then out of order; renumbering also moves the cross-reference with its question',
      ...kv(edit(edit(edit(edit(KV, 'Vraag 2\n', 'Vraag 3\n'), 'Antwoord 2\n', 'Antwoord 3\n'), 'Vraag 3\nWelke', 'Vraag 2\nWelke'), 'Antwoord 3\nZie het antwoord op vraag 2', 'Antwoord 2\nZie het antwoord op vraag 3')),
      findings: [
        { messageId: 'vraag-numbering.gap', line: 11, column: 7, endLine: 11, endColumn: 8, fixes: [{ title: 'Renumber the questions 1 to 3 (answers and references follow)', output: KV }] },
        { messageId: 'vraag-numbering.order', line: 17, column: 7, endLine: 17, endColumn: 8, message: 'Question 2 is out of order: question 4 was expected here.', fixes: [{ title: 'Renumber the questions 1 to 3 (answers and references follow)', output: KV }] },
      ],
    },
    {
      name: 'the note on the first line ends at its last character, not at trailing spaces',
      ...kv('Vragen van het lid Jansen (VVD) over de dijken (ingezonden 3 mei 2024).   \n\nEen tekst zonder vragen.\n'),
      findings: [{ messageId: 'vraag-numbering.none', severity: 'information', line: 1, column: 1, endLine: 1, endColumn: 72 }],
    },
    {
      // Questions 1, 3, 3: the reference to "vraag 3" could mean either, so it is left for the author.
      name: 'a reference to a duplicated number is not renumbered',
      ...kv(edit(edit(edit(KV, 'Vraag 2\n', 'Vraag 3\n'), 'Antwoord 2\n', 'Antwoord 3\n'), 'vraag 2.', 'vraag 3.')),
      findings: [
        { messageId: 'vraag-numbering.gap', line: 11, column: 7, endLine: 11, endColumn: 8, fixes: [{ title: RENUMBER, output: edit(KV, 'vraag 2.', 'vraag 3.') }] },
        { messageId: 'vraag-numbering.duplicate', line: 17, column: 7, endLine: 17, endColumn: 8, fixes: [{ title: RENUMBER, output: edit(KV, 'vraag 2.', 'vraag 3.') }] },
      ],
    },
    {
      name: 'an answer to several questions keeps its numbers; only the question is renumbered',
      ...kv(edit(edit(edit(KV, 'Vraag 3\n', 'Vraag 4\n'), 'Antwoord 2\n', 'Antwoord 2 en 4\n'), 'Antwoord 3\n', '')),
      findings: [
        {
          messageId: 'vraag-numbering.gap', line: 17, column: 7, endLine: 17, endColumn: 8,
          fixes: [{ title: RENUMBER, output: edit(edit(KV, 'Antwoord 2\n', 'Antwoord 2 en 4\n'), 'Antwoord 3\n', '') }],
        },
      ],
    },
    {
      name: 'an answer whose number differs from its question keeps its number',
      ...kv(edit(KV, 'Vraag 3\n', 'Vraag 4\n')),
      findings: [{ messageId: 'vraag-numbering.gap', line: 17, column: 7, endLine: 17, endColumn: 8, fixes: [{ title: RENUMBER, output: KV }] }],
    },
    {
      name: 'a reference to a question that does not exist is left alone',
      ...kv(edit(edit(KV, 'Vraag 3\n', 'Vraag 4\n'), 'vraag 2.', 'vraag 7.')),
      findings: [{ messageId: 'vraag-numbering.gap', line: 17, column: 7, endLine: 17, endColumn: 8, fixes: [{ title: RENUMBER, output: edit(KV, 'vraag 2.', 'vraag 7.') }] }],
    },
    {
      name: 'a question without an answer is renumbered on its own',
      ...kv(edit(KV, LAST_QA, 'Vraag 4\nWelke maatregelen neemt u om leegstand te voorkomen?\n')),
      findings: [{ messageId: 'vraag-numbering.gap', line: 17, column: 7, endLine: 17, endColumn: 8, fixes: [{ title: RENUMBER, output: edit(KV, LAST_QA, 'Vraag 3\nWelke maatregelen neemt u om leegstand te voorkomen?\n') }] }],
    },
    {
      name: 'an answer to two questions whose first number is right keeps both numbers',
      ...kv(edit(KV, LAST_QA, `${GROUPED_QA('4', '5')}`)),
      findings: [{ messageId: 'vraag-numbering.gap', line: 17, column: 7, endLine: 17, endColumn: 8, fixes: [{ title: 'Renumber the questions 1 to 4 (answers and references follow)', output: edit(KV, LAST_QA, GROUPED_QA('3', '4').replace('Antwoord 3 en 4', 'Antwoord 4 en 5')) }] }],
    },
  ],
});
