/** Step inputs shaped as the appointment workflow sends them, for tests of the journal and the inbox. */
import type { ProcedureTask, RecordAppointmentStepInput } from '@personnel/contracts';

export function appointmentStepInput(
  overrides: Partial<RecordAppointmentStepInput> = {},
): RecordAppointmentStepInput {
  const workflowId = overrides.workflowId ?? 'appointment/QA-CT/1';
  return {
    workflowId,
    runId: 'run-1',
    stepKey: 'proposed',
    seq: 0,
    actor: 'U-HR',
    kind: 'proposed',
    payload: { candidateIds: ['CB-1'] },
    occurredAt: '2026-03-02T02:00:00.000Z',
    appointment: {
      candidateIds: ['CB-1'],
      postId: workflowId.split('/')[1],
      unitCode: 'DH-QA',
      source: 'local',
      legalBasis: 'QD377-2025',
      proposedBy: 'U-HR',
      proposedAt: '2026-03-02T02:00:00.000Z',
      state: 'in_progress',
      stage: 'eligibility_check',
      round: 1,
      appointee: null,
      decision: null,
      procedureDueAt: '2026-04-14T10:00:00.000Z',
      overdue: false,
      exceptionGranted: false,
    },
    tasks: [],
    concerns: [],
    ...overrides,
  };
}

export function procedureTask(overrides: Partial<ProcedureTask> = {}): ProcedureTask {
  return {
    key: 'r1-org-office',
    kind: 'sign_off',
    label: 'Cơ quan Tổ chức - Nội vụ thẩm định',
    assigneeIds: ['U-1'],
    claimedBy: null,
    delegations: [],
    status: 'open',
    dueAt: '2026-03-16T10:00:00.000Z',
    remindAt: null,
    reminded: false,
    escalated: false,
    outcome: null,
    completedBy: null,
    completedAt: null,
    comment: null,
    ...overrides,
  };
}
