import type { DataSource } from 'typeorm';
import type { LoadRotationFactsInput, PostHolderFact, RotationFacts } from '@personnel/contracts';
import { loadCadreFacts, loadPostFacts } from './eligibility-facts';

/**
 * The plain facts a rotation's rules weigh, from one snapshot: the cadre, the post they leave (and
 * whether they hold it now), the destination post with its current holders — and, for each holder, a
 * rotation in progress that moves them out of it (so two rotations can swap two posts).
 */
export async function loadRotationFacts(
  dataSource: DataSource,
  input: LoadRotationFactsInput,
): Promise<RotationFacts> {
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    const cadre = (await loadCadreFacts(manager, input.cadreId, input.asOf)) ?? null;
    const [origin]: { code: string; unit_code: string; level: string; held: boolean }[] = await manager.query(
      `SELECT p.code, u.code AS unit_code, p.level,
              EXISTS (SELECT 1 FROM assignment a JOIN cadre c ON c.id = a.cadre_id
                      WHERE a.post_id = p.id AND a.to_date IS NULL AND c.code = $2) AS held
       FROM post p JOIN unit u ON u.id = p.unit_id WHERE p.code = $1`,
      [input.fromPostId, input.cadreId],
    );
    const post = await loadPostFacts(manager, input.toPostId);
    if (!post) return { cadre, origin: origin ? originOf(origin) : null, destination: null };
    const [flags]: { active: boolean; single_holder: boolean }[] = await manager.query(
      `SELECT active, single_holder FROM post WHERE code = $1`,
      [input.toPostId],
    );
    const holders: PostHolderFact[] = await manager.query(
      `SELECT c.code AS "cadreId",
              (SELECT r.id FROM procedure r
               WHERE r.kind = 'rotation' AND r.state = 'in_progress' AND r.id <> $2
                 AND r.subject_cadre_ids @> ARRAY[c.code] AND r.detail->>'fromPostId' = p.code
               ORDER BY r.proposed_at LIMIT 1) AS "leavingBy"
       FROM assignment a JOIN cadre c ON c.id = a.cadre_id JOIN post p ON p.id = a.post_id
       WHERE p.code = $1 AND a.to_date IS NULL ORDER BY c.code`,
      [input.toPostId, input.workflowId],
    );
    return {
      cadre,
      origin: origin ? originOf(origin) : null,
      destination: { post, active: flags.active, singleHolder: flags.single_holder, holders },
    };
  });
}

function originOf(row: { code: string; unit_code: string; level: string; held: boolean }) {
  return {
    postCode: row.code,
    unitCode: row.unit_code,
    level: row.level as 'province' | 'district' | 'commune',
    heldByCadre: row.held,
  };
}
