import type { EntityManager } from 'typeorm';
import type { TimelineEntry } from '@personnel/contracts';
import { WorkflowStepEntity } from '../entities/workflow-step.entity';

/** A workflow's journal, oldest first, as the API shows it (any kind, retired ones included). */
export async function journalTimeline(db: EntityManager, workflowId: string): Promise<TimelineEntry[]> {
  const steps = await db
    .getRepository(WorkflowStepEntity)
    .find({ where: { workflowId }, order: { seq: 'ASC' } });
  return steps.map((step) => ({
    seq: step.seq,
    stepKey: step.stepKey,
    kind: step.kind,
    actor: step.actor,
    payload: step.payload,
    occurredAt: step.occurredAt.toISOString(),
    recordedAt: step.recordedAt.toISOString(),
  }));
}
