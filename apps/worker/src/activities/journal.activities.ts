import type { DataSource } from 'typeorm';
import type { JournalActivities, RecordStepInput } from '@personnel/contracts';
import { recordStep } from '@personnel/persistence';
import { logStepOutcome } from './log-step';

/** The journal every workflow writes its durable steps to (hash-chained, exactly once per step key). */
export function createJournalActivities(dataSource: DataSource): JournalActivities {
  return {
    async recordStep(input: RecordStepInput) {
      return logStepOutcome(input, await recordStep(dataSource, input));
    },
  };
}
