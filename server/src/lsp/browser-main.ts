// Entry point in a web worker (VS Code for the Web): the same server over the worker's message port.
import { BrowserMessageReader, BrowserMessageWriter, ProposedFeatures, createConnection } from 'vscode-languageserver/browser';
import { browserHost } from './browser-host';
import { startServer } from './server';

/** The worker's global scope (the project compiles without the webworker lib). */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, browserHost(connection));
