import {
  ROTATION_TARGETS,
  type RotationPlan,
  type RotationPlannerFacts,
  type RotationTarget,
} from '@personnel/contracts';
import { defaultLegalBasis, ruleParameters } from '@personnel/domain';
import { candidateMoves, type CandidateMove } from './candidate-moves';
import { headPostStates, type HeadPostState } from './head-posts';
import { solveMip } from './highs-solver';
import { figuresAfter, figuresBefore } from './plan-figures';
import { plannedMove } from './planned-move';
import { planningScope } from './planning-scope';
import { rotationModel } from './rotation-model';
import { unmetTargets } from './unmet-targets';

export interface PlanOptions {
  /** Length of every rotation; default and minimum: the legal basis's (36 months, QĐ 65). */
  months?: number;
  /** Default: every target. */
  targets?: readonly RotationTarget[];
  /** HiGHS stops here and the plan reports its status; an optimal plan is typically found in ms. */
  timeLimitSeconds?: number;
}

const DEFAULT_TIME_LIMIT_SECONDS = 20;

/**
 * The fewest rotations that meet every target that can be met, as a 0-1 programme (rotation-model.ts)
 * solved by HiGHS. A dry run over plain facts: nothing is read or started here.
 */
export async function planRotations(
  facts: RotationPlannerFacts,
  options: PlanOptions = {},
): Promise<RotationPlan> {
  const legalBasis = defaultLegalBasis('rotation', facts.asOf);
  const minimum = ruleParameters(legalBasis).rotationMinMonths.value;
  const months = options.months ?? minimum;
  if (!Number.isInteger(months) || months < minimum)
    throw new RangeError(`months must be a whole number of at least ${minimum}, not ${months}`);
  const targets = ROTATION_TARGETS.filter((t) => (options.targets ?? ROTATION_TARGETS).includes(t));
  const scope = planningScope(facts, legalBasis, months, targets);

  const headPosts = headPostStates(scope);
  const candidates = candidateMoves(scope, headPosts);
  const { model, moveColumns } = rotationModel(headPosts, candidates);
  const solution =
    model.columnCount === 0
      ? { status: 'Empty', values: new Map<string, number>(), millis: 0 }
      : await solveMip(model.toLp(), options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS);
  if (model.columnCount > 0 && solution.values.size === 0)
    throw new Error(`HiGHS found no rotation plan: ${solution.status}`);

  const chosen: CandidateMove[] = candidates.filter(
    (_, i) => (solution.values.get(moveColumns[i]) ?? 0) > 0.5,
  );
  const incoming = new Set(chosen.map((m) => m.to));
  const eligibleCount = new Map<HeadPostState, number>();
  for (const c of candidates) eligibleCount.set(c.to, (eligibleCount.get(c.to) ?? 0) + 1);
  const unmet = headPosts
    .filter((p) => p.failing.length > 0 && !incoming.has(p))
    .flatMap((p) => unmetTargets(scope, p, eligibleCount.get(p) ?? 0));

  return {
    asOf: facts.asOf,
    legalBasis,
    months,
    targets,
    moves: chosen.map((m) => plannedMove(scope, m)),
    unmet,
    figures: { before: figuresBefore(headPosts), after: figuresAfter(headPosts, chosen) },
    solver: {
      name: 'HiGHS',
      status: solution.status,
      variables: model.columnCount,
      constraints: model.rowCount,
      millis: solution.millis,
    },
  };
}
