import { spawnSync } from 'node:child_process';

/** A client that can render a compose file: Debian's `docker-compose` (v1) or the `docker compose` plugin. */
export interface ComposeClient {
  name: string;
  command: string[];
}

export const COMPOSE_INSTALL_HINT =
  'docker-compose is not installed: `apt-get install -y --no-install-recommends docker-compose` ' +
  '(.ci/run does it) renders docker/compose.yaml without a Docker engine';

const answers = (command: string[]) => {
  const run = spawnSync(command[0], [...command.slice(1), 'version'], { encoding: 'utf8' });
  return run.status === 0;
};

/** The compose clients on this machine; Debian's docker-compose is the one CI installs. */
export function composeClients(): ComposeClient[] {
  return [
    { name: 'docker-compose', command: ['docker-compose'] },
    { name: 'docker compose', command: ['docker', 'compose'] },
  ].filter((client) => answers(client.command));
}

export interface Rendered {
  status: number | null;
  stderr: string;
  /** The rendered configuration as data (YAML read by Python's yaml, which docker-compose depends on). */
  config?: ComposeConfig;
}

export interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string; args?: Record<string, string> };
  restart?: string;
  init?: boolean;
  healthcheck?: { test: string[] | string };
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string | number>;
  entrypoint?: string[];
  ports?: unknown[];
  logging?: { driver: string; options?: Record<string, string> };
  volumes?: unknown[];
}

export interface ComposeConfig {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

/** `<client> -f <file> --env-file <envFile> config`, with `env` as the only variables set for it. */
export function renderCompose(
  client: ComposeClient,
  composeFile: string,
  envFile: string,
  env: Record<string, string>,
): Rendered {
  const render = spawnSync(
    client.command[0],
    [...client.command.slice(1), '-f', composeFile, '--env-file', envFile, 'config'],
    { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env } },
  );
  if (render.status !== 0) return { status: render.status, stderr: render.stderr };
  const json = spawnSync(
    'python3',
    ['-c', 'import json, sys, yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout)'],
    { input: render.stdout, encoding: 'utf8' },
  );
  if (json.status !== 0) throw new Error(`python3 could not read the rendered YAML: ${json.stderr}`);
  return { status: 0, stderr: render.stderr, config: JSON.parse(json.stdout) as ComposeConfig };
}
