import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { SupervisedProcess } from '../supervisor';

export interface UiServerOptions {
  binary: string;
  /** Where its configuration is written (`<dir>/config/cluster.yaml`). */
  dir: string;
  temporalAddress: string;
  port: number;
  namespace: string;
  onLine?: (line: string) => void;
}

/**
 * The standalone Temporal UI (ui-server) in front of the cluster's frontend, supervised like the
 * server. Its configuration is one environment file of its own format (`--env cluster`).
 */
export function startUiServer(options: UiServerOptions): { url: string; process: SupervisedProcess } {
  const configDir = join(options.dir, 'config');
  mkdirSync(configDir, { recursive: true });
  writeFileSync(
    join(configDir, 'cluster.yaml'),
    stringify({
      temporalGrpcAddress: options.temporalAddress,
      host: '127.0.0.1',
      port: options.port,
      enableUi: true,
      defaultNamespace: options.namespace,
      // No calls to the internet for news or version checks: this machine has none, an office may not.
      disableNewsFetch: true,
      notifyOnNewVersion: false,
      cors: { cookieInsecure: true, allowOrigins: [`http://127.0.0.1:${options.port}`] },
    }),
  );
  const ui = new SupervisedProcess({
    name: 'temporal-ui',
    command: options.binary,
    args: ['--root', options.dir, '--config', 'config', '--env', 'cluster', 'start'],
    env: process.env,
    onLine: options.onLine,
  });
  ui.start();
  return { url: `http://127.0.0.1:${options.port}`, process: ui };
}
