import type { DataSource } from 'typeorm';
import type { NominationActivities, RecordNominationStepInput } from '@personnel/contracts';
import { recordNominationStep } from '@personnel/persistence';
import { logStepOutcome } from './log-step';

/** Activities of the nomination workflow; every write goes through the idempotent step journal. */
export function createNominationActivities(dataSource: DataSource): NominationActivities {
  return {
    async recordNominationStep(input: RecordNominationStepInput) {
      return logStepOutcome(input, await recordNominationStep(dataSource, input));
    },
  };
}
