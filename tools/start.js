#!/usr/bin/env node
/** `npm start`: installs what is missing, then hands over to tools/start-system.ts. */
require('./ensure-install').ensureInstalled();
require('./register');
require('./start-system.ts');
