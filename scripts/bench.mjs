// `npm run bench`: performance benchmark of the core, the language server, the CLI and the bundles,
// against markdownlint and the bare remark parse. A benchmark, not a test: it always exits 0 unless
// it cannot run. Details, options and the meaning of each number: bench/README.md.
import { main } from '../bench/bench.mjs';

main().catch((error) => {
  process.stderr.write(`bench failed: ${error?.stack ?? error}\n`);
  process.exitCode = 1;
});
