/**
 * Installs node_modules with `npm ci` when they are missing or older than package-lock.json. Plain
 * JavaScript: it runs before anything is installed.
 */
const { spawnSync } = require('node:child_process');
const { existsSync, lstatSync, statSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

const isLink = (file) => {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
};

function ensureInstalled(checkout = root) {
  const installed = path.join(checkout, 'node_modules', '.package-lock.json');
  const lock = path.join(checkout, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  // `npm ci` empties node_modules first: through a link (a git worktree sharing another checkout's
  // node_modules) it would wipe the other checkout's install.
  if (isLink(path.join(checkout, 'node_modules'))) {
    process.stderr.write(
      `✖ node_modules is a link to another checkout's and is older than package-lock.json; not running npm ci\n` +
        `  through it. Replace the link with an install of this checkout's own (rm node_modules && npm ci).\n`,
    );
    process.exit(1);
  }
  process.stdout.write('… installing dependencies (npm ci)\n');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: checkout, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write('✖ npm ci failed; fix the error above (network? disk?) and run the command again\n');
    process.exit(result.status ?? 1);
  }
}

module.exports = { ensureInstalled };
