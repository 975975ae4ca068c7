// Stryker's mocha runner (9.x) requires Mocha's cli internals without an extension
// (`mocha/lib/cli/options`); Mocha 12 renamed them to `.cjs`. This preload resolves such a request to
// the `.cjs` file, until the runner's fix (stryker-js pull request 6205) is released. Loaded only by
// `npm run mutation`, through NODE_OPTIONS, so that Stryker's worker processes get it too.
const Module = require('node:module');
const path = require('node:path');

const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveMochaCli(request, parent, ...rest) {
  try {
    return resolve.call(this, request, parent, ...rest);
  } catch (error) {
    const cli = `${path.sep}mocha${path.sep}lib${path.sep}cli${path.sep}`;
    if (path.extname(request) === '' && path.normalize(request).includes(cli)) return resolve.call(this, `${request}.cjs`, parent, ...rest);
    throw error;
  }
};
