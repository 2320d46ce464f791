import type { DataSource } from 'typeorm';
import type { CadreStatus } from '@personnel/contracts';

/** What the API checks of one move before it starts a rotation: each row, or null when unknown. */
export interface RotationMoveLookup {
  cadre: { code: string; status: CadreStatus; currentPostId: string | null } | null;
  fromPost: { code: string; unitCode: string } | null;
  toPost: { code: string; unitCode: string; active: boolean } | null;
  toUnit: { code: string; active: boolean } | null;
}

/**
 * The registry rows of many moves in four indexed lookups (a batch of 1,000 rows included): cadres
 * with their current post, posts with their units, units.
 */
export async function lookUpRotationMoves(
  dataSource: DataSource,
  moves: { cadreId: string; fromPostId: string; toPostId: string; toUnitCode: string }[],
): Promise<RotationMoveLookup[]> {
  const cadreCodes = [...new Set(moves.map((m) => m.cadreId))];
  const postCodes = [...new Set(moves.flatMap((m) => [m.fromPostId, m.toPostId]))];
  const unitCodes = [...new Set(moves.map((m) => m.toUnitCode))];
  const [cadres, posts, units]: [
    { code: string; status: CadreStatus; current_post: string | null }[],
    { code: string; unit_code: string; active: boolean }[],
    { code: string; active: boolean }[],
  ] = await Promise.all([
    dataSource.query(
      `SELECT c.code, c.status,
              (SELECT p.code FROM assignment a JOIN post p ON p.id = a.post_id
               WHERE a.cadre_id = c.id AND a.to_date IS NULL) AS current_post
       FROM cadre c WHERE c.code = ANY($1::text[])`,
      [cadreCodes],
    ),
    dataSource.query(
      `SELECT p.code, u.code AS unit_code, p.active FROM post p JOIN unit u ON u.id = p.unit_id
       WHERE p.code = ANY($1::text[])`,
      [postCodes],
    ),
    dataSource.query(`SELECT code, active FROM unit WHERE code = ANY($1::text[])`, [unitCodes]),
  ]);
  const cadreBy = new Map(cadres.map((c) => [c.code, c]));
  const postBy = new Map(posts.map((p) => [p.code, p]));
  const unitBy = new Map(units.map((u) => [u.code, u]));
  return moves.map((m) => {
    const cadre = cadreBy.get(m.cadreId);
    const from = postBy.get(m.fromPostId);
    const to = postBy.get(m.toPostId);
    const unit = unitBy.get(m.toUnitCode);
    return {
      cadre: cadre ? { code: cadre.code, status: cadre.status, currentPostId: cadre.current_post } : null,
      fromPost: from ? { code: from.code, unitCode: from.unit_code } : null,
      toPost: to ? { code: to.code, unitCode: to.unit_code, active: to.active } : null,
      toUnit: unit ? { code: unit.code, active: unit.active } : null,
    };
  });
}
