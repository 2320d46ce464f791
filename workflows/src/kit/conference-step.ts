import { CancellationScope, condition, executeChild, isCancellation } from '@temporalio/workflow';
import {
  type BallotForm,
  type ConferenceBody,
  conferenceWorkflowId,
  TaskKeys,
  type ConferenceKind,
  type ConferenceResult,
  type LegalBasis,
} from '@personnel/contracts';
import { cancelled, completed, newTask } from '@personnel/domain';
import { conferenceWorkflow } from '../conference.workflow';
import type { ProcedureContext } from './context';
import { conferenceSearchAttributes } from './search-attributes';
import type { KitState } from './state';

/** Everything one conference step needs, given explicitly by the kind. */
export interface ConferenceStep<Stage extends string> {
  /** Position of the step in the procedure: the child's id is `<workflow id>/conference/<index>`. */
  index: number;
  /** 1, then +1 each time the step is convened again. */
  attempt: number;
  /** The stage the procedure is in while the conference runs. */
  stage: Stage;
  /** The inbox label of the conference task. */
  label: string;
  body: ConferenceBody;
  conferenceKind: ConferenceKind;
  /** The ballot the conference takes; absent: approval (and the child's input stays as it always was). */
  ballot?: BallotForm;
  legalBasis: LegalBasis;
  candidates: string[];
  unitCode: string;
  postCode: string | null;
  deadlineMs: number;
  /** The step as the journal's `conference_*` rows name it. */
  stepName: string;
  /** The procedure was withdrawn meanwhile: the child is cancelled. */
  withdrawn: () => boolean;
  /** Called as the step is convened, before its first record: the kind notes the step in its state. */
  onConvened?: (conferenceId: string) => void;
  /** Called with the result before it is journalled. */
  onResult?: (result: ConferenceResult) => void;
}

/**
 * One conference step: a conference child (its secretary and head act on it directly), with a task for
 * them in the inbox. Returns null when the procedure was withdrawn meanwhile; the child is then cancelled.
 */
export async function runConferenceStep<S extends KitState>(
  ctx: ProcedureContext<S>,
  step: ConferenceStep<S['stage']>,
): Promise<ConferenceResult | null> {
  const { index, attempt, body, stepName } = step;
  const conferenceId = conferenceWorkflowId(ctx.workflowId, index);
  const convenedAt = ctx.now();
  ctx.enterStage(step.stage);
  step.onConvened?.(conferenceId);
  const task = {
    ...newTask(
      TaskKeys.conference(index, attempt),
      'conference',
      step.label,
      [...new Set([body.secretaryId, body.headId])],
      true,
      { dueAt: new Date(Date.parse(convenedAt) + step.deadlineMs).toISOString(), remindAt: null },
    ),
    conferenceId,
  };
  await ctx.record(
    'conference_convened',
    body.secretaryId,
    { index, step: stepName, conferenceId, candidates: step.candidates },
    ctx.change(task),
  );

  const scope = new CancellationScope();
  const child = scope.run(() =>
    executeChild(conferenceWorkflow, {
      workflowId: conferenceId,
      ...(ctx.onKernel
        ? { typedSearchAttributes: conferenceSearchAttributes(step.unitCode, step.postCode) }
        : {}),
      args: [
        {
          kind: step.conferenceKind,
          ...(step.ballot ? { ballot: step.ballot } : {}),
          legalBasis: step.legalBasis,
          subject: ctx.workflowId,
          summoned: body.summonedIds,
          candidates: step.candidates,
          secretaryId: body.secretaryId,
          headId: body.headId,
          convenedAt,
          deadlineMs: step.deadlineMs,
          ...(attempt > 1 ? { attempt } : {}),
        },
      ],
    }),
  );
  type Settled = { result?: ConferenceResult; error?: unknown };
  const settled: Promise<Settled> = child.then(
    (result) => ({ result }),
    (error: unknown) => ({ error }),
  );
  let outcome: Settled | undefined;
  void settled.then((o) => (outcome = o));
  await condition(() => outcome !== undefined || step.withdrawn());
  if (!outcome) {
    scope.cancel();
    const after = await settled;
    if (after.error && !isCancellation(after.error)) throw after.error;
    const dropped = ctx.change(cancelled(ctx.state.existingTask(task.key), ctx.now()));
    await ctx.record('conference_cancelled', 'system', { index, step: stepName, conferenceId }, dropped);
    return null;
  }
  if (outcome.error) throw outcome.error;
  const result = outcome.result as ConferenceResult;
  step.onResult?.(result);
  const done = ctx.change(
    completed(ctx.state.existingTask(task.key), 'closed', body.secretaryId, ctx.now(), result.outcome),
  );
  await ctx.record(
    'conference_closed',
    body.secretaryId,
    { index, step: stepName, conferenceId, ...result },
    done,
  );
  return result;
}
