import type { DocumentRef } from '../documents';
import type { PublicHoliday } from '../registry';
import type { RecordStepOutcome } from '../steps';
import type { RecordProcedureStepInput } from './snapshot';

/** Activities the workflow kit calls for any procedure kind; implemented in apps/worker. */
export interface ProcedureActivities {
  /** The only writer of a procedure's facts (libs/persistence `recordProcedureStep`). */
  recordProcedureStep(input: RecordProcedureStepInput): Promise<RecordStepOutcome>;
  loadHolidays(input: { fromDate: string; years: number }): Promise<PublicHoliday[]>;
}

/** The kit's dossier gate's one activity, for the kinds that check a dossier (appointment, rotation). */
export interface DossierActivities {
  /** The dossier documents of these cadres in the store (kind, issue day, assessment year). */
  loadDossier(input: { cadreIds: string[] }): Promise<DocumentRef[]>;
}
