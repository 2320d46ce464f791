import type { DataSource } from 'typeorm';
import { log } from '@temporalio/activity';
import {
  TRAINING_COMPLETION_CONFLICT,
  type ProcedureActivities,
  type TrainingActivities,
  type WriteTrainingCompletionsInput,
} from '@personnel/contracts';
import { writeTrainingCompletions } from '@personnel/persistence';
import { refusingRetries } from './registry-failure';

/**
 * Activities of the training class workflow. The completions are idempotent by (cadre, course) and
 * the class's workflow id; a registry refusal (the course or a cadre is gone) can never succeed on a
 * retry, so it fails non-retryable with the registry's message, which the organiser is answered with.
 */
export function createTrainingActivities(
  dataSource: DataSource,
): Omit<TrainingActivities, keyof ProcedureActivities> {
  return {
    async writeTrainingCompletions(input: WriteTrainingCompletionsInput) {
      const outcome = await refusingRetries(
        () => writeTrainingCompletions(dataSource, input),
        () => TRAINING_COMPLETION_CONFLICT,
      );
      log.info('training completions written', {
        workflowId: input.workflowId,
        courseCode: input.courseCode,
        written: outcome.written.length,
        alreadyHeld: outcome.alreadyHeld,
      });
      return outcome;
    },
  };
}
