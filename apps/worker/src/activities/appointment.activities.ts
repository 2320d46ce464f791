import type { DataSource } from 'typeorm';
import { log } from '@temporalio/activity';
import type {
  AppointmentActivities,
  DossierActivities,
  ProcedureActivities,
  CandidateFacts,
  LoadCandidateFactsInput,
  RecordAppointmentStepInput,
  WriteAssignmentInput,
  WriteAssignmentOutcome,
  DocumentRef,
} from '@personnel/contracts';
import {
  loadCadreFacts,
  loadPostFacts,
  recordAppointmentStep,
  writeDecidedAssignment,
  type DocumentStore,
} from '@personnel/persistence';
import { logStepOutcome } from './log-step';
import { refusingRetries } from './registry-failure';

/**
 * Activities of the appointment workflow. Journal writes go through the idempotent step journal; the
 * registry write of the signed decision is idempotent by its decision reference. A registry refusal
 * (inactive cadre, unknown post, overlap) can never succeed on a retry: it fails non-retryable with the
 * registry's message, so the workflow can show it; anything else (Postgres down) is retried.
 */
export function createAppointmentActivities(
  dataSource: DataSource,
  documents: DocumentStore,
): Omit<AppointmentActivities, keyof ProcedureActivities | keyof DossierActivities> {
  return {
    /** Legacy journal of runs begun before the kernel: mapped onto recordProcedureStep. */
    async recordAppointmentStep(input: RecordAppointmentStepInput) {
      return logStepOutcome(input, await recordAppointmentStep(dataSource, input));
    },

    /** Every candidate's facts and the post's, from one snapshot; null for a code the registry lacks. */
    async loadCandidateFacts(input: LoadCandidateFactsInput): Promise<CandidateFacts[]> {
      return dataSource.transaction('REPEATABLE READ', async (manager) => {
        const post = (await loadPostFacts(manager, input.postId)) ?? null;
        const facts: CandidateFacts[] = [];
        for (const cadreId of input.cadreIds)
          facts.push({ cadreId, cadre: (await loadCadreFacts(manager, cadreId, input.asOf)) ?? null, post });
        return facts;
      });
    },

    async verifyDossier(input: { documents: DocumentRef[] }) {
      const check = await documents.verify(input.documents);
      if (!check.ok) log.warn('dossier check failed', { problems: check.problems });
      return check;
    },

    async writeAssignment(input: WriteAssignmentInput): Promise<WriteAssignmentOutcome> {
      const outcome = await refusingRetries(
        () => writeDecidedAssignment(dataSource, input),
        (error) => `registry_${error.kind}`,
      );
      log.info(outcome.created ? 'assignment written' : 'assignment already written; nothing written', {
        workflowId: input.workflowId,
        cadreId: input.cadreId,
        postId: input.postId,
        decisionRef: input.decisionRef,
        assignmentId: outcome.assignmentId,
      });
      return outcome;
    },
  };
}
