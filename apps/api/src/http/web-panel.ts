import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Where `nx build web` (and `npm start`) put the panel; WEB_PANEL_DIR points elsewhere. */
export const DEFAULT_WEB_PANEL_DIR = resolve(__dirname, '../../../../dist/apps/web');

/**
 * The panel's Content-Security-Policy: its own scripts, styles and API only, plus the OpenID provider's
 * origin when one is configured (the panel reads its discovery document and redeems the code at its
 * token endpoint). The Temporal UI and the provider's login page are navigations, which CSP leaves alone.
 */
export function panelCsp(connectSources: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    ["connect-src 'self'", ...connectSources].join(' '),
    // The document preview: a PDF fetched with the token and shown from a blob: URL in a frame.
    "frame-src 'self' blob:",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function webPanelDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.WEB_PANEL_DIR ? resolve(env.WEB_PANEL_DIR) : DEFAULT_WEB_PANEL_DIR;
}

const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');

/**
 * Serves the built web panel next to the API: its files (hashed assets cached for a year, the rest
 * revalidated), and index.html for any other GET that asks for a page outside /api, so the panel's own
 * routes (/appointments/..., /cadres/...) survive a reload. /api stays the API's: an unknown API path is
 * still the API's JSON 404. Guards do not apply: these files are public, the data behind them is not.
 */
export function serveWebPanel(
  app: NestExpressApplication,
  dir: string = webPanelDir(),
  connectSources: readonly string[] = [],
): void {
  app.useStaticAssets(dir, {
    index: false,
    redirect: false,
    setHeaders: (res, path) => {
      res.setHeader(
        'Cache-Control',
        path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      res.setHeader('X-Content-Type-Options', 'nosniff');
    },
  });
  app.use(webPanelFallback(dir, connectSources));
}

export function webPanelFallback(dir: string, connectSources: readonly string[] = []) {
  const index = join(dir, 'index.html');
  const csp = panelCsp(connectSources);
  return (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path) || !req.accepts('html')) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (!existsSync(index)) {
      res
        .status(404)
        .type('text/plain')
        .send('The web panel is not built here: run `npx nx build web` (npm start builds it).\n');
      return;
    }
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.sendFile(index);
  };
}
