import type { DataSource } from 'typeorm';
import type { JournalActivities, RecordStepInput } from '@personnel/contracts';
import { recordStep } from '@personnel/persistence';
import { log } from '@temporalio/activity';

/** The journal every workflow writes its durable steps to (hash-chained, exactly once per step key). */
export function createJournalActivities(dataSource: DataSource): JournalActivities {
  return {
    async recordStep(input: RecordStepInput) {
      const outcome = await recordStep(dataSource, input);
      log.info(outcome.inserted ? 'step recorded' : 'step already recorded; nothing written', {
        workflowId: input.workflowId,
        stepKey: input.stepKey,
        seq: input.seq,
      });
      return outcome;
    },
  };
}
