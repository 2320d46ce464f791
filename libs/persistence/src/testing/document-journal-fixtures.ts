import type { DataSource } from 'typeorm';
import type { DocumentFacts } from '@personnel/contracts';
import { recordProcedureStep, recordStep } from '../journal';

/**
 * Writes a procedure's journal (and its conference children's) as its workflow would, through the real
 * journal writers, so tests of the documents read facts exactly as they are stored. Test support only.
 */
export async function writeDocumentJournal(dataSource: DataSource, facts: DocumentFacts): Promise<void> {
  const subjects = facts.cadres.map((c) => c.code);
  for (const step of facts.steps)
    await recordProcedureStep(dataSource, {
      workflowId: facts.workflowId,
      runId: 'run-1',
      stepKey: step.stepKey,
      seq: step.seq,
      actor: step.actor,
      kind: step.kind,
      payload: step.payload,
      occurredAt: step.occurredAt,
      tasks: [],
      concerns: [],
      procedure: {
        kind: facts.procedureKind,
        subjectCadreIds: subjects,
        unitCode: facts.unit.code,
        postId: null,
        state: 'in_progress',
        stage: step.kind,
        stageEnteredAt: step.occurredAt,
        dueAt: null,
        overdue: false,
        legalBasis: facts.legalBasis,
        proposedBy: facts.steps[0]?.actor ?? 'system',
        proposedAt: facts.steps[0]?.occurredAt ?? step.occurredAt,
        detail: {},
      },
    });
  for (const conference of facts.conferences)
    for (const step of conference.steps)
      await recordStep(dataSource, {
        workflowId: `${facts.workflowId}/conference/${conference.index}`,
        runId: 'run-1',
        stepKey: step.stepKey,
        seq: step.seq,
        actor: step.actor,
        kind: step.kind,
        payload: step.payload,
        occurredAt: step.occurredAt,
      });
}
