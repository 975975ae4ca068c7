// Inputs on which Markdown parsers are super-linear or memory-hungry (issue 22): each family makes a
// text of about `bytes` characters. The tests check each within a generous bound
// (test/robustness/worst-case.test.ts); `npm run bench` times them at 10 KB, 100 KB and 1 MB.
const repeatTo = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
const nested = (open: string, close: string, bytes: number) => {
  const pairs = Math.max(1, Math.ceil(bytes / (open.length + close.length)));
  return open.repeat(pairs) + close.repeat(pairs);
};

export const WORST_CASE_FAMILIES: Record<string, (bytes: number) => string> = {
  'list markers on one line': (bytes) => `${repeatTo('- + 1. 1) ', bytes)}x\n`,
  'setext pairs without blank lines': (bytes) => repeatTo('text\n---\n', bytes),
  'short setext pairs': (bytes) => repeatTo('a\n-\n', bytes),
  'emphasis openers over many lines': (bytes) => repeatTo('a* \n', bytes),
  'underscores over many lines': (bytes) => repeatTo('a_ \n', bytes),
  'unclosed links over many lines': (bytes) => repeatTo('[a](\n', bytes),
  'task-like brackets over many lines': (bytes) => repeatTo('[x] \n', bytes),
  'nested emphasis over lines': (bytes) => nested('*a \n', 'b*\n', bytes),
  'nested images over lines': (bytes) => nested('![a\n', '](b)\n', bytes),
  'a table': (bytes) => `| a | b |\n|---|---|\n${repeatTo('| x | y |\n', bytes)}`,
  'nested blockquote and list': (bytes) => repeatTo(`${'> - '.repeat(8)}x\n`, bytes),
  'blank lines': (bytes) => '\n'.repeat(bytes),
};
