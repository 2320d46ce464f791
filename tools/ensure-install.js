/**
 * Installs node_modules with `npm ci` when they are missing or older than package-lock.json. Plain
 * JavaScript: it runs before anything is installed.
 */
const { spawnSync } = require('node:child_process');
const { existsSync, statSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

function ensureInstalled() {
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  process.stdout.write('… installing dependencies (npm ci)\n');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write('✖ npm ci failed; fix the error above (network? disk?) and run the command again\n');
    process.exit(result.status ?? 1);
  }
}

module.exports = { ensureInstalled };
