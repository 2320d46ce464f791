import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs ensureInstalled on a checkout as `npm start` does, in a child process (it exits on refusal). */
const ensureInstalledIn = (checkout: string) =>
  spawnSync(
    process.execPath,
    [
      '-e',
      `require(${JSON.stringify(join(__dirname, 'ensure-install.js'))}).ensureInstalled(process.argv[1])`,
      checkout,
    ],
    { encoding: 'utf8' },
  );

describe('npm start installing dependencies', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ensure-install-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses to run npm ci through a node_modules linked to another checkout's, leaving that install whole", () => {
    const other = join(dir, 'other-checkout', 'node_modules');
    mkdirSync(join(other, 'some-package'), { recursive: true });
    writeFileSync(join(other, 'some-package', 'index.js'), 'module.exports = 1;\n');
    const checkout = join(dir, 'worktree');
    mkdirSync(checkout);
    writeFileSync(join(checkout, 'package-lock.json'), '{}\n');
    symlinkSync(other, join(checkout, 'node_modules'));

    const run = ensureInstalledIn(checkout);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('node_modules is a link');
    expect(run.stdout).not.toContain('installing dependencies');
    expect(existsSync(join(other, 'some-package', 'index.js'))).toBe(true);
  });

  it('does nothing when the installed tree is newer than the lockfile', () => {
    const checkout = join(dir, 'checkout');
    mkdirSync(join(checkout, 'node_modules'), { recursive: true });
    writeFileSync(join(checkout, 'package-lock.json'), '{}\n');
    writeFileSync(join(checkout, 'node_modules', '.package-lock.json'), '{}\n');

    const run = ensureInstalledIn(checkout);

    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
  });
});
