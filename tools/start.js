#!/usr/bin/env node
/**
 * `npm start`: installs what is missing, then hands over to tools/start-system.ts. Plain JavaScript on
 * purpose: it must run before node_modules exists.
 */
const { spawnSync } = require('node:child_process');
const { existsSync, statSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const installed = path.join(root, 'node_modules', '.package-lock.json');
const lock = path.join(root, 'package-lock.json');

if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  process.stdout.write('… installing dependencies (npm ci)\n');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write('✖ npm ci failed; fix the error above (network? disk?) and run npm start again\n');
    process.exit(result.status ?? 1);
  }
}

require('./register');
require('./start-system.ts');
