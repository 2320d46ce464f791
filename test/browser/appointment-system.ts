import { Client as PgClient } from 'pg';
// The e2e project's starter of the whole system and its API client, shared on purpose.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { apiClient } from '../api-client';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { eligibleCandidate } from '../demo-appointment';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startSystemUnderTest, type SystemUnderTest } from '../system-under-test';
import { launchBrowser, type Browser } from './browser';

/** What a browser test of an appointment works with: filled in before its first test. */
export interface AppointmentSystem {
  system: SystemUnderTest;
  browser: Browser;
  pg: PgClient;
  /** A cadre in planning for Quảng An's chairman whom the rules find eligible today. */
  candidate: string;
}

/**
 * The whole system (as `npm start` starts it), Chromium and a Postgres connection for the test file,
 * with a candidate to propose; all stopped after its last test.
 */
export function useAppointmentSystem(): AppointmentSystem {
  const ctx = {} as AppointmentSystem;
  beforeAll(async () => {
    [ctx.system, ctx.browser] = await Promise.all([startSystemUnderTest(), launchBrowser()]);
    ctx.pg = new PgClient({ connectionString: ctx.system.databaseUrl });
    await ctx.pg.connect();
    ctx.candidate = await eligibleCandidate(ctx.pg, apiClient(ctx.system.apiUrl).api);
  }, 240_000);

  afterAll(async () => {
    await ctx.pg?.end();
    await ctx.browser?.close();
    await ctx.system?.stop();
  });
  return ctx;
}
