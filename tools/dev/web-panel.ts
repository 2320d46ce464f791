import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from './paths';

/** Where `nx build web` writes the panel and the API serves it from (apps/api/src/http/web-panel.ts). */
export const WEB_PANEL_DIR = join(REPO_ROOT, 'dist/apps/web');

/** What the built panel is made of; a newer file here means the build is stale. */
const WEB_SOURCES = [
  'apps/web/src',
  'apps/web/public',
  'apps/web/index.html',
  'apps/web/vite.config.mts',
].map((p) => join(REPO_ROOT, p));

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, entry) => Math.max(newest, newestMtime(join(path, entry))),
    stat.mtimeMs,
  );
}

/** Vite's command line (its package exports do not include bin/, so it is found from package.json). */
function viteCli(): string {
  const manifest = require.resolve('vite/package.json', { paths: [REPO_ROOT] });
  return join(dirname(manifest), 'bin/vite.js');
}

export function webPanelIsFresh(dir = WEB_PANEL_DIR): boolean {
  try {
    const built = statSync(join(dir, 'index.html')).mtimeMs;
    return WEB_SOURCES.every((source) => !existsSync(source) || newestMtime(source) <= built);
  } catch {
    return false;
  }
}

/**
 * Builds the panel with Vite (a child process: Vite is ESM, the dev runtime is CommonJS) into a fresh
 * folder, then swaps it in, so an API serving the old panel never sees a half-written one.
 */
export async function buildWebPanel(dir = WEB_PANEL_DIR): Promise<string> {
  const staging = `${dir}.building-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const output: string[] = [];
  const code = await new Promise<number | null>((resolveExit, reject) => {
    const child = spawn(
      process.execPath,
      [
        viteCli(),
        'build',
        '--config',
        join(REPO_ROOT, 'apps/web/vite.config.mts'),
        '--outDir',
        staging,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } },
    );
    for (const stream of [child.stdout, child.stderr])
      stream.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('error', reject);
    child.once('close', resolveExit);
  });
  if (code !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`the web panel did not build (vite exited with ${code}):\n${output.join('').trim()}`);
  }
  const old = `${dir}.old-${process.pid}`;
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(staging, dir);
  rmSync(old, { recursive: true, force: true });
  return dir;
}
