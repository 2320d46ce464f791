import type { DataSource } from 'typeorm';
import { ApplicationFailure, log } from '@temporalio/activity';
import type {
  AppointmentActivities,
  CandidateFacts,
  LoadCandidateFactsInput,
  PublicHoliday,
  RecordAppointmentStepInput,
  WriteAssignmentInput,
  WriteAssignmentOutcome,
  DocumentRef,
} from '@personnel/contracts';
import {
  insertAssignment,
  loadCadreFacts,
  loadPostFacts,
  recordAppointmentStep,
  RegistryError,
  type DocumentStore,
  type LockedCadre,
} from '@personnel/persistence';
import { logStepOutcome } from './log-step';

/**
 * Activities of the appointment workflow. Journal writes go through the idempotent step journal; the
 * registry write of the signed decision is idempotent by its decision reference. A registry refusal
 * (inactive cadre, unknown post, overlap) can never succeed on a retry: it fails non-retryable with the
 * registry's message, so the workflow can show it; anything else (Postgres down) is retried.
 */
export function createAppointmentActivities(
  dataSource: DataSource,
  documents: DocumentStore,
): AppointmentActivities {
  return {
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

    async loadHolidays(input: { fromDate: string; years: number }): Promise<PublicHoliday[]> {
      return dataSource.query(
        `SELECT to_char(date, 'YYYY-MM-DD') AS date, name FROM public_holiday
         WHERE date >= $1::date AND date < $1::date + make_interval(years => $2::int) ORDER BY date`,
        [input.fromDate, input.years],
      );
    },

    async verifyDossier(input: { documents: DocumentRef[] }) {
      const check = await documents.verify(input.documents);
      if (!check.ok) log.warn('dossier check failed', { problems: check.problems });
      return check;
    },

    async writeAssignment(input: WriteAssignmentInput): Promise<WriteAssignmentOutcome> {
      try {
        const outcome = await dataSource.transaction(async (manager) => {
          const [cadre]: LockedCadre[] = await manager.query(
            'SELECT id, code, status FROM cadre WHERE code = $1 FOR UPDATE',
            [input.cadreId],
          );
          if (!cadre)
            throw ApplicationFailure.nonRetryable(
              `No cadre ${input.cadreId} in the registry`,
              'registry_not_found',
            );
          const [existing]: { id: string }[] = await manager.query(
            'SELECT id FROM assignment WHERE cadre_id = $1 AND decision_ref = $2 ORDER BY created_at LIMIT 1',
            [cadre.id, input.decisionRef],
          );
          if (existing) return { assignmentId: existing.id, created: false };
          const written = await insertAssignment(manager, cadre, {
            kind: input.kind,
            postCode: input.postId,
            fromDate: input.effectiveDate,
            decisionRef: input.decisionRef,
          });
          return { assignmentId: written.id, created: true };
        });
        log.info(outcome.created ? 'assignment written' : 'assignment already written; nothing written', {
          workflowId: input.workflowId,
          cadreId: input.cadreId,
          postId: input.postId,
          decisionRef: input.decisionRef,
          assignmentId: outcome.assignmentId,
        });
        return outcome;
      } catch (error) {
        if (error instanceof RegistryError)
          throw ApplicationFailure.nonRetryable(error.message, `registry_${error.kind}`, {
            code: 'code' in error ? (error as { code: string }).code : error.kind,
          });
        throw error;
      }
    },
  };
}
