import { TaskKeys, type ProcedureTask, type SignOffMode, type SignOffStepInput } from '@personnel/contracts';
import {
  cancelled,
  newTask,
  nextWaiting,
  opened,
  openSignOffRound,
  roundOutcome,
  type RoundOutcome,
} from '@personnel/domain';
import type { ProcedureContext } from './context';
import type { KitState } from './state';

/** One sign-off round of any kind: its number, ordered or parallel, and its steps. */
export interface SignOffRound {
  round: number;
  mode: SignOffMode;
  steps: readonly SignOffStepInput[];
}

/** Opens the round's tasks (the first, or all when parallel) and enters the sign-off stage. */
export function openRound<S extends KitState>(
  ctx: ProcedureContext<S>,
  round: SignOffRound,
  stage: S['stage'],
): ProcedureTask[] {
  ctx.enterStage(stage);
  return ctx.change(...openSignOffRound(round.round, round.mode, round.steps, ctx.taskTiming()));
}

/** What a kind does when a round ends; each returns the tasks it changed. */
export interface RoundEnds {
  rejected(comment: string | null): ProcedureTask[];
  returned(): ProcedureTask[];
  approved(): ProcedureTask[];
}

/**
 * After a task of the round was decided: any reject ends it rejected, any return sends it back for
 * revision, all approved ends it approved; otherwise an ordered round opens its next step.
 */
export function afterDecision<S extends KitState>(
  ctx: ProcedureContext<S>,
  round: Omit<SignOffRound, 'steps'>,
  comment: string | null,
  ends: RoundEnds,
): { changed: ProcedureTask[]; outcome: RoundOutcome } {
  const tasks = ctx.state.tasks.filter((t) => t.kind === 'sign_off' && t.key.startsWith(`r${round.round}-`));
  const outcome = roundOutcome(tasks);
  const changed: ProcedureTask[] = [];
  if (outcome === 'rejected') changed.push(...ends.rejected(comment));
  else if (outcome === 'returned') changed.push(...ends.returned());
  else if (outcome === 'approved') changed.push(...ends.approved());
  else if (round.mode === 'sequential') {
    const next = nextWaiting(tasks);
    if (next) changed.push(...ctx.change(opened(next, ctx.taskTiming())));
  }
  return { changed, outcome };
}

/** Returns the dossier to its proposer for revision: one task for them, in its own stage. */
export function openRevision<S extends KitState>(
  ctx: ProcedureContext<S>,
  round: number,
  proposedBy: string,
  stage: S['stage'],
): ProcedureTask[] {
  ctx.enterStage(stage);
  return ctx.change(
    newTask(
      TaskKeys.revision(round),
      'revision',
      'Bổ sung, hoàn thiện hồ sơ',
      [proposedBy],
      true,
      ctx.taskTiming(),
    ),
  );
}

/** Cancels every task still open or waiting (a reject, a return, a withdrawal); conferences run on. */
export function cancelOpen<S extends KitState>(ctx: ProcedureContext<S>): ProcedureTask[] {
  const at = ctx.now();
  return ctx.change(
    ...ctx.state.tasks
      .filter((t) => t.status === 'open' || t.status === 'waiting')
      .filter((t) => t.kind !== 'conference')
      .map((t) => cancelled(t, at)),
  );
}
