/** Step inputs of a procedure of any kind, for tests of the journal, the inbox and the scope check. */
import type { ProcedureSnapshot, RecordProcedureStepInput } from '@personnel/contracts';

/** The first step of a small test kind (`rotation/<cadre>/<n>`): proves no code path needs an appointment. */
export function procedureStepInput(
  overrides: Partial<Omit<RecordProcedureStepInput, 'procedure'>> & {
    procedure?: Partial<ProcedureSnapshot>;
  } = {},
): RecordProcedureStepInput {
  const workflowId = overrides.workflowId ?? 'rotation/CB-1/1';
  const { procedure, ...rest } = overrides;
  return {
    workflowId,
    runId: 'run-1',
    stepKey: 'proposed',
    seq: 0,
    actor: 'U-HR',
    kind: 'proposed',
    payload: { subject: 'CB-1' },
    occurredAt: '2026-03-02T02:00:00.000Z',
    tasks: [],
    concerns: [],
    ...rest,
    procedure: {
      kind: workflowId.split('/')[0],
      subjectCadreIds: ['CB-1'],
      unitCode: 'DH-QA',
      postId: null,
      state: 'in_progress',
      stage: 'proposal',
      stageEnteredAt: '2026-03-02T02:00:00.000Z',
      dueAt: null,
      overdue: false,
      legalBasis: null,
      proposedBy: 'U-HR',
      proposedAt: '2026-03-02T02:00:00.000Z',
      detail: {},
      ...procedure,
    },
  };
}

/** Step `seq` of the same procedure, at day `seq` after the first, moving it to `stage`. */
export function laterStep(
  first: RecordProcedureStepInput,
  seq: number,
  stage: string,
  extra: Partial<ProcedureSnapshot> = {},
): RecordProcedureStepInput {
  const occurredAt = new Date(Date.parse(first.occurredAt) + seq * 86_400_000).toISOString();
  return {
    ...first,
    stepKey: `step-${seq}`,
    seq,
    kind: stage,
    payload: { seq },
    occurredAt,
    procedure: { ...first.procedure, stage, stageEnteredAt: occurredAt, ...extra },
  };
}
