import { defineUpdate } from '@temporalio/workflow';
import type { CommandResult } from './appointment';
import type { ActorRef } from './procedure';
import type { DocumentRef } from './documents';

/**
 * Reappointment (bổ nhiệm lại, NĐ 138 Art. 52) runs inside the appointment workflow's term phase when
 * the notice fires: the holder's self-assessment, a confidence vote of the key cadres, then the
 * collective's vote; if both pass, the signer signs the next term's decision.
 */
export interface SelfAssessmentCommand {
  actor: ActorRef;
  summary: string;
  documents?: DocumentRef[];
}

export const submitSelfAssessmentUpdate = defineUpdate<CommandResult, [SelfAssessmentCommand]>(
  'submitSelfAssessment',
);
