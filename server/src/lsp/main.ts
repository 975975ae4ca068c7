// Entry point: `node dist/server.js --stdio` or `--node-ipc` (the transport is read from argv).
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { setRuleDocBase } from './convert';
import { nodeHost, nodeRuleDocBase } from './node-host';
import { startServer } from './server';

setRuleDocBase(nodeRuleDocBase());
startServer(createConnection(ProposedFeatures.all), nodeHost());
