import { performance } from 'node:perf_hooks';
import { Client, Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import type { RotationBatchView } from '@personnel/contracts';
import { waitUntil } from '@personnel/dev-runtime';
import type { ApiAnswer } from '../api-client';
import {
  COLLECTIVE,
  eligibleCandidate,
  expectJournalOfAppointedOutsideCandidate,
  expectStatus,
  holdDemoConference,
  HOME_UNIT_CONSULTATION,
  journalStep,
  proposeOutsideCandidate,
  QUANG_AN_CHAIRMAN,
} from '../demo-appointment';
import { excuseDemoDossier } from '../demo-dossier';
import { decideRotation, rotationBatchBody, staffMoves } from '../demo-rotation';
import { useSystemUnderTest } from '../e2e-context';

/** Generous on purpose: "never hangs", not how fast (a frozen frontend is given up on after ~22 s). */
const NEVER_HANGS_MS = 40_000;
const BATCH = 16;

/**
 * `npm run cluster` as a user starts it: the real Temporal server (built from the Go module proxy) on
 * the product's PostgreSQL, its UI, two workers, the API. The appointment runs end to end on it; then a
 * rotation batch finishes across one worker SIGKILLed and the Temporal server frozen, then killed and
 * restarted by its supervisor, with every step row once and the API answering throughout.
 */
describe('the production topology on a real Temporal cluster', () => {
  const ctx = useSystemUnderTest({ cluster: true, workers: 2 });
  /** Every answer of the API in this file, to show none was a server error. */
  const answers: { path: string; status: number }[] = [];
  const api = async (path: string, as: string, body?: unknown): Promise<ApiAnswer> => {
    const answer = await ctx.api(path, as, body);
    answers.push({ path, status: answer.status });
    return answer;
  };
  const ok = expectStatus;
  let temporalClient: Client;
  let connection: Connection;

  beforeAll(async () => {
    connection = await Connection.connect({ address: ctx.system.temporalAddress });
    temporalClient = new Client({ connection });
  });
  afterAll(async () => {
    await connection?.close();
    expect(answers.filter((a) => a.status >= 500 && a.status !== 503)).toEqual([]);
  });

  it('runs an appointment end to end, polled by two workers and found by stage in SQL visibility', async () => {
    const { pollers } = await connection.workflowService.describeTaskQueue({
      namespace: 'default',
      taskQueue: { name: 'personnel-decisions' },
      taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
    });
    expect(new Set(pollers?.map((p) => p.identity)).size).toBe(2);

    const candidate = await eligibleCandidate(ctx.pg, api);
    const { id, base } = await proposeOutsideCandidate(api, candidate);
    await holdDemoConference(api, base, 1, COLLECTIVE);
    await holdDemoConference(api, base, 2, HOME_UNIT_CONSULTATION);

    // The server's visibility store (PostgreSQL) answers the operator's question: which procedures
    // wait at this stage, for which post, since when.
    await waitUntil(
      'the third conference',
      async () => (await api(`${base}/conferences/3`, COLLECTIVE.secretaryId)).status === 200,
      30_000,
      200,
    );
    const stage = ok(await api(base, 'U-XEM-01')).stage as string;
    await waitUntil(
      `the appointment at ${stage} in visibility`,
      async () => {
        for await (const wf of temporalClient.workflow.list({
          query: `ProcedureKind = 'appointment' AND PostCode = '${QUANG_AN_CHAIRMAN}' AND ProcedureStage = '${stage}'`,
        })) {
          if (wf.workflowId === id) return wf.searchAttributes.StageEnteredAt?.[0] instanceof Date;
        }
        return false;
      },
      30_000,
      500,
    );
    await holdDemoConference(api, base, 3, COLLECTIVE);
    await waitUntil(
      'the sign-offs',
      async () => ok(await api(base, 'U-XEM-01')).stage === 'sign_off',
      60_000,
      200,
    );
    ok(await api(`/tasks/${id}/r1-org-office/decide`, 'U-TCNV-01', { verdict: 'approve' }));
    ok(await api(`/tasks/${id}/r1-deputy-secretary/decide`, 'U-PBT-01', { verdict: 'approve' }));
    ok(await api(`${base}/decision`, 'U-BT-01', { number: '201/QĐ-HU', effectiveDate: '2027-01-04' }));
    await journalStep(ctx.pg, id, 'term_started');
    await expectJournalOfAppointedOutsideCandidate(ctx.pg, api, id);
  });

  it('finishes a rotation batch across a worker SIGKILL and a Temporal server frozen, killed and restarted', async () => {
    const moves = await staffMoves(ctx.pg, BATCH);
    const first: RotationBatchView = ok(
      await api('/rotation-batches', 'U-HR-01', rotationBatchBody('cluster-luan-chuyen', moves)),
      202,
    );
    const batchPath = `/rotation-batches/${first.id}`;
    const view = async (): Promise<RotationBatchView> => ok(await api(batchPath, 'U-HR-01'));

    // One of the two workers killed outright while the batch starts: its tasks time out and the other
    // worker (and the restarted one) carry them on.
    await waitUntil('rotations under way', async () => (await view()).progress.inProgress >= 3, 60_000, 100);
    const [killed] = ctx.system.workerPids();
    process.kill(killed, 'SIGKILL');
    await waitUntil(
      'every rotation past its eligibility check',
      async () =>
        (await view()).items.every(
          (i) => i.procedureStage !== null && i.procedureStage !== 'eligibility_check',
        ),
      180_000,
      500,
    );
    const items = (await view()).items;
    // The demo holds no dossiers: each rotation's dossier is excused before the outage, so that the outage meets the
    // procedures at their consultation, as it did before the dossier gate (decideRotation then finds it excused).
    await Promise.all(
      items
        .filter((item) => item.procedureStage !== 'awaiting_exception')
        .map((item) => excuseDemoDossier(api, item.workflowId as string)),
    );
    const half = BATCH / 2;
    await Promise.all(
      items.slice(0, half).map((item) => decideRotation(api, item, `${item.index + 401}/QĐ-HU`, 180_000)),
    );

    // The Temporal server frozen (SIGSTOP: sockets open, nothing answers), as a hung host is.
    const serverPid = ctx.system.temporalServerPid();
    process.kill(serverPid, 'SIGSTOP');
    try {
      const next = items[half];
      const rotation = `/rotations/${(next.workflowId as string).split('/').slice(1).join('/')}`;
      const began = performance.now();
      const command = await api(`${rotation}/conferences/1/attendance`, COLLECTIVE.secretaryId, {
        present: COLLECTIVE.summonedIds,
      });
      expect(performance.now() - began).toBeLessThan(NEVER_HANGS_MS);
      expect(command).toEqual({
        status: 503,
        body: expect.objectContaining({ message: expect.stringMatching(/^Temporal is unreachable/) }),
      });
      // Reads come from Postgres: they answer while Temporal does not.
      expect(ok(await api(rotation, 'U-HR-01'))).toMatchObject({ id: next.workflowId });
      const health = await fetch(`${ctx.system.apiUrl}/api/health`);
      expect(health.status).toBe(503);
    } finally {
      // Killed while frozen: its supervisor starts a new server on the same databases.
      process.kill(serverPid, 'SIGKILL');
    }
    await waitUntil(
      'a restarted Temporal server',
      async () =>
        ctx.system.temporalServerPid() !== serverPid && (await fetch(`${ctx.system.apiUrl}/api/health`)).ok,
      120_000,
      500,
    );
    await Promise.all(
      items.slice(half).map((item) => decideRotation(api, item, `${item.index + 401}/QĐ-HU`, 180_000)),
    );

    const finished = await view();
    expect(finished.items.map((i) => i.procedureStage)).toEqual(items.map(() => 'hand_over'));
    const ids = finished.items.map((i) => i.workflowId as string);
    const { rows: duplicates } = await ctx.pg.query(
      `SELECT workflow_id, step_key FROM workflow_step WHERE workflow_id = ANY($1::text[])
       GROUP BY workflow_id, step_key HAVING count(*) > 1`,
      [ids],
    );
    expect(duplicates).toEqual([]);
    const { rows: decided } = await ctx.pg.query<{ n: number }>(
      `SELECT count(DISTINCT workflow_id)::int AS n FROM workflow_step WHERE workflow_id = ANY($1::text[]) AND kind = 'decided'`,
      [ids],
    );
    expect(decided).toEqual([{ n: BATCH }]);
    for (const workflowId of ids) {
      expect(
        ok(await api(`/audit/verify?workflowId=${encodeURIComponent(workflowId)}`, 'U-TCNV-01')),
      ).toMatchObject({
        workflowId,
        ok: true,
      });
    }
  });
});
