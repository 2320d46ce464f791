import type { Client as PgClient } from 'pg';
import type { RotationBatchItem, RotationMove } from '@personnel/contracts';
import { waitUntil } from '@personnel/dev-runtime';
import { excuseDemoDossier } from './demo-dossier';
import type { ApiAnswer } from './api-client';
import { COLLECTIVE, expectStatus } from './demo-appointment';

type DemoApi = (path: string, as: string, body?: unknown) => Promise<ApiAnswer>;

/** Two commune chairmen of the demo district, swapped by the rotation batch tests. */
export const SWAP_POSTS = ['DH-TB-CT-UBND', 'DH-QA-CT-UBND'];

/**
 * `count` staff of the demo communes, each moved to the post of the same title in another commune
 * (posts with several holders: no replacement needed), one move per cadre.
 */
export async function staffMoves(pg: PgClient, count: number): Promise<RotationMove[]> {
  const { rows } = await pg.query<{ cadre: string; post: string; to_post: string; to_unit: string }>(
    `WITH cur AS (
       SELECT c.code AS cadre, p.code AS post, p.title, u.code AS unit
       FROM assignment a JOIN cadre c ON c.id = a.cadre_id JOIN post p ON p.id = a.post_id JOIN unit u ON u.id = p.unit_id
       WHERE a.to_date IS NULL AND NOT p.single_holder AND p.active AND u.level = 'commune' AND c.status = 'active')
     SELECT DISTINCT ON (cur.cadre) cur.cadre, cur.post, d.code AS to_post, du.code AS to_unit
     FROM cur JOIN post d ON d.title = cur.title AND NOT d.single_holder AND d.active
     JOIN unit du ON du.id = d.unit_id AND du.level = 'commune' AND du.code <> cur.unit
     ORDER BY cur.cadre, du.code LIMIT $1`,
    [count],
  );
  if (rows.length !== count) throw new Error(`only ${rows.length} staff moves of ${count} in the demo data`);
  return rows.map((s) => ({
    cadreId: s.cadre,
    fromPostId: s.post,
    toUnitCode: s.to_unit,
    toPostId: s.to_post,
    reason: 'development',
  }));
}

/** The batch request of the tests: the standing committee consulted, one sign-off, the secretary signs. */
export const rotationBatchBody = (idempotencyKey: string, rotations: RotationMove[]) => ({
  idempotencyKey,
  parties: {
    collective: COLLECTIVE,
    signOffMode: 'sequential',
    signOff: [{ key: 'org-office', label: 'Cơ quan Tổ chức - Nội vụ thẩm định', assigneeIds: ['U-TCNV-01'] }],
    signerId: 'U-BT-01',
    receivingIds: ['U-PBT-01'],
  },
  rotations,
});

/**
 * One rotation of a batch from its consultation to its signed decision, as its people do it in the
 * panel: a leader's exception where the rules asked for one, the secretary's attendance and tally, the
 * organisation office's approval, the secretary's decision. Answers the decision's view.
 */
export async function decideRotation(
  api: DemoApi,
  item: Pick<RotationBatchItem, 'workflowId' | 'procedureStage' | 'move'>,
  decisionNumber: string,
  waitMs = 30_000,
) {
  const ok = expectStatus;
  const id = item.workflowId as string;
  const base = `/rotations/${id.split('/').slice(1).join('/')}`;
  const stage = async () => ok(await api(base, 'U-HR-01')).stage as string;
  if ((await stage()) === 'awaiting_exception')
    ok(
      await api(`${base}/exception`, 'U-BT-01', {
        reason: 'Luân chuyển theo kế hoạch của Ban Thường vụ, đã xem xét tiêu chuẩn',
      }),
    );
  await excuseDemoDossier(api, id);
  const conference = `${base}/conferences/1`;
  await waitUntil(
    'the consultation',
    async () => {
      const answer = await api(conference, COLLECTIVE.secretaryId);
      if (answer.status === 200) return true;
      // Said when it never comes: where the procedure stands instead.
      throw new Error(`${conference} answered ${answer.status}; ${await whereItStands(api, base)}`);
    },
    waitMs,
    200,
  );
  ok(await api(`${conference}/attendance`, COLLECTIVE.secretaryId, { present: COLLECTIVE.summonedIds }));
  ok(
    await api(`${conference}/tally`, COLLECTIVE.secretaryId, {
      ballotsCast: COLLECTIVE.summonedIds.length,
      votes: [{ candidateId: item.move.cadreId, votes: COLLECTIVE.summonedIds.length }],
      sheetSha256: 'd'.repeat(64),
    }),
  );
  await waitUntil('the sign-off', async () => (await stage()) === 'sign_off', waitMs, 200);
  ok(await api(`/tasks/${id}/r1-org-office/decide`, 'U-TCNV-01', { verdict: 'approve' }));
  await waitUntil('the decision task', async () => (await stage()) === 'awaiting_decision', waitMs, 200);
  return ok(
    await api(`${base}/decision`, 'U-BT-01', { number: decisionNumber, effectiveDate: '2027-01-04' }),
  );
}

/** The procedure's stage, open tasks and last journal steps, for a failure message. */
async function whereItStands(api: DemoApi, base: string): Promise<string> {
  const answer = await api(base, 'U-HR-01');
  if (answer.status !== 200) return `${base} answered ${answer.status}`;
  const body = answer.body as {
    stage: string;
    tasks: { taskKey: string; status: string }[];
    timeline: { kind: string }[];
  };
  const open = body.tasks.filter((t) => t.status === 'open').map((t) => t.taskKey);
  const last = body.timeline.slice(-5).map((t) => t.kind);
  return `stage ${body.stage}, open tasks [${open.join(', ')}], last steps [${last.join(', ')}]`;
}
