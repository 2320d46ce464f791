import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The web panel. `nx serve web` runs Vite's dev server with /api proxied to the API of `npm start`
 * (API_URL, default http://127.0.0.1:3000); `nx build web` writes dist/apps/web, which the API serves.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
  },
  server: {
    port: 4200,
    proxy: { '/api': { target: process.env.API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  test: {
    root,
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // A hang guard, not a speed limit: the form tests type whole names through user-event, and npm test runs every
    // project at once on two cores, where 5 s (the default) was seen to run out under load.
    testTimeout: 20_000,
    // Tests compare the panel's copies of API rules with the originals; the panel itself imports types only.
    alias: {
      '@personnel/contracts': fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url)),
      '@personnel/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)),
    },
  },
});
