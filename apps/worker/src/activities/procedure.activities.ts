import type { DataSource } from 'typeorm';
import type { ProcedureActivities, PublicHoliday, RecordProcedureStepInput } from '@personnel/contracts';
import { holidaysAhead, recordProcedureStep, type StepSpans } from '@personnel/persistence';
import { logStepOutcome } from './log-step';

/** The kernel's activities, the same for every procedure kind: its one journal writer and the holidays. */
export function createProcedureActivities(dataSource: DataSource): ProcedureActivities {
  return {
    async recordProcedureStep(input: RecordProcedureStepInput) {
      const spans: StepSpans = {};
      return logStepOutcome(input, await recordProcedureStep(dataSource, input, spans), spans);
    },

    async loadHolidays(input: { fromDate: string; years: number }): Promise<PublicHoliday[]> {
      return holidaysAhead(dataSource, input);
    },
  };
}
