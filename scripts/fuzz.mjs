// `npm run fuzz`: the property and fuzz tests with many more iterations and a fresh random seed.
// Usage: npm run fuzz [-- ITERATIONS]. A failing input is saved to fuzz-failure.txt; replay with NOTA_SEED.
import { spawnSync } from 'node:child_process';

const iterations = process.argv[2] ?? '2000';
const seed = String(Math.floor(Math.random() * 2 ** 31));
console.log(`fuzzing with ${iterations} iterations per document and property, seed ${seed}`);
const result = spawnSync(
  process.execPath,
  ['node_modules/mocha/bin/mocha.js', '--no-config', '--require', 'tsx', '--timeout', '0', 'test/robustness/*.test.ts'],
  { stdio: 'inherit', env: { ...process.env, NOTA_FUZZ_ITERATIONS: iterations, NOTA_PROPERTY_RUNS: iterations, NOTA_SEED: seed, NOTA_FUZZ_BIG_KB: '5000' } },
);
process.exit(result.status ?? 1);
