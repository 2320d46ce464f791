import { execFile } from 'node:child_process';
import { accessSync, constants, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { onPath } from './pip-binary';
import { TOOLS_DIR } from './paths';

/** Pinned schemathesis (PyPI), the OpenAPI contract fuzzer of the fuzz tier (test/fuzz). */
export const SCHEMATHESIS_VERSION = '4.32.5';

const run = promisify(execFile);

/** The project's own venv for it: .tools/schemathesis-<version>/. */
export const SCHEMATHESIS_VENV = join(TOOLS_DIR, `schemathesis-${SCHEMATHESIS_VERSION}`);

export function schemathesisPath(): string {
  return join(SCHEMATHESIS_VENV, 'bin', 'schemathesis');
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * $SCHEMATHESIS, else the project's venv, else a new venv with the pinned version from PyPI (a
 * venv, not --target: schemathesis brings its own dependencies and a console script).
 */
export async function findSchemathesis(
  options: { log?: (m: string) => void } = {},
): Promise<{ path: string; source: 'environment' | 'project cache' | 'pip install' }> {
  const fromEnv = process.env.SCHEMATHESIS;
  if (fromEnv) {
    if (!isExecutable(fromEnv))
      throw new Error(`SCHEMATHESIS=${fromEnv} is not an executable file; fix or unset it`);
    return { path: fromEnv, source: 'environment' };
  }
  if (isExecutable(schemathesisPath())) return { path: schemathesisPath(), source: 'project cache' };
  const python = onPath('python3') ?? onPath('python');
  if (!python) throw new Error('python3 is not installed: the fuzz tier needs it for schemathesis');
  options.log?.(`installing schemathesis ${SCHEMATHESIS_VERSION} from PyPI into ${SCHEMATHESIS_VENV}`);
  try {
    await run(python, ['-m', 'venv', '--clear', SCHEMATHESIS_VENV], { timeout: 120_000 });
    await run(
      join(SCHEMATHESIS_VENV, 'bin', 'python'),
      [
        '-m',
        'pip',
        'install',
        '--quiet',
        '--disable-pip-version-check',
        `schemathesis==${SCHEMATHESIS_VERSION}`,
      ],
      { timeout: 10 * 60_000, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    // A half-made venv would be taken for a working one next time.
    rmSync(SCHEMATHESIS_VENV, { recursive: true, force: true });
    throw new Error(
      `pip install schemathesis==${SCHEMATHESIS_VERSION} failed (network? python3-venv?): ${(error as Error).message.split('\n')[0]}`,
    );
  }
  if (!isExecutable(schemathesisPath()))
    throw new Error(`schemathesis ${SCHEMATHESIS_VERSION} installed but ${schemathesisPath()} is missing`);
  return { path: schemathesisPath(), source: 'pip install' };
}
