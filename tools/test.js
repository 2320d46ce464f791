#!/usr/bin/env node
/** `npm test`: installs what is missing, then hands over to tools/test-runner.ts. */
require('./ensure-install').ensureInstalled();
require('./register');
require('./test-runner.ts');
