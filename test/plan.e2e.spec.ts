import { waitUntil } from '@personnel/dev-runtime';
import type { PlanCandidateCheck, PlanView } from '@personnel/contracts';
import { COLLECTIVE } from './demo-appointment';
import { useSystemUnderTest } from './e2e-context';

const BOARD = '/plans/DH/2025-2030';
const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * The demo district's plan for 2025-2030 end to end on `npm start`'s system: opened from the published
 * planning of its 31 units and 222 posts, a candidate added under the live rules, both votes held, the
 * plan approved and published; an appointment's eligibility then reads the new entry. Every step row
 * once, the audit chain intact.
 */
describe('the district plan end to end', () => {
  const ctx = useSystemUnderTest();
  const ok = (answer: { status: number; body: unknown }, status = 200) => {
    if (answer.status !== status)
      throw new Error(`expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const board = async (): Promise<PlanView> => ok(await ctx.api(BOARD, 'U-HR-01'));

  /** A post of the district with fewer than 3 candidates and a cadre the rules admit to it. */
  async function admissibleCandidate(): Promise<{ postCode: string; cadreId: string }> {
    const { rows } = await ctx.pg.query<{ post: string; cadre: string }>(
      `WITH open_posts AS (
         SELECT p.id, p.code, p.level FROM post p JOIN unit u ON u.id = p.unit_id
         WHERE p.active AND p.rank_group IN ('chair', 'deputy_secretary') AND u.level = 'commune'
           AND (SELECT count(*) FROM planning_entry e WHERE e.post_id = p.id AND e.term = '2025-2030'
                AND e.to_date IS NULL) < 3)
       SELECT op.code AS post, c.code AS cadre
       FROM open_posts op
       JOIN assignment a ON a.to_date IS NULL
       JOIN post held ON held.id = a.post_id AND held.level = op.level AND held.rank_group = 'vice_chair'
       JOIN cadre c ON c.id = a.cadre_id AND c.status = 'active'
       WHERE NOT EXISTS (SELECT 1 FROM planning_entry e WHERE e.cadre_id = c.id AND e.post_id = op.id)
       ORDER BY op.code, c.code LIMIT 60`,
    );
    for (const { post, cadre } of rows) {
      const check: PlanCandidateCheck = ok(
        await ctx.api(`${BOARD}/candidates/check`, 'U-HR-01', { postCode: post, cadreId: cadre }),
      );
      if (check.admissible) return { postCode: post, cadreId: cadre };
    }
    throw new Error(`no admissible candidate among ${rows.length} pairs`);
  }

  async function holdConference(index: number, votes: Record<string, number>): Promise<void> {
    const path = `${BOARD}/conferences/${index}`;
    const secretary = COLLECTIVE.secretaryId;
    await waitUntil(
      `conference ${index}`,
      async () => {
        const res = await ctx.api(path, secretary);
        return res.status === 200 && res.body.status.stage === 'convened';
      },
      60_000,
    );
    ok(await ctx.api(`${path}/attendance`, secretary, { present: COLLECTIVE.summonedIds }));
    ok(
      await ctx.api(`${path}/tally`, secretary, {
        ballotsCast: COLLECTIVE.summonedIds.length,
        votes: Object.entries(votes).map(([candidateId, n]) => ({ candidateId, votes: n })),
        sheetSha256: 'e'.repeat(64),
      }),
    );
  }

  it('opens, votes, approves and publishes the plan; the appointment’s rules read it', async () => {
    const { rows: scope } = await ctx.pg.query<{ units: number; posts: number; planned: number }>(
      `WITH RECURSIVE s AS (SELECT id FROM unit WHERE code = 'DH' UNION ALL SELECT u.id FROM unit u JOIN s ON u.parent_id = s.id)
       SELECT (SELECT count(*)::int FROM s) AS units,
              (SELECT count(*)::int FROM post WHERE unit_id IN (SELECT id FROM s) AND active) AS posts,
              (SELECT count(*)::int FROM planning_entry e JOIN post p ON p.id = e.post_id
                WHERE p.unit_id IN (SELECT id FROM s) AND e.term = '2025-2030' AND e.to_date IS NULL) AS planned`,
    );
    const opened: PlanView = ok(
      await ctx.api('/plans', 'U-HR-01', {
        unitCode: 'DH',
        term: '2025-2030',
        keyCadre: COLLECTIVE,
        collective: COLLECTIVE,
        signerId: 'U-BT-01',
      }),
      201,
    );
    expect(opened.posts).toHaveLength(scope[0].posts);
    expect(scope[0].posts).toBe(222);
    expect(opened.candidates).toBe(scope[0].planned);
    expect(opened.posts.reduce((n, p) => n + p.count, 0)).toBe(scope[0].planned);
    expect(opened.posts.every((p) => p.count <= p.max)).toBe(true);
    expect(opened.structure.map((c) => c.rule)).toEqual([
      'planning_young_share',
      'planning_women_share',
      'planning_age_bands',
    ]);

    const pick = await admissibleCandidate();
    const before = await ctx.api('/eligibility', 'U-HR-01', { ...eligibilityOf(pick), asOf: today() });
    expect(ok(before).checks.find((c: { rule: string }) => c.rule === 'in_planning')).toMatchObject({
      passed: false,
    });
    const added: PlanView = ok(
      await ctx.api(`${BOARD}/candidates`, 'U-HR-01', { ...pick, reason: 'Trẻ, năng lực tốt' }),
    );
    expect(added.posts.find((p) => p.postCode === pick.postCode)?.candidates).toContainEqual(
      expect.objectContaining({ cadreId: pick.cadreId, status: 'candidate', cadreName: expect.any(String) }),
    );
    ok(await ctx.api(`${BOARD}/submit`, 'U-HR-01', {}));
    await holdConference(1, { [pick.cadreId]: 7 });
    await holdConference(2, { [pick.cadreId]: 7 });
    await waitUntil('the approval', async () => (await board()).stage === 'approval', 60_000);
    ok(
      await ctx.api(`${BOARD}/decide`, 'U-BT-01', {
        choice: 'approve',
        number: '21-QĐ/HU',
        effectiveDate: today(),
      }),
    );
    await waitUntil('the publication', async () => (await board()).state === 'in_force', 60_000);

    const { rows: entry } = await ctx.pg.query(
      `SELECT e.plan_id, e.approved_by, e.decision_ref, to_char(e.from_date, 'YYYY-MM-DD') AS "from"
       FROM planning_entry e JOIN cadre c ON c.id = e.cadre_id JOIN post p ON p.id = e.post_id
       WHERE c.code = $1 AND p.code = $2 AND e.term = '2025-2030' AND e.to_date IS NULL`,
      [pick.cadreId, pick.postCode],
    );
    expect(entry).toEqual([
      { plan_id: 'plan/DH/2025-2030', approved_by: 'U-BT-01', decision_ref: '21-QĐ/HU', from: today() },
    ]);
    const after = ok(await ctx.api('/eligibility', 'U-HR-01', { ...eligibilityOf(pick), asOf: today() }));
    expect(after.checks.find((c: { rule: string }) => c.rule === 'in_planning')).toMatchObject({
      passed: true,
      parameters: { planningTerm: '2025-2030', plannedPostCode: pick.postCode },
    });

    const { rows: doubled } = await ctx.pg.query(
      `SELECT step_key FROM workflow_step WHERE workflow_id LIKE 'plan/DH/2025-2030%'
       GROUP BY workflow_id, step_key HAVING count(*) > 1`,
    );
    expect(doubled).toEqual([]);
    const audit = ok(
      await ctx.api(`/audit/verify?workflowId=${encodeURIComponent('plan/DH/2025-2030')}`, 'U-TCNV-01'),
    );
    expect(audit).toMatchObject({ ok: true });
    const { rows: items } = await ctx.pg.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM procedure_item WHERE workflow_id = 'plan/DH/2025-2030'`,
    );
    expect(items[0].n).toBe(scope[0].planned + 1);
  });
});

function eligibilityOf(pick: { postCode: string; cadreId: string }) {
  return { cadreId: pick.cadreId, postId: pick.postCode, kind: 'appointment' };
}
