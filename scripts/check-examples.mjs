// Checks the example notas with the CLI: examples/goed must pass, examples/fout must show its faults.
import { spawnSync } from 'node:child_process';

const cli = (folder) => spawnSync(process.execPath, ['bin/nota.js', 'check', folder], { stdio: 'inherit' }).status;

console.log('Example notas that must pass (examples/goed):');
const good = cli('examples/goed');
console.log('\nExample notas with typical faults (examples/fout):');
const faulty = cli('examples/fout');
if (good !== 0 || faulty !== 1) {
  console.error(`\nUnexpected exit codes: examples/goed ${good} (expected 0), examples/fout ${faulty} (expected 1).`);
  process.exit(1);
}
console.log('\nThe examples behave as expected.');
