import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser as Chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`; .ci/run installs it); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(__dirname, 'artifacts');

type Viewport = { width: number; height: number };

export interface Browser {
  /** Page errors and console errors (a CSP violation is one), to assert there were none. */
  problems: string[];
  /**
   * A tab of a browser of its own (a fresh context: its own localStorage, so its own signed-in user,
   * as two people at two computers). The panel's sign-in is shared by the tabs of one browser.
   */
  newTab(viewport?: Viewport): Promise<Page>;
  /** One browser (one context) whose tabs share their storage, as one person's tabs do. */
  newBrowser(viewport?: Viewport): Promise<BrowserContext>;
  /** Every open tab of every browser, oldest first (to photograph them on a failure). */
  pages(): Page[];
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  mkdirSync(ARTIFACTS, { recursive: true });
  const chromium_: Chromium = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const problems: string[] = [];
  const watch = (page: Page) => {
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      // A refused request (401, 409) is logged by the browser as a failed resource: that is expected here.
      if (message.type() === 'error' && !/Failed to load resource/.test(message.text()))
        problems.push(`console: ${message.text()}`);
    });
  };
  const newBrowser = async (viewport: Viewport = { width: 1280, height: 860 }) => {
    const context = await chromium_.newContext({
      viewport,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    context.on('page', watch);
    return context;
  };
  return {
    problems,
    newBrowser,
    newTab: async (viewport) => {
      const context = await newBrowser(viewport);
      const page = await context.newPage();
      // The tab was the whole browser: closing it closes that browser.
      page.on('close', () => void context.close().catch(() => undefined));
      return page;
    },
    pages: () => chromium_.contexts().flatMap((context) => context.pages()),
    screenshot: async (page, name) => {
      const path = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    close: () => chromium_.close(),
  };
}
