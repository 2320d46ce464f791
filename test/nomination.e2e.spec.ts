import { Client, Connection } from '@temporalio/client';
import { SearchAttributes } from '@personnel/contracts';
import { waitUntil } from '@personnel/dev-runtime';
import { useSystemUnderTest } from './e2e-context';

/**
 * End to end, as a user meets it: the real system (embedded Postgres, Temporal dev server, worker and API
 * as separate supervised processes) driven over HTTP, checked in Postgres and in Temporal.
 */
describe('nomination slice end to end', () => {
  const ctx = useSystemUnderTest();

  const api = (path: string, as: string, body?: unknown) => ctx.api(path, as, body);
  const propose = (body: Record<string, unknown>) => api('/nominations', 'U-HR-01', body);
  const decide = (id: string, approverId: string, decision: 'approve' | 'reject') =>
    api(`/nominations/${encodeURIComponent(id)}/decisions`, approverId, {
      decision,
      comment: `${decision} — ${approverId}`,
    });
  const stepCounts = async (id: string) =>
    (
      await ctx.pg.query(
        'SELECT step_key, count(*)::int AS n FROM workflow_step WHERE workflow_id = $1 GROUP BY step_key ORDER BY step_key',
        [id],
      )
    ).rows;

  it('survives a SIGKILLed worker between two decisions: no step lost, none doubled', async () => {
    const started = await propose({
      cadreId: 'CB-E2E-1',
      postId: 'DH-QA-CT-UBND',
      approverIds: ['U-TCNV-01', 'U-PBT-01', 'U-BT-01'],
      unitCode: 'DH-QA',
    });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ id: 'nomination/CB-E2E-1/DH-QA-CT-UBND/1', recorded: true });
    const id: string = started.body.id;

    expect((await decide(id, 'U-TCNV-01', 'approve')).body).toMatchObject({
      state: 'pending',
      nextApproverId: 'U-PBT-01',
    });

    const killedPid = ctx.system.workerPid();
    expect(killedPid).toEqual(expect.any(Number));
    process.kill(killedPid as number, 'SIGKILL');
    await waitUntil('a restarted worker', () => (ctx.system.workerPid() ?? killedPid) !== killedPid, 60_000);
    expect(
      ctx.system.logs.some(
        (l) => l.source === 'supervisor' && /worker exited \(SIGKILL\); restarting/.test(l.line),
      ),
    ).toBe(true);

    expect((await decide(id, 'U-PBT-01', 'approve')).body).toMatchObject({
      state: 'pending',
      nextApproverId: 'U-BT-01',
    });
    expect((await decide(id, 'U-BT-01', 'approve')).body).toMatchObject({
      state: 'approved',
      nextApproverId: null,
    });

    expect(await stepCounts(id)).toEqual([
      { step_key: 'decision/1/U-TCNV-01', n: 1 },
      { step_key: 'decision/2/U-PBT-01', n: 1 },
      { step_key: 'decision/3/U-BT-01', n: 1 },
      { step_key: 'proposed', n: 1 },
    ]);
    const detail = await api(`/nominations/${encodeURIComponent(id)}`, 'U-XEM-01');
    expect(detail.body).toMatchObject({ state: 'approved', currentApproverId: null });
    expect(detail.body.timeline.map((s: { seq: number; actor: string }) => [s.seq, s.actor])).toEqual([
      [0, 'U-HR-01'],
      [1, 'U-TCNV-01'],
      [2, 'U-PBT-01'],
      [3, 'U-BT-01'],
    ]);

    const audit = (await api(`/audit/verify?workflowId=${encodeURIComponent(id)}`, 'U-TCNV-01')).body;
    expect(audit).toEqual({ workflowId: id, rows: 4, ok: true });

    const connection = await Connection.connect({ address: ctx.system.temporalAddress });
    try {
      const handle = new Client({ connection }).workflow.getHandle(id);
      expect(await handle.result()).toMatchObject({ state: 'approved' });
      const description = await handle.describe();
      expect(description.typedSearchAttributes.get(SearchAttributes.cadreId)).toBe('CB-E2E-1');
      expect(description.typedSearchAttributes.get(SearchAttributes.postCode)).toBe('DH-QA-CT-UBND');
      expect(description.typedSearchAttributes.get(SearchAttributes.unitCode)).toBe('DH-QA');
      expect(description.typedSearchAttributes.get(SearchAttributes.stage)).toBe('approved');
      expect(description.memo).toMatchObject({ proposedBy: 'U-HR-01' });
    } finally {
      await connection.close();
    }
  });

  it('rejects synchronously with 409 and records a reject as the end of the procedure', async () => {
    const { body } = await propose({
      cadreId: 'CB-E2E-2',
      postId: 'DH-TB-BT',
      approverIds: ['U-TCNV-01', 'U-BT-01'],
    });
    expect((await decide(body.id, 'U-XEM-01', 'approve')).status).toBe(403);
    expect((await decide(body.id, 'U-HR-01', 'approve')).status).toBe(403);
    const wrong = await decide(body.id, 'U-BT-01', 'approve');
    expect(wrong).toMatchObject({ status: 409, body: { code: 'out_of_turn' } });
    expect((await decide(body.id, 'U-TCNV-01', 'reject')).body).toMatchObject({ state: 'rejected' });
    expect(await stepCounts(body.id)).toEqual([
      { step_key: 'decision/1/U-TCNV-01', n: 1 },
      { step_key: 'proposed', n: 1 },
    ]);
    const listed = await api('/nominations?state=rejected&approverId=U-BT-01', 'U-XEM-01');
    expect(listed.body.items.map((n: { id: string }) => n.id)).toEqual([body.id]);
  });

  it('serves the OpenAPI docs page', async () => {
    const res = await fetch(`${ctx.system.apiUrl}/api/docs`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('swagger');
  });
});
