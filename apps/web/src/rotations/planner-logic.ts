import type { RotationMoveCount, ReportUnit } from '../api/report-types';
import type {
  RotationPlan,
  RotationPlanRequest,
  RotationProcedureParties,
  RotationTarget,
  StartRotationBatchRequest,
  UnitView,
} from '../api/rotation-types';
import { parseDate } from '../format/dates';
import { MIN_ROTATION_MONTHS } from './rotation-form-logic';

export const ROTATION_TARGETS: readonly RotationTarget[] = ['non_local_heads', 'head_term_limit'];

export interface PlanScopeDraft {
  unitCodes: string[];
  asOf: string;
  months: string;
  targets: RotationTarget[];
}

export type PlanScopeProblem = 'badAsOf' | 'badMonths' | 'needTarget';

/** The body of POST /rotation-plans, or what keeps it from being sent; empty fields take the API's defaults. */
export function toPlanRequest(
  draft: PlanScopeDraft,
):
  | { body: RotationPlanRequest }
  | { problems: Partial<Record<'asOf' | 'months' | 'targets', PlanScopeProblem>> } {
  const problems: Partial<Record<'asOf' | 'months' | 'targets', PlanScopeProblem>> = {};
  const asOf = draft.asOf.trim() ? parseDate(draft.asOf) : undefined;
  if (draft.asOf.trim() && !asOf) problems.asOf = 'badAsOf';
  const months = Number(draft.months.trim());
  if (!Number.isInteger(months) || months < MIN_ROTATION_MONTHS) problems.months = 'badMonths';
  if (draft.targets.length === 0) problems.targets = 'needTarget';
  if (Object.keys(problems).length > 0) return { problems };
  return {
    body: {
      ...(asOf ? { asOf } : {}),
      ...(draft.unitCodes.length ? { unitCodes: draft.unitCodes } : {}),
      months,
      targets: draft.targets,
    },
  };
}

/**
 * The plan's moves counted unit to unit, as the dashboard's Sankey draws them. A planned move names the
 * receiving unit by code but the sending one by name only: the unit list gives it back its code and level.
 */
export function planMoveCounts(
  plan: Pick<RotationPlan, 'moves'>,
  units: readonly UnitView[],
): RotationMoveCount[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const byName = new Map(units.map((u) => [u.name, u]));
  const unit = (code: string | undefined, name: string): ReportUnit => {
    const known = (code ? byCode.get(code) : undefined) ?? byName.get(name);
    return {
      unitCode: known?.code ?? code ?? name,
      unitName: known?.name ?? name,
      level: known?.level ?? 'commune',
    };
  };
  const counts = new Map<string, RotationMoveCount>();
  for (const m of plan.moves) {
    const from = unit(undefined, m.fromUnitName);
    const to = unit(m.move.toUnitCode, m.toUnitName);
    const key = `${from.unitCode}→${to.unitCode}`;
    const entry = counts.get(key) ?? { from, to, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()];
}

/** The batch that accepts the plan: exactly its moves, the parties HR chose, the plan's legal basis. */
export function toBatchRequest(
  plan: Pick<RotationPlan, 'moves' | 'legalBasis'>,
  parties: RotationProcedureParties,
  idempotencyKey: string,
): StartRotationBatchRequest {
  return { idempotencyKey, parties, legalBasis: plan.legalBasis, rotations: plan.moves.map((m) => m.move) };
}

/** A key for one acceptance: kept while its form is open, so a retried send starts nothing twice. */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return `plan-${c.randomUUID()}`;
  return `plan-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
