import { CancellationScope, condition, executeChild, isCancellation } from '@temporalio/workflow';
import {
  conferenceWorkflowId,
  TaskKeys,
  type ConferenceBody,
  type ConferenceResult,
  type ProcedureStepKind,
  type ProcedureStepRecord,
} from '@personnel/contracts';
import { cancelled, completed, conferenceBodyFor, conferenceKindOf, newTask } from '@personnel/domain';
import { conferenceWorkflow } from '../conference.workflow';
import type { ProcedureContext } from './procedure-context';

const STEP_LABELS: Record<ProcedureStepKind, string> = {
  collective_proposes: 'Tập thể lãnh đạo thảo luận, đề xuất',
  expanded_conference: 'Hội nghị mở rộng giới thiệu nhân sự',
  collective_selects: 'Tập thể lãnh đạo lựa chọn nhân sự',
  key_cadre_conference: 'Hội nghị cán bộ chủ chốt',
  home_unit_consultation: 'Lấy ý kiến nơi cán bộ đang công tác',
  collective_votes: 'Tập thể lãnh đạo biểu quyết',
};

/**
 * One collective step: a conference child (its secretary and head act on it directly), with a task for
 * them in the inbox. Returns null when HR withdrew the procedure meanwhile; the child is then cancelled.
 */
export async function runConferenceStep(
  ctx: ProcedureContext,
  index: number,
  step: ProcedureStepKind,
  attempt = 1,
  body: ConferenceBody = conferenceBodyFor({ ...ctx.input, ...ctx.state.bodies }, step),
): Promise<ConferenceResult | null> {
  const s = ctx.state;
  const conferenceId = conferenceWorkflowId(ctx.workflowId, index);
  const convenedAt = ctx.now();
  s.stage = step;
  const record: ProcedureStepRecord = {
    index,
    attempt,
    body,
    kind: step,
    conferenceId,
    candidates: [...s.candidates],
    outcome: null,
    forward: [],
  };
  // A step convened again replaces its record: the status shows the attempt that counts.
  s.steps = [...s.steps.filter((st) => st.index !== index), record];
  const task = {
    ...newTask(
      TaskKeys.conference(index, attempt),
      'conference',
      STEP_LABELS[step],
      [...new Set([body.secretaryId, body.headId])],
      true,
      {
        dueAt: new Date(Date.parse(convenedAt) + ctx.input.timing.conferenceDeadlineMs).toISOString(),
        remindAt: null,
      },
    ),
    conferenceId,
  };
  await ctx.record(
    'conference_convened',
    body.secretaryId,
    { index, step, conferenceId, candidates: record.candidates },
    ctx.change(task),
  );

  const scope = new CancellationScope();
  const child = scope.run(() =>
    executeChild(conferenceWorkflow, {
      workflowId: conferenceId,
      args: [
        {
          kind: conferenceKindOf(step),
          legalBasis: ctx.input.legalBasis,
          subject: ctx.workflowId,
          summoned: body.summonedIds,
          candidates: record.candidates,
          secretaryId: body.secretaryId,
          headId: body.headId,
          convenedAt,
          deadlineMs: ctx.input.timing.conferenceDeadlineMs,
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
  await condition(() => outcome !== undefined || s.withdrawn);
  if (!outcome) {
    scope.cancel();
    const after = await settled;
    if (after.error && !isCancellation(after.error)) throw after.error;
    const dropped = ctx.change(cancelled(s.existingTask(task.key), ctx.now()));
    await ctx.record('conference_cancelled', 'system', { index, step, conferenceId }, dropped);
    return null;
  }
  if (outcome.error) throw outcome.error;
  const result = outcome.result as ConferenceResult;
  record.outcome = result.outcome;
  record.forward = [...result.forward];
  record.result = result;
  const done = ctx.change(
    completed(s.existingTask(task.key), 'closed', body.secretaryId, ctx.now(), result.outcome),
  );
  await ctx.record('conference_closed', body.secretaryId, { index, step, conferenceId, ...result }, done);
  return result;
}
