import type { DataSource } from 'typeorm';
import { log } from '@temporalio/activity';
import {
  ROTATION_CONFLICT,
  type LoadRotationFactsInput,
  type DossierActivities,
  type ProcedureActivities,
  type RotationActivities,
  type WriteRotationAssignmentInput,
} from '@personnel/contracts';
import { loadRotationFacts, writeRotationAssignment } from '@personnel/persistence';
import { refusingRetries } from './registry-failure';

/**
 * Activities of the rotation workflow. The registry write of a decision is idempotent by its decision
 * number; a registry refusal (the post is held, the cadre moved meanwhile) can never succeed on a retry,
 * so it fails non-retryable with the registry's message, which the workflow answers the signer with.
 */
export function createRotationActivities(
  dataSource: DataSource,
): Omit<RotationActivities, keyof ProcedureActivities | keyof DossierActivities> {
  return {
    loadRotationFacts(input: LoadRotationFactsInput) {
      return loadRotationFacts(dataSource, input);
    },

    async writeRotationAssignment(input: WriteRotationAssignmentInput) {
      const outcome = await refusingRetries(
        () => writeRotationAssignment(dataSource, input),
        () => ROTATION_CONFLICT,
      );
      log.info(outcome.created ? 'rotation assignment written' : 'rotation assignment already written', {
        workflowId: input.workflowId,
        cadreId: input.cadreId,
        postId: input.postId,
        decisionRef: input.decisionRef,
        replaced: outcome.replaced,
      });
      return outcome;
    },
  };
}
