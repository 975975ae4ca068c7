// Entry point: `node dist/server.js --stdio` or `--node-ipc` (the transport is read from argv).
import { ProposedFeatures, StreamMessageReader, StreamMessageWriter, createConnection } from 'vscode-languageserver/node';
import { setRuleDocBase } from './convert';
import { nodeHost, nodeRuleDocBase } from './node-host';
import { startServer } from './server';

/**
 * Over stdio a malformed header (`Content-Length: abc`) leaves the reader out of step with the stream:
 * every later message would be misread and the server would sit deaf. It says why on stderr and exits,
 * so the client sees a stopped server (VS Code restarts it) instead of one that never answers.
 */
function stdioConnection() {
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((error) => {
    process.stderr.write(`nota-language-server: cannot read the client's messages (${error.message.split('\n')[0]}); exiting.\n`);
    process.exit(1);
  });
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
}

setRuleDocBase(nodeRuleDocBase());
startServer(process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all), nodeHost());
