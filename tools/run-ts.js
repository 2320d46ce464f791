#!/usr/bin/env node
/** `node tools/run-ts.js file.ts [args]`: runs a TypeScript entry point of this repository. */
const path = require('node:path');
require('./register');
const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node tools/run-ts.js <file.ts> [args...]\n');
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(entry), ...rest];
require(path.resolve(entry));
