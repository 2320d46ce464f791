import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ActorRef, AppointmentTiming, ConferenceBody, ProcedureStepRecord } from './appointment';
import type { DocumentRef } from './documents';
import type { LegalBasis } from './registry';

/**
 * Reappointment (bổ nhiệm lại, NĐ 138 Art. 52) at the end of a term: the holder's self-assessment, a
 * confidence vote of the key cadres, then the collective's vote. Started by the appointment workflow
 * when the notice timer fires; its result decides whether a new term's decision is asked for.
 */
export interface ReappointmentInput {
  appointmentId: string;
  cadreId: string;
  postId: string;
  unitCode: string;
  legalBasis: LegalBasis;
  /** The term ending (1 = the first). */
  term: number;
  termLastDay: string;
  /** Users who may submit the self-assessment on the holder's behalf (HR of the case). */
  hrUserId: string;
  collective: ConferenceBody;
  keyCadreConference: ConferenceBody;
  timing: AppointmentTiming;
  startedAt: string;
}

export interface SelfAssessmentCommand {
  actor: ActorRef;
  summary: string;
  documents?: DocumentRef[];
}

export type ReappointmentOutcome = 'reappointed' | 'not_reappointed';

export interface ReappointmentStatus {
  stage: 'awaiting_self_assessment' | 'confidence_vote' | 'collective_vote' | 'closed';
  selfAssessment: { by: string; summary: string; at: string } | null;
  steps: ProcedureStepRecord[];
  outcome: ReappointmentOutcome | null;
  reason: string | null;
}

export interface ReappointmentResult {
  outcome: ReappointmentOutcome;
  reason: string | null;
  steps: ProcedureStepRecord[];
}

export const submitSelfAssessmentUpdate = defineUpdate<ReappointmentStatus, [SelfAssessmentCommand]>(
  'submitSelfAssessment',
);
export const reappointmentStatusQuery = defineQuery<ReappointmentStatus>('reappointmentStatus');
