import { KV, NOTA, edit } from '../support/fixtures';
import { ruleTester } from '../support/rule-tester';

const inNota = (sentence: string) => edit(NOTA, 'U wordt verzocht in te stemmen met het voorstel.', `U wordt verzocht in te stemmen met het voorstel. ${sentence}`);
const kvId = (id: string) => edit(KV, '2024Z00123', id);

ruleTester('kamer-id-format', {
  valid: [
    { name: 'zaak and document numbers with five digits', text: inNota('Zie 2024Z01294 en 2024D34636.') },
    { name: 'kv-tk, ah-tk with a consecutive session, kst', text: inNota('Zie kv-tk-2024Z01294, ah-tk-20232024-1065 en kst-29279-874.') },
    { name: 'a number inside a word is not an identifier', text: inNota('Code X2024Z012 telt niet.') },
    { name: 'a beantwoording with a good zaak number', kind: 'beantwoording', text: KV },
  ],
  invalid: [
    {
      name: 'a zaak number with too few digits: zero-padded',
      text: inNota('Zie 2024Z1294.'),
      findings: [
        {
          messageId: 'kamer-id-format', line: 37, column: 54, endLine: 37, endColumn: 63,
          message: '"2024Z1294" looks like a Kamer identifier (zaak) but is malformed.',
          fixes: [{ title: 'Change to "2024Z01294"', output: inNota('Zie 2024Z01294.') }],
        },
      ],
    },
    {
      name: 'a document number with too many digits: no fix',
      text: inNota('Zie 2024D346361.'),
      findings: [{ messageId: 'kamer-id-format', line: 37, column: 54, endLine: 37, endColumn: 65 }],
    },
    {
      name: 'kv-tk with a document letter',
      text: inNota('Zie kv-tk-2024D01294.'),
      findings: [{ messageId: 'kamer-id-format', line: 37, column: 54, endLine: 37, endColumn: 70 }],
    },
    {
      name: 'ah-tk with years that are not one session',
      text: inNota('Zie ah-tk-20232025-1065.'),
      findings: [{ messageId: 'kamer-id-format', line: 37, column: 54, endLine: 37, endColumn: 73 }],
    },
    {
      name: 'kst with a dossier number of three digits',
      text: inNota('Zie kst-292-874.'),
      findings: [{ messageId: 'kamer-id-format', line: 37, column: 54, endLine: 37, endColumn: 65 }],
    },
    {
      name: 'in a beantwoording',
      kind: 'beantwoording',
      text: kvId('2024Z123'),
      findings: [{ messageId: 'kamer-id-format', line: 1, column: 162, endLine: 1, endColumn: 170, fixes: [{ title: 'Change to "2024Z00123"', output: KV }] }],
    },
  ],
});
