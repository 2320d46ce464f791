import { execFile } from 'node:child_process';
import { accessSync, constants, cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { TOOLS_DIR } from '../paths';

/**
 * The real Temporal server, its SQL schema tool and the standalone Temporal UI, built from the Go module
 * proxy (the only way this machine gets them: no release downloads, no Docker). Pinned; cached in .tools/.
 */
export const TEMPORAL_SERVER_MODULE = 'go.temporal.io/server';
export const TEMPORAL_SERVER_VERSION = 'v1.32.2';
export const TEMPORAL_UI_SERVER_MODULE = 'github.com/temporalio/ui-server/v2';
export const TEMPORAL_UI_SERVER_VERSION = 'v2.56.4';
/** The server's go.mod asks for Go 1.27; the proxy serves this toolchain (GOTOOLCHAIN downloads it). */
export const GO_TOOLCHAIN = 'go1.27.3';

export interface TemporalServerBinaries {
  /** `temporal-server`: frontend, history, matching and worker services. */
  server: string;
  /** `temporal-sql-tool`: creates and upgrades the persistence and visibility schemas. */
  sqlTool: string;
  /** The module's `schema/postgresql/v12` (temporal/ and visibility/, each with versioned/). */
  schemaDir: string;
  /** The module's `config/development-postgres12.yaml`, the base of the cluster's configuration. */
  baseConfig: string;
  /** The standalone Temporal UI server; undefined when it is not built (the cluster runs without a UI). */
  uiServer?: string;
}

const run = promisify(execFile);

export const serverHome = (): string => join(TOOLS_DIR, `temporal-server-${TEMPORAL_SERVER_VERSION}`);
export const uiServerHome = (): string => join(TOOLS_DIR, `temporal-ui-server-${TEMPORAL_UI_SERVER_VERSION}`);

const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** What a complete install in `home` holds (the layout `buildTemporalServer` writes). */
function installedServer(home: string): Omit<TemporalServerBinaries, 'uiServer'> | undefined {
  const found = {
    server: join(home, 'bin', 'temporal-server'),
    sqlTool: join(home, 'bin', 'temporal-sql-tool'),
    schemaDir: join(home, 'schema', 'postgresql', 'v12'),
    baseConfig: join(home, 'config', 'development-postgres12.yaml'),
  };
  const complete =
    isExecutable(found.server) &&
    isExecutable(found.sqlTool) &&
    existsSync(join(found.schemaDir, 'temporal', 'versioned')) &&
    existsSync(found.baseConfig);
  return complete ? found : undefined;
}

const installedUiServer = (): string | undefined => {
  const path = join(uiServerHome(), 'bin', 'temporal-ui-server');
  return isExecutable(path) ? path : undefined;
};

/**
 * The environment of a `go` command that may need Go 1.27: the toolchain comes from the module proxy
 * like any module (this machine's own Go is 1.26).
 */
export function goEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, GOTOOLCHAIN: process.env.GOTOOLCHAIN ?? GO_TOOLCHAIN, GOFLAGS: '', ...extra };
}

/** `go install` of one or more packages of a module at a version, into `binDir`. */
async function goInstall(binDir: string, packages: string[], log: (m: string) => void): Promise<void> {
  mkdirSync(binDir, { recursive: true });
  log(`go install ${packages.join(' ')} (several minutes on 2 cores; once per machine)`);
  await run('go', ['install', ...packages], {
    env: goEnv({ GOBIN: binDir, CGO_ENABLED: '0' }),
    timeout: 40 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
}

async function moduleDir(module: string, version: string): Promise<string> {
  const { stdout } = await run('go', ['env', 'GOMODCACHE'], { env: goEnv() });
  return join(stdout.trim(), `${module}@${version}`);
}

/** Builds temporal-server and temporal-sql-tool and copies the schema and base config beside them. */
export async function buildTemporalServer(log: (m: string) => void): Promise<void> {
  const home = serverHome();
  const building = `${home}.building`;
  rmSync(building, { recursive: true, force: true });
  const bin = join(building, 'bin');
  await goInstall(
    bin,
    [
      `${TEMPORAL_SERVER_MODULE}/cmd/server@${TEMPORAL_SERVER_VERSION}`,
      `${TEMPORAL_SERVER_MODULE}/cmd/tools/sql@${TEMPORAL_SERVER_VERSION}`,
    ],
    log,
  );
  renameSync(join(bin, 'server'), join(bin, 'temporal-server'));
  renameSync(join(bin, 'sql'), join(bin, 'temporal-sql-tool'));
  const source = await moduleDir(TEMPORAL_SERVER_MODULE, TEMPORAL_SERVER_VERSION);
  cpSync(join(source, 'schema', 'postgresql'), join(building, 'schema', 'postgresql'), { recursive: true });
  mkdirSync(join(building, 'config'), { recursive: true });
  cpSync(
    join(source, 'config', 'development-postgres12.yaml'),
    join(building, 'config', 'development-postgres12.yaml'),
  );
  // The module cache is read-only; our copy must be removable by the next rebuild.
  await run('chmod', ['-R', 'u+w', building]);
  rmSync(home, { recursive: true, force: true });
  renameSync(building, home);
}

export async function buildTemporalUiServer(log: (m: string) => void): Promise<void> {
  const bin = join(uiServerHome(), 'bin');
  await goInstall(bin, [`${TEMPORAL_UI_SERVER_MODULE}/cmd/server@${TEMPORAL_UI_SERVER_VERSION}`], log);
  renameSync(join(bin, 'server'), join(bin, 'temporal-ui-server'));
}

export const TEMPORAL_SERVER_HELP =
  `No Temporal server build found. Run \`npm run cluster:install\` (GOTOOLCHAIN=${GO_TOOLCHAIN} go install ` +
  `${TEMPORAL_SERVER_MODULE}/cmd/server@${TEMPORAL_SERVER_VERSION} and cmd/tools/sql, into .tools/), ` +
  'or set TEMPORAL_SERVER_HOME to a folder with bin/temporal-server, bin/temporal-sql-tool, ' +
  'schema/postgresql/v12 and config/development-postgres12.yaml.';

/**
 * Finds the cluster's binaries: $TEMPORAL_SERVER_HOME (and $TEMPORAL_UI_SERVER), else the project cache
 * in .tools/, else (install: true) builds them with Go. Undefined when there is no server and no install.
 */
export async function findTemporalServer(
  options: { install?: boolean; withUi?: boolean; log?: (m: string) => void } = {},
): Promise<TemporalServerBinaries | undefined> {
  const log = options.log ?? (() => undefined);
  const home = process.env.TEMPORAL_SERVER_HOME ?? serverHome();
  let server = installedServer(home);
  if (!server && options.install && !process.env.TEMPORAL_SERVER_HOME) {
    await buildTemporalServer(log);
    server = installedServer(home);
  }
  if (!server) return undefined;
  let uiServer = process.env.TEMPORAL_UI_SERVER ?? installedUiServer();
  if (!uiServer && options.withUi && options.install) {
    await buildTemporalUiServer(log);
    uiServer = installedUiServer();
  }
  return { ...server, uiServer };
}
