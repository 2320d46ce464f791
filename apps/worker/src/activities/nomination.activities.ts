import type { DataSource } from 'typeorm';
import type { NominationActivities, RecordNominationStepInput } from '@personnel/contracts';
import { recordNominationStep } from '@personnel/persistence';
import { log } from '@temporalio/activity';

/** Activities of the nomination workflow; every write goes through the idempotent step journal. */
export function createNominationActivities(dataSource: DataSource): NominationActivities {
  return {
    async recordNominationStep(input: RecordNominationStepInput) {
      const outcome = await recordNominationStep(dataSource, input);
      log.info(outcome.inserted ? 'step recorded' : 'step already recorded; nothing written', {
        workflowId: input.workflowId,
        stepKey: input.stepKey,
        seq: input.seq,
      });
      return outcome;
    },
  };
}
