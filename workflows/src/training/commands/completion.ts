import { ActivityFailure, ApplicationFailure, setHandler } from '@temporalio/workflow';
import {
  cancelTrainingClassUpdate,
  completeTrainingClassUpdate,
  type CancelTrainingClassCommand,
  type CompleteTrainingClassCommand,
  type TrainingCompletionOutcome,
  type TrainingResult,
} from '@personnel/contracts';
import { checkTrainingResults, TRAINING_NOTE_MAX } from '@personnel/domain';
import { checkActor, must, refuse } from '../../kit';
import { activities, type TrainingContext } from '../context';

/** Shortest reason a cancellation takes: the cadres enrolled see it on their timeline. */
const MIN_CANCEL_REASON = 10;

/**
 * The class's results: each passed cadre's completion is written to the registry first (an activity
 * keyed by cadre and course, so a retry finds its own rows), then the step is recorded and the class
 * is completed. When the registry refuses (the course or a cadre is gone), nothing is recorded.
 */
export function registerCompletionCommands(ctx: TrainingContext): void {
  const s = ctx.state;

  setHandler(
    completeTrainingClassUpdate,
    async (command: CompleteTrainingClassCommand) => {
      const results: TrainingResult[] = command.results.map((r) => ({
        cadreId: r.cadreId,
        passed: r.passed,
        certificateNumber: r.certificateNumber?.trim() || null,
        certificateDocumentId: r.certificateDocumentId ?? null,
      }));
      const completedOn = ctx.today();
      const completion = await writeCompletions(ctx, results, completedOn);
      s.detail.results = results;
      s.detail.completedOn = completedOn;
      s.detail.completion = completion;
      s.state = 'completed';
      ctx.enterStage('completed');
      await ctx.record('class_completed', command.actor.userId, { completedOn, results, completion }, [], {
        concerns: results.map((r) => r.cadreId),
      });
      return s.status();
    },
    {
      validator: (command: CompleteTrainingClassCommand) => {
        checkActor(command?.actor);
        ctx.assertOrganiser(command.actor);
        ctx.assertRunning();
        ctx.assertStage(['closing'], 'completing the class');
        must(checkTrainingResults(s.detail, command.results));
      },
    },
  );

  setHandler(
    cancelTrainingClassUpdate,
    async (command: CancelTrainingClassCommand) => {
      const reason = command.reason.trim();
      s.detail.cancelled = { by: command.actor.userId, at: ctx.now(), reason };
      s.state = 'cancelled';
      ctx.enterStage('cancelled');
      await ctx.record('class_cancelled', command.actor.userId, { reason });
      return s.status();
    },
    {
      validator: (command: CancelTrainingClassCommand) => {
        checkActor(command?.actor);
        ctx.assertOrganiser(command.actor);
        ctx.assertRunning();
        if (
          typeof command.reason !== 'string' ||
          command.reason.trim().length < MIN_CANCEL_REASON ||
          command.reason.length > TRAINING_NOTE_MAX
        )
          refuse(
            'invalid',
            `reason: why the class is cancelled, ${MIN_CANCEL_REASON} to ${TRAINING_NOTE_MAX} characters`,
          );
      },
    },
  );
}

async function writeCompletions(
  ctx: TrainingContext,
  results: TrainingResult[],
  completedOn: string,
): Promise<TrainingCompletionOutcome> {
  const completions = results
    .filter((r) => r.passed)
    .map((r) => ({
      cadreId: r.cadreId,
      certificateNumber: r.certificateNumber as string,
      certificateDocumentId: r.certificateDocumentId,
    }));
  if (completions.length === 0) return { written: [], alreadyHeld: [] };
  ctx.state.writing = true;
  try {
    return await activities.writeTrainingCompletions({
      workflowId: ctx.workflowId,
      courseCode: ctx.input.courseCode,
      completedOn,
      completions,
    });
  } catch (error) {
    const cause = error instanceof ActivityFailure ? error.cause : error;
    if (cause instanceof ApplicationFailure) refuse('registry_conflict', cause.message);
    throw error;
  } finally {
    ctx.state.writing = false;
  }
}
