// One worker of bench/pool.mjs: loads the core bundle once, then checks the batches of files it is
// given (read, check, count findings) until told to stop.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const core = createRequire(import.meta.url)(workerData.entry);
const config = core.resolveConfig([]);

parentPort.on('message', (message) => {
  if (message.stop) {
    parentPort.close();
    return;
  }
  let findings = 0;
  let bytes = 0;
  for (const file of message.files) {
    const text = fs.readFileSync(file, 'utf8');
    bytes += text.length;
    findings += core.checkText(text, { config, locale: 'nl', fileName: file }).findings.length;
  }
  parentPort.postMessage({ files: message.files.length, findings, bytes });
});
parentPort.postMessage({ ready: true });
