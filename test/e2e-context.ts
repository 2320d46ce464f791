import { Client as PgClient } from 'pg';
import { apiClient, type ApiAnswer } from './api-client';
import {
  startBudgetMs,
  startSystemUnderTest,
  type SystemUnderTest,
  type SystemUnderTestOptions,
} from './system-under-test';

export interface E2eContext {
  system: SystemUnderTest;
  pg: PgClient;
  /** Calls the API as a demo account (password "demo"). */
  api(path: string, as: string, body?: unknown): Promise<ApiAnswer>;
}

/**
 * Registers the hooks of an end-to-end file: the whole system started by `npm start`'s entry point, a
 * Postgres client on its database, and an API client; the system must stop cleanly (exit code 0).
 */
export function useSystemUnderTest(options: SystemUnderTestOptions = {}): E2eContext {
  const context = {} as E2eContext;
  beforeAll(
    async () => {
      context.system = await startSystemUnderTest(options);
      const client = apiClient(context.system.apiUrl);
      context.api = client.api;
      context.pg = new PgClient({ connectionString: context.system.databaseUrl });
      await context.pg.connect();
      // Longer than the start's own budget, so a slow start fails with what it printed, not a bare hook timeout.
    },
    startBudgetMs(options) + 30_000,
  );
  afterAll(async () => {
    await context.pg?.end();
    expect(await context.system?.stop()).toBe(0);
  }, 60_000);
  return context;
}
