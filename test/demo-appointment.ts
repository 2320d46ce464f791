import type { Client as PgClient } from 'pg';
import type { ApiAnswer } from './api-client';

export {
  DEMO_COLLECTIVE as COLLECTIVE,
  DEMO_HOME_UNIT_CONSULTATION as HOME_UNIT_CONSULTATION,
} from '@personnel/dev-runtime';

/** Quảng An People's Committee chairman: a commune head post of the demo organisation. */
export const QUANG_AN_CHAIRMAN = 'DH-QA-CT-UBND';

/** A cadre of the seeded organisation, in planning for the post, whom the rules find eligible today. */
export async function eligibleCandidate(
  pg: PgClient,
  api: (path: string, as: string, body?: unknown) => Promise<ApiAnswer>,
  post = QUANG_AN_CHAIRMAN,
): Promise<string> {
  const { rows } = await pg.query<{ code: string }>(
    `SELECT c.code FROM planning_entry pe JOIN cadre c ON c.id = pe.cadre_id JOIN post p ON p.id = pe.post_id
     WHERE p.code = $1 AND c.status = 'active' ORDER BY c.code`,
    [post],
  );
  for (const { code } of rows) {
    const answer = await api('/eligibility', 'U-HR-01', { cadreId: code, postId: post, kind: 'appointment' });
    if (answer.status === 200 && answer.body.eligible) return code;
  }
  throw new Error(`no eligible cadre in planning for ${post} among ${rows.length}`);
}
