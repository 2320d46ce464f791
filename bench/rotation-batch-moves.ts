/**
 * The rotations of the batch bench, chosen from the demo registry with SQL (as test/rotation-batch.e2e.spec.ts
 * does): active cadres on a post that is not single-holder, each moved to a post of another unit that is
 * not single-holder either, so no move needs `replaceHolder` and none can give a post two holders. A post
 * of the same title (a commune's staff post to the same post of another commune) and the same unit level
 * first; the district agencies' staff then fill the batch (the demo seed has ~490 commune moves of the
 * kind for 2,000 cadres). Destinations are spread by a hash rather than all sent to the first unit.
 */
import type { Pool } from 'pg';
import type { RotationMove, StartRotationBatchRequest } from '@personnel/contracts';
import { DEMO_COLLECTIVE } from '@personnel/dev-runtime';

export const BATCH_PROPOSER = 'U-HR-01';

export interface CandidateMoves {
  moves: RotationMove[];
  /** Moves of this kind the registry holds in all, and how many of them are commune → commune. */
  available: number;
  communeMoves: number;
}

/** Up to `n` distinct cadres' moves, commune moves first, deterministic for a given seed. */
export async function findMoves(pool: Pool, n: number): Promise<CandidateMoves> {
  const { rows } = await pool.query<{
    cadre: string;
    post: string;
    to_post: string;
    to_unit: string;
    commune: boolean;
  }>(
    `WITH cur AS (
       SELECT c.code AS cadre, p.code AS post, p.title, u.code AS unit, u.level
       FROM assignment a JOIN cadre c ON c.id = a.cadre_id JOIN post p ON p.id = a.post_id
       JOIN unit u ON u.id = p.unit_id
       WHERE a.to_date IS NULL AND NOT p.single_holder AND p.active AND u.active AND c.status = 'active'),
     dest AS (
       SELECT d.code, d.title, du.code AS unit, du.level FROM post d JOIN unit du ON du.id = d.unit_id
       WHERE NOT d.single_holder AND d.active AND du.active),
     best AS (
       SELECT DISTINCT ON (cur.cadre) cur.cadre, cur.post, dest.code AS to_post, dest.unit AS to_unit,
         cur.level = 'commune' AND dest.level = 'commune' AND dest.title = cur.title AS commune
       FROM cur JOIN dest ON dest.unit <> cur.unit
       ORDER BY cur.cadre, dest.title = cur.title DESC, dest.level = cur.level DESC, md5(cur.cadre || dest.code))
     SELECT * FROM best ORDER BY commune DESC, cadre`,
  );
  return {
    moves: rows.slice(0, n).map((r) => ({
      cadreId: r.cadre,
      fromPostId: r.post,
      toUnitCode: r.to_unit,
      toPostId: r.to_post,
      reason: 'development',
    })),
    available: rows.length,
    communeMoves: rows.filter((r) => r.commune).length,
  };
}

/** The batch as HR sends it: the parties of the e2e test (the district standing committee votes). */
export function batchRequest(idempotencyKey: string, rotations: RotationMove[]): StartRotationBatchRequest {
  return {
    idempotencyKey,
    parties: {
      collective: DEMO_COLLECTIVE,
      signOffMode: 'sequential',
      signOff: [
        { key: 'org-office', label: 'Cơ quan Tổ chức - Nội vụ thẩm định', assigneeIds: ['U-TCNV-01'] },
      ],
      signerId: 'U-BT-01',
      receivingIds: ['U-PBT-01'],
    },
    rotations,
  };
}
