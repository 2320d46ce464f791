import { Client, Connection } from '@temporalio/client';
import { SearchAttributes } from '@personnel/contracts';
import { waitUntil } from '@personnel/dev-runtime';
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
} from './demo-appointment';
import { useSystemUnderTest } from './e2e-context';

const POST = QUANG_AN_CHAIRMAN;

/**
 * The appointment procedure end to end, as the personnel office meets it: the real system started by
 * `npm start`'s entry point, driven over HTTP by the demo accounts, with the worker SIGKILLed in the
 * middle of the sign-off chain; then every step is in Postgres exactly once and the chain verifies.
 */
describe('appointment procedure end to end', () => {
  const ctx = useSystemUnderTest();

  const api = (path: string, as: string, body?: unknown) => ctx.api(path, as, body);
  const ok = expectStatus;
  const stageOf = async (base: string) => ok(await api(base, 'U-XEM-01')).stage as string;

  it('runs an outside candidate to the decision across a worker SIGKILL: every step once, the chain intact, the assignment written', async () => {
    const candidate = await eligibleCandidate(ctx.pg, api);
    const { id, base } = await proposeOutsideCandidate(api, candidate);
    // The one task API for every procedure kind: /tasks/<workflow id>/<task key>/….
    const task = (key: string) => `/tasks/${id}/${key}`;

    await holdDemoConference(api, base, 1, COLLECTIVE);
    await holdDemoConference(api, base, 2, HOME_UNIT_CONSULTATION);
    await holdDemoConference(api, base, 3, COLLECTIVE);
    await waitUntil('the sign-offs', async () => (await stageOf(base)) === 'sign_off', 30_000, 200);

    const inbox = ok(await api('/tasks?scope=mine', 'U-PBT-01'));
    expect(
      inbox.items.map((t: { workflowId: string; taskKey: string }) => [t.workflowId, t.taskKey]),
    ).toContainEqual([id, 'r1-deputy-secretary']);
    expect(
      (await api(`${task('r1-deputy-secretary')}/decide`, 'U-TCNV-01', { verdict: 'approve' })).status,
    ).toBe(403);
    ok(
      await api(`${task('r1-org-office')}/decide`, 'U-TCNV-01', {
        verdict: 'approve',
        comment: 'Hồ sơ đủ',
      }),
    );

    const killedPid = ctx.system.workerPid();
    expect(killedPid).toEqual(expect.any(Number));
    process.kill(killedPid as number, 'SIGKILL');
    await waitUntil('a restarted worker', () => (ctx.system.workerPid() ?? killedPid) !== killedPid, 60_000);
    expect(
      ctx.system.logs.some(
        (l) => l.source === 'supervisor' && /worker exited \(SIGKILL\); restarting/.test(l.line),
      ),
    ).toBe(true);

    ok(await api(`${task('r1-deputy-secretary')}/decide`, 'U-PBT-01', { verdict: 'approve' }));
    const duplicate = await api(`${task('r1-deputy-secretary')}/decide`, 'U-PBT-01', {
      verdict: 'approve',
    });
    expect(duplicate).toMatchObject({ status: 409, body: { code: 'task_closed' } });
    // The decision answers with the state it produced: appointed, in the term.
    expect(
      ok(await api(`${base}/decision`, 'U-BT-01', { number: '125/QĐ-HU', effectiveDate: '2027-01-04' })),
    ).toMatchObject({ state: 'appointed', stage: 'in_term' });
    // The term run records its start after the continue-as-new: wait for that row, not the stage.
    await journalStep(ctx.pg, id, 'term_started');

    await expectJournalOfAppointedOutsideCandidate(ctx.pg, api, id);

    const { rows: assignment } = await ctx.pg.query(
      `SELECT a.kind, to_char(a.from_date, 'YYYY-MM-DD') AS from_date, a.to_date FROM assignment a
       JOIN cadre c ON c.id = a.cadre_id JOIN post p ON p.id = a.post_id
       WHERE c.code = $1 AND p.code = $2 AND a.decision_ref = '125/QĐ-HU'`,
      [candidate, POST],
    );
    expect(assignment).toEqual([{ kind: 'appointment', from_date: '2027-01-04', to_date: null }]);

    const detail = ok(await api(base, 'U-XEM-01'));
    expect(detail).toMatchObject({
      state: 'appointed',
      appointee: candidate,
      decisionNumber: '125/QĐ-HU',
      termLastDay: '2032-01-03',
    });
    expect(
      ok(await api('/tasks?scope=mine', 'U-PBT-01')).items.filter(
        (t: { workflowId: string }) => t.workflowId === id,
      ),
    ).toEqual([]);

    const timeline = ok(await api(`/cadres/${candidate}/timeline?limit=50`, 'U-XEM-01'));
    expect(
      timeline.items
        .filter((e: { workflowId: string }) => e.workflowId === id)
        .map((e: { kind: string }) => e.kind)
        .reverse(),
    ).toEqual([
      'proposed',
      'eligibility_checked',
      'conference_closed',
      'conference_closed',
      'conference_closed',
      'task_decided',
      'task_decided',
      'decision_signed',
      'appointed',
    ]);
    expect((await api('/cadres/CB-NOBODY/timeline', 'U-XEM-01')).status).toBe(404);

    const connection = await Connection.connect({ address: ctx.system.temporalAddress });
    try {
      const description = await new Client({ connection }).workflow.getHandle(id).describe();
      expect(description.status.name).toBe('RUNNING');
      const attribute = description.typedSearchAttributes;
      expect(attribute.get(SearchAttributes.procedureKind)).toBe('appointment');
      expect(attribute.get(SearchAttributes.candidateIds)).toEqual([candidate]);
      expect(attribute.get(SearchAttributes.stage)).toBe('in_term');
      expect(attribute.get(SearchAttributes.stageEnteredAt)).toEqual(expect.any(Date));
      expect(attribute.get(SearchAttributes.postCode)).toBe(POST);
      expect(attribute.get(SearchAttributes.unitCode)).toBe(detail.unitCode);
      expect(attribute.get(SearchAttributes.legalBasis)).toBe(detail.legalBasis);
      expect(description.memo).toMatchObject({ proposedBy: 'U-HR-01', postId: POST });
    } finally {
      await connection.close();
    }
  });

  it('serves the OpenAPI docs page', async () => {
    const res = await fetch(`${ctx.system.apiUrl}/api/docs`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('swagger');
  });
});
