import { NOTA, edit } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const KERN_TEXT = '- Met de regeling voldoen alle overheidswebsites in 2026 aan de toegankelijkheidseisen.\n\n';
/** The Kern's text, on line 41, replaced by `block` (which ends before a blank line). */
const withKern = (block: string) => edit(NOTA, KERN_TEXT, `${block}\n\n`);

const DEEP_LIST = `${'- '.repeat(17)}diep genest punt`;
const NESTED_LABELS = `${'[a '.repeat(33)}b`;
const EMPHASIS_LINES = Array.from({ length: 257 }, () => 'a* ').join('\n');

ruleTester('markdown-too-complex', {
  valid: [
    { name: 'a nota', text: NOTA },
    { name: 'sixteen list markers on one line are parsed', text: withKern(`${'- '.repeat(16)}punt`) },
    { name: 'thirty-two open labels in a paragraph are parsed', text: withKern(`${'[a '.repeat(32)}b`) },
    { name: 'escaped brackets open no label', text: withKern(`${'\\[a '.repeat(40)}b`) },
    { name: 'closed links do not add up', text: withKern('[a](https://example.org) '.repeat(100)) },
    { name: '256 emphasis markers in a paragraph are parsed', text: withKern(Array.from({ length: 256 }, () => 'a* ').join('\n')) },
    { name: 'a blank line starts a new count', text: withKern(`${'[a '.repeat(20)}\n\n${'[a '.repeat(20)}`) },
  ],
  invalid: [
    {
      name: 'seventeen list markers on one line: its block is plain text, the finding on its first line',
      text: withKern(DEEP_LIST),
      findings: [
        {
          messageId: 'markdown-too-complex',
          line: 41,
          column: 1,
          endLine: 41,
          endColumn: DEEP_LIST.length + 1,
          message: 'This block is too complex to parse as Markdown within the time budget; it was read as plain text (its headings, lists and tables count as text).',
        },
      ],
    },
    {
      name: 'thirty-three labels opened and not closed in one paragraph',
      text: withKern(NESTED_LABELS),
      findings: [{ messageId: 'markdown-too-complex', line: 41, column: 1, endLine: 41, endColumn: NESTED_LABELS.length + 1 }],
    },
    {
      name: '257 emphasis markers over many lines of one paragraph: the finding covers the first line',
      text: withKern(EMPHASIS_LINES),
      findings: [{ messageId: 'markdown-too-complex', line: 41, column: 1, endLine: 41, endColumn: 4 }],
    },
    {
      name: 'a paragraph of 12,000 emphasis markers over many lines (parsed in 4 KB pieces): one finding for the whole paragraph',
      text: withKern(Array.from({ length: 12000 }, () => 'a* ').join('\n')),
      findings: [{ messageId: 'markdown-too-complex', line: 41, column: 1, endLine: 41, endColumn: 4 }],
    },
    {
      name: 'only the complex block: the same text after a blank line is checked again',
      text: withKern(`${DEEP_LIST}\n\nGewone tekst.\n\n${DEEP_LIST}`),
      findings: [
        { messageId: 'markdown-too-complex', line: 41, column: 1, endLine: 41, endColumn: DEEP_LIST.length + 1 },
        { messageId: 'markdown-too-complex', line: 45, column: 1, endLine: 45, endColumn: DEEP_LIST.length + 1 },
      ],
    },
    {
      name: 'the configured severity',
      severity: 'warning',
      text: withKern(DEEP_LIST),
      findings: [{ messageId: 'markdown-too-complex', severity: 'warning', line: 41, column: 1, endLine: 41, endColumn: DEEP_LIST.length + 1 }],
    },
  ],
});
