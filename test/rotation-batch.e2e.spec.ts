import { waitUntil } from '@personnel/dev-runtime';
import type { RotationBatchView, RotationMove } from '@personnel/contracts';
import { decideRotation, rotationBatchBody, staffMoves, SWAP_POSTS } from './demo-rotation';
import { useSystemUnderTest } from './e2e-context';

/**
 * Bulk rotation end to end on `npm start`'s system and its demo district: a batch of 60 (58 staff moves
 * between communes and a swap of two commune chairmen), the worker SIGKILLed while the batch starts,
 * the batch re-sent; then the swap decided. Every rotation started once, every step row once, no post
 * with two current holders, the audit chain intact.
 */
describe('rotation batch end to end', () => {
  const ctx = useSystemUnderTest();
  const ok = (answer: { status: number; body: unknown }, status = 200) => {
    if (answer.status !== status)
      throw new Error(`expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  async function sixtyMoves(): Promise<RotationMove[]> {
    const staff = await staffMoves(ctx.pg, 58);
    const { rows: heads } = await ctx.pg.query<{ cadre: string; post: string; unit: string }>(
      `SELECT c.code AS cadre, p.code AS post, u.code AS unit FROM assignment a JOIN cadre c ON c.id = a.cadre_id
       JOIN post p ON p.id = a.post_id JOIN unit u ON u.id = p.unit_id
       WHERE a.to_date IS NULL AND p.code = ANY($1::text[]) ORDER BY array_position($1::text[], p.code)`,
      [SWAP_POSTS],
    );
    expect(heads).toHaveLength(2);
    const swap: RotationMove[] = [
      {
        cadreId: heads[0].cadre,
        fromPostId: heads[0].post,
        toUnitCode: heads[1].unit,
        toPostId: heads[1].post,
        reason: 'two_term_rule',
        replaceHolder: true,
      },
      {
        cadreId: heads[1].cadre,
        fromPostId: heads[1].post,
        toUnitCode: heads[0].unit,
        toPostId: heads[0].post,
        reason: 'two_term_rule',
        replaceHolder: true,
      },
    ];
    return [...swap, ...staff];
  }

  const batchBody = (rotations: RotationMove[]) => rotationBatchBody('e2e-luan-chuyen-2026', rotations);

  it('starts 60 rotations once across a worker SIGKILL and a re-sent batch; the swap decided, one holder per post', async () => {
    const api = ctx.api;
    const moves = await sixtyMoves();
    const first: RotationBatchView = ok(await api('/rotation-batches', 'U-HR-01', batchBody(moves)), 202);
    expect(first.progress).toMatchObject({ total: 60, refused: 0 });
    const batchPath = `/rotation-batches/${first.id}`;
    const progress = async () => (ok(await api(batchPath, 'U-HR-01')) as RotationBatchView).progress;

    await waitUntil('rotations under way', async () => (await progress()).inProgress >= 10, 60_000, 100);
    const killedPid = ctx.system.workerPid();
    process.kill(killedPid as number, 'SIGKILL');
    await waitUntil('a restarted worker', () => (ctx.system.workerPid() ?? killedPid) !== killedPid, 60_000);
    const again: RotationBatchView = ok(await api('/rotation-batches', 'U-HR-01', batchBody(moves)), 202);
    expect(again.id).toBe(first.id);
    await waitUntil(
      'every rotation past its eligibility check',
      async () => {
        const view: RotationBatchView = ok(await api(batchPath, 'U-HR-01'));
        return view.items.every((i) => i.procedureStage !== null && i.procedureStage !== 'eligibility_check');
      },
      180_000,
      500,
    );
    expect(await progress()).toMatchObject({
      total: 60,
      proposed: 0,
      started: 0,
      refused: 0,
      inProgress: 60,
    });

    const { rows: started } = await ctx.pg.query<{ n: number; distinct_cadres: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT subject_cadre_ids[1])::int AS distinct_cadres FROM procedure
       WHERE kind = 'rotation' AND detail->>'batchId' = $1`,
      [first.id],
    );
    expect(started).toEqual([{ n: 60, distinct_cadres: 60 }]);
    const { rows: proposals } = await ctx.pg.query<{ workflow_id: string; n: number }>(
      `SELECT workflow_id, count(*)::int AS n FROM workflow_step WHERE workflow_id LIKE 'rotation/%' AND kind = 'proposed'
       GROUP BY workflow_id HAVING count(*) <> 1`,
    );
    expect(proposals).toEqual([]);

    // The swap: each chairman to the other's commune, each by a decision of their own.
    const view: RotationBatchView = ok(await api(batchPath, 'U-HR-01'));
    for (const item of view.items.slice(0, 2)) {
      const decided = await decideRotation(api, item, `${item.index + 301}/QĐ-HU`);
      expect(decided).toMatchObject({ state: 'rotating', stage: 'hand_over' });
    }
    const { rows: swapped } = await ctx.pg.query<{ post: string; cadre: string; kind: string }>(
      `SELECT p.code AS post, c.code AS cadre, a.kind FROM assignment a JOIN post p ON p.id = a.post_id
       JOIN cadre c ON c.id = a.cadre_id WHERE a.to_date IS NULL AND p.code = ANY($1::text[]) ORDER BY p.code`,
      [SWAP_POSTS],
    );
    expect(swapped.map((s) => [s.post, s.cadre, s.kind]).sort()).toEqual(
      [
        [SWAP_POSTS[1], moves[0].cadreId, 'rotation'],
        [SWAP_POSTS[0], moves[1].cadreId, 'rotation'],
      ].sort(),
    );
    const { rows: doubled } = await ctx.pg.query(
      `SELECT p.code FROM assignment a JOIN post p ON p.id = a.post_id WHERE a.to_date IS NULL AND p.single_holder
       GROUP BY p.code HAVING count(*) > 1`,
    );
    expect(doubled).toEqual([]);
    const { rows: duplicates } = await ctx.pg.query(
      `SELECT workflow_id, step_key FROM workflow_step WHERE workflow_id LIKE 'rotation/%' GROUP BY workflow_id, step_key HAVING count(*) > 1`,
    );
    expect(duplicates).toEqual([]);
    for (const item of view.items.slice(0, 6)) {
      const verified = ok(
        await api(`/audit/verify?workflowId=${encodeURIComponent(item.workflowId as string)}`, 'U-TCNV-01'),
      );
      expect(verified).toMatchObject({ workflowId: item.workflowId, ok: true });
    }
  });
});
