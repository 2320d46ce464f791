import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ProcedureActivities } from '../procedure/activities';
import type {
  CancelTrainingClassCommand,
  CompleteTrainingClassCommand,
  EnrolTraineesCommand,
  RecordTrainingAttendanceCommand,
  TrainingClassStatus,
  TrainingCompletionOutcome,
  TrainingSessionCommand,
  WithdrawTraineeCommand,
} from './training-workflow';

/** The training class workflow's query and Updates; a refused Update carries PROCEDURE_REFUSED. */
export const trainingClassStatusQuery = defineQuery<TrainingClassStatus>('trainingClassStatus');
export const enrolTraineesUpdate = defineUpdate<TrainingClassStatus, [EnrolTraineesCommand]>('enrolTrainees');
export const withdrawTraineeUpdate = defineUpdate<TrainingClassStatus, [WithdrawTraineeCommand]>(
  'withdrawTrainee',
);
export const recordTrainingAttendanceUpdate = defineUpdate<
  TrainingClassStatus,
  [RecordTrainingAttendanceCommand]
>('recordTrainingAttendance');
export const startTrainingSessionUpdate = defineUpdate<TrainingClassStatus, [TrainingSessionCommand]>(
  'startTrainingSession',
);
export const closeTrainingSessionUpdate = defineUpdate<TrainingClassStatus, [TrainingSessionCommand]>(
  'closeTrainingSession',
);
export const completeTrainingClassUpdate = defineUpdate<TrainingClassStatus, [CompleteTrainingClassCommand]>(
  'completeTrainingClass',
);
export const cancelTrainingClassUpdate = defineUpdate<TrainingClassStatus, [CancelTrainingClassCommand]>(
  'cancelTrainingClass',
);

/**
 * The registry rows a class's completion writes: one `training_completion` per passed cadre, keyed by
 * (cadre, course) and marked with the class's workflow id, so a retried activity finds its own rows.
 */
export interface WriteTrainingCompletionsInput {
  workflowId: string;
  courseCode: string;
  completedOn: string;
  completions: { cadreId: string; certificateNumber: string; certificateDocumentId: string | null }[];
}

/** A class's completions could not be written: the registry no longer knows the course or a cadre. */
export const TRAINING_COMPLETION_CONFLICT = 'TrainingCompletionConflict';

export interface TrainingActivities extends ProcedureActivities {
  writeTrainingCompletions(input: WriteTrainingCompletionsInput): Promise<TrainingCompletionOutcome>;
}

/** `training/<classCode>`: one class of a course, e.g. `training/CT05-2022-08`. */
export function formatTrainingClassId(classCode: string): string {
  return `training/${classCode}`;
}
