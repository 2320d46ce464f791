import { performance } from 'node:perf_hooks';
import { waitUntil } from '@personnel/dev-runtime';
import type { ApiAnswer } from './api-client';
import {
  COLLECTIVE,
  eligibleCandidate,
  expectJournalOfAppointedOutsideCandidate,
  expectStatus,
  holdDemoConference,
  HOME_UNIT_CONSULTATION,
  journalStep,
  proposeOutsideCandidate,
} from './demo-appointment';
import { useSystemUnderTest } from './e2e-context';

/**
 * The longest an answer may take while a dependency is down: the API gives up on a query after 5 s
 * (DATABASE_QUERY_TIMEOUT_MS) and on a refusing Temporal after about 2 s. Generous on purpose: this
 * says "never hangs", not how fast.
 */
const NEVER_HANGS_MS = 15_000;

/**
 * An appointment end to end on `npm start`'s system while its dependencies fail under it: the embedded
 * Postgres frozen (SIGSTOP) after the first conference, then the Temporal dev server stopped after the
 * second. Reads, sign-in and commands answer 503 naming the one that is down, within seconds; once it is
 * back the procedure runs to its term with every step in the journal once and the chain intact.
 */
describe('an appointment across a frozen Postgres and a stopped Temporal', () => {
  const ctx = useSystemUnderTest();
  const api = (path: string, as: string, body?: unknown) => ctx.api(path, as, body);
  const ok = expectStatus;
  /** The answer and how long it took. */
  const timed = async (call: () => Promise<ApiAnswer>) => {
    const began = performance.now();
    const answer = await call();
    return { ...answer, tookMs: performance.now() - began };
  };
  const signIn = async (username: string): Promise<ApiAnswer> => {
    const res = await fetch(`${ctx.system.apiUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'demo' }),
    });
    return { status: res.status, body: await res.json() };
  };
  const unavailable = (dependency: RegExp) => ({
    status: 503,
    body: expect.objectContaining({ statusCode: 503, message: expect.stringMatching(dependency) }),
    tookMs: expect.any(Number),
  });

  const stageOf = async (base: string) => ok(await api(base, 'U-XEM-01')).stage as string;

  it('answers 503 naming the dependency within seconds while it is down, then finishes with every step once', async () => {
    const candidate = await eligibleCandidate(ctx.pg, api);
    const { id, base } = await proposeOutsideCandidate(api, candidate);
    await holdDemoConference(api, base, 1, COLLECTIVE);
    await waitUntil(
      'conference 2',
      async () => (await api(`${base}/conferences/2`, HOME_UNIT_CONSULTATION.secretaryId)).status === 200,
      30_000,
      200,
    );

    await stageOf(base); // U-XEM-01 signs in now: a sign-in needs the database too
    // Postgres frozen: every process stopped, its sockets open, nothing answering.
    const thaw = ctx.system.freezePostgres();
    try {
      const read = await timed(() => api(base, 'U-XEM-01'));
      const login = await timed(() => signIn('U-HR-01'));
      const command = await timed(() =>
        api(`${base}/conferences/2/attendance`, HOME_UNIT_CONSULTATION.secretaryId, {
          present: HOME_UNIT_CONSULTATION.summonedIds,
        }),
      );
      for (const answer of [read, login, command]) {
        expect(answer).toEqual(unavailable(/^Postgres is unreachable/));
        expect(answer.tookMs).toBeLessThan(NEVER_HANGS_MS);
      }
    } finally {
      thaw();
    }
    await waitUntil(
      'Postgres answering again',
      async () => (await api(base, 'U-XEM-01')).status === 200,
      60_000,
      250,
    );
    await holdDemoConference(api, base, 2, HOME_UNIT_CONSULTATION);
    await waitUntil(
      'conference 3',
      async () => (await api(`${base}/conferences/3`, COLLECTIVE.secretaryId)).status === 200,
      30_000,
      200,
    );

    // Temporal stopped: the read model still answers; what needs the workflow says Temporal is down.
    const temporal = await ctx.system.stopTemporal();
    try {
      const command = await timed(() =>
        api(`${base}/conferences/3/attendance`, COLLECTIVE.secretaryId, { present: COLLECTIVE.summonedIds }),
      );
      const liveRead = await timed(() => api(`${base}/conferences/3`, COLLECTIVE.secretaryId));
      for (const answer of [command, liveRead]) {
        expect(answer).toEqual(unavailable(/^Temporal is unreachable/));
        expect(answer.tookMs).toBeLessThan(NEVER_HANGS_MS);
      }
      const read = await timed(() => api(base, 'U-XEM-01'));
      expect(read).toMatchObject({ status: 200, body: { id } });
      expect(read.tookMs).toBeLessThan(NEVER_HANGS_MS);
    } finally {
      await temporal.restart();
    }

    await holdDemoConference(api, base, 3, COLLECTIVE);
    await waitUntil('the sign-offs', async () => (await stageOf(base)) === 'sign_off', 60_000, 200);
    ok(await api(`/tasks/${id}/r1-org-office/decide`, 'U-TCNV-01', { verdict: 'approve' }));
    ok(await api(`/tasks/${id}/r1-deputy-secretary/decide`, 'U-PBT-01', { verdict: 'approve' }));
    ok(await api(`${base}/decision`, 'U-BT-01', { number: '126/QĐ-HU', effectiveDate: '2027-01-04' }));
    await journalStep(ctx.pg, id, 'term_started');

    await expectJournalOfAppointedOutsideCandidate(ctx.pg, api, id);
  });
});
