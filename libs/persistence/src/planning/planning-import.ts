import type { EntityManager } from 'typeorm';
import type { CadreFacts, PostFacts, PostLevel } from '@personnel/contracts';
import { loadCadreFacts, loadPostFacts } from '../registry/eligibility-facts';

/** What the planning rules need to admit an entry imported into the registry (no plan procedure). */
export interface PlanningImportContext {
  cadre?: CadreFacts;
  post?: PostFacts;
  /** Candidates planned for the post in the term now, other than this cadre. */
  candidates: { cadreId: string; postLevel: PostLevel }[];
  /** A plan procedure that covers the post for the term (open or in force): entries change there. */
  planId: string | null;
  /** An appointment procedure running for this post with this cadre among its candidates. */
  appointmentId: string | null;
}

/** Read in the import's own transaction, after it locked the post, so two imports count each other. */
export async function planningImportContext(
  manager: EntityManager,
  input: { cadreId: string; postCode: string; term: string; asOf: string },
): Promise<PlanningImportContext> {
  {
    const cadre = await loadCadreFacts(manager, input.cadreId, input.asOf);
    const post = await loadPostFacts(manager, input.postCode);
    const candidates: { cadreId: string; postLevel: PostLevel }[] = await manager.query(
      `SELECT c.code AS "cadreId", p.level AS "postLevel"
       FROM planning_entry e JOIN cadre c ON c.id = e.cadre_id JOIN post p ON p.id = e.post_id
       WHERE p.code = $1 AND e.term = $2 AND e.to_date IS NULL AND c.code <> $3 ORDER BY c.code`,
      [input.postCode, input.term, cadre?.cadreCode ?? input.cadreId],
    );
    // The plans whose scope holds the post: of its unit or of any unit above it.
    const [plan]: { id: string }[] = await manager.query(
      `WITH RECURSIVE up AS (
         SELECT u.id, u.code, u.parent_id FROM unit u JOIN post p ON p.unit_id = u.id WHERE p.code = $1
         UNION ALL SELECT u.id, u.code, u.parent_id FROM unit u JOIN up ON u.id = up.parent_id
       )
       SELECT r.id FROM procedure r
       WHERE r.kind = 'plan' AND r.unit_code IN (SELECT code FROM up) AND r.detail->>'term' = $2
         AND r.state IN ('in_progress', 'in_force')
       ORDER BY r.id LIMIT 1`,
      [input.postCode, input.term],
    );
    const [appointment]: { id: string }[] = await manager.query(
      `SELECT id FROM procedure
       WHERE kind = 'appointment' AND post_id = $1 AND state = 'in_progress' AND $2 = ANY(subject_cadre_ids)
       ORDER BY id LIMIT 1`,
      [input.postCode, cadre?.cadreCode ?? input.cadreId],
    );
    return {
      ...(cadre ? { cadre } : {}),
      ...(post ? { post } : {}),
      candidates,
      planId: plan?.id ?? null,
      appointmentId: appointment?.id ?? null,
    };
  }
}
