import { GFM_HEAD, NOTA, withBijlagen } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const table = withBijlagen('2', [...GFM_HEAD, '| 1 | Planning.pdf | De planning |', '| 2 | Beantwoording Kamervragen | Ter informatie |']);
const line = (text: string, needle: string) => text.split('\n').findIndex((candidate) => candidate.includes(needle)) + 1;

ruleTester('bijlage-file', {
  valid: [
    { name: 'the file is in the folder (case aside); a Naam that is no file name is not looked for', text: table, folderFiles: ['nota.nota.md', 'planning.PDF'] },
    { name: 'no folder was read (a file that is not on disk, VS Code for the Web)', text: table },
    { name: 'a nota without bijlagen', text: NOTA, folderFiles: [] },
  ],
  invalid: [
    {
      name: 'Planning.pdf is not beside the nota: a hint on its Naam',
      text: table,
      folderFiles: ['nota.nota.md', 'Planning-v2.pdf'],
      findings: [{ messageId: 'bijlage-file', line: line(table, 'Planning.pdf'), column: 7, endLine: line(table, 'Planning.pdf'), endColumn: 19, message: 'Bijlage "Planning.pdf" is not in the folder of the nota (turn bijlage-file off for notas whose bijlagen are kept elsewhere).' }],
    },
  ],
});
