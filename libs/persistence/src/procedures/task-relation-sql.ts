import { TODAY_SQL } from './task-rows';

/**
 * libs/domain/src/procedure/task-rule.ts as SQL over `procedure_task t`, for the inbox. It may not import
 * the domain (nx tags), so test/task-rule-sql.spec.ts pins these predicates to taskRelation over every
 * task state. `user` and `claimableKinds` (contracts CLAIMABLE_TASK_KINDS) are bound parameters
 * (`$n`, `$m::text[]`).
 */

/** taskHolder: the claimer of a group task, the only assignee of a personal one, else nobody. */
const HOLDER = `COALESCE(t.claimed_by, CASE WHEN cardinality(t.assignee_ids) = 1 THEN t.assignee_ids[1] END)`;

/** activeDelegates includes `user`: a stand-in the CURRENT holder named, for a window containing today. */
function delegatedTo(user: string): string {
  return `EXISTS (SELECT 1 FROM jsonb_array_elements(t.delegations) d
                 WHERE d->>'to' = ${user}
                   AND d->>'from' = ${HOLDER}
                   AND left(d->>'validFrom', 10)::date <= ${TODAY_SQL}
                   AND left(d->>'validUntil', 10)::date >= ${TODAY_SQL})`;
}

/** taskRelation in {claimed_by_me, assigned, delegated_to_me}. */
export function mineSql(user: string, claimableKinds: string): string {
  return `(t.claimed_by = ${user}
      OR ${HOLDER} = ${user}
      OR (cardinality(t.assignee_ids) > 1 AND t.kind <> ALL(${claimableKinds})
          AND t.assignee_ids @> ARRAY[${user}]::text[])
      OR ${delegatedTo(user)})`;
}

/**
 * taskRelation = 'claimable': an open group task of a claimable kind nobody claimed that lists the user.
 * Such a task has no holder, so none of `mine`'s relations can come first.
 */
export function claimableSql(user: string, claimableKinds: string): string {
  return `(t.status = 'open' AND t.claimed_by IS NULL AND cardinality(t.assignee_ids) > 1
      AND t.kind = ANY(${claimableKinds})
      AND t.assignee_ids @> ARRAY[${user}]::text[])`;
}

/**
 * What every relation of `mine` and `claimable` needs, in a form the indexes answer: the user is among
 * the assignees (ix_procedure_task_assignees), claimed the task (ix_procedure_task_claimed_by), or is
 * named in a delegation (ix_procedure_task_delegations). Implied by mineSql and claimableSql, so ANDing
 * it changes no answer; it only lets Postgres start from the user's own tasks instead of testing every
 * open task of the organisation against the rule (100,000 tasks: 90 ms for "mine" without it).
 */
export function involvesSql(user: string): string {
  return `(t.assignee_ids @> ARRAY[${user}]::text[] OR t.claimed_by = ${user}
      OR t.delegations @> jsonb_build_array(jsonb_build_object('to', ${user}::text)))`;
}
