import type { PlannedMove } from '@personnel/contracts';
import type { CandidateMove } from './candidate-moves';
import { unitOf, type PlanningScope } from './planning-scope';

/** A chosen candidate as the batch row HR accepts, explained by every rule check it passed. */
export function plannedMove(scope: PlanningScope, candidate: CandidateMove): PlannedMove {
  const from = scope.posts.get(candidate.fromPostId);
  if (!from) throw new RangeError(`unknown post ${candidate.fromPostId}`);
  const to = candidate.to.post;
  const replaces = candidate.to.holders.map((h) => h.cadre.facts.cadreCode);
  return {
    move: {
      cadreId: candidate.cadre.facts.cadreCode,
      fromPostId: candidate.fromPostId,
      toUnitCode: to.facts.unitCode,
      toPostId: to.facts.postCode,
      reason: candidate.to.reason,
      months: scope.months,
      ...(replaces.length > 0 ? { replaceHolder: true } : {}),
    },
    cadreName: candidate.cadre.fullName,
    fromPostTitle: from.title,
    fromUnitName: unitOf(scope, from).name,
    toPostTitle: to.title,
    toUnitName: unitOf(scope, to).name,
    replacesCadreIds: replaces,
    satisfies: candidate.eligibility.checks.map((c) => ({
      rule: c.rule,
      citation: c.citation,
      detail: c.detail,
    })),
  };
}
