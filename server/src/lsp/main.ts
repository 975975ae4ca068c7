// Entry point: `node dist/server.js --stdio` or `--node-ipc` (the transport is read from argv).
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
