import type {
  ChangedTaskView,
  ConferenceView,
  ProcedureStepRecord,
  TaskCommandAnswer,
  TaskView,
} from '../api/appointment-types';

/** A sign-off task as GET /api/v1/tasks answers it; tests change what they need. */
export function task(overrides: Partial<TaskView> = {}): TaskView {
  return {
    workflowId: 'appointment/DH-QA-CT-UBND/1',
    procedureKind: 'appointment',
    taskKey: 'r1-org-office',
    kind: 'sign_off',
    label: 'Cơ quan Tổ chức - Nội vụ thẩm định',
    assigneeIds: ['U-TCNV-01'],
    claimedBy: null,
    activeDelegates: [],
    status: 'open',
    outcome: null,
    completedBy: null,
    comment: null,
    dueAt: '2026-12-10T10:00:00.000Z',
    overdue: false,
    followUpOn: null,
    priority: null,
    reminded: false,
    escalated: false,
    relation: 'assigned',
    actions: ['approve', 'reject', 'return', 'delegate'],
    postId: 'DH-QA-CT-UBND',
    postTitle: 'Chủ tịch UBND xã Quảng An',
    unitCode: 'DH-QA',
    unitName: 'Xã Quảng An',
    cadreIds: ['CB-0001'],
    cadreNames: ['Hoàng Văn Cường'],
    stage: 'sign_off',
    conferenceId: null,
    createdAt: '2026-11-26T01:00:00.000Z',
    updatedAt: '2026-11-26T01:00:00.000Z',
    ...overrides,
  };
}

/** What a task command's answer says of `changed`, as POST /api/v1/tasks/… answers it. */
export function taskAnswer(changed: TaskView, over: Partial<TaskCommandAnswer> = {}): TaskCommandAnswer {
  const { taskKey, kind, label, status, outcome, assigneeIds, claimedBy, activeDelegates } = changed;
  const { completedBy, comment, dueAt, escalated, relation, actions } = changed;
  const view: ChangedTaskView = {
    taskKey,
    kind,
    label,
    status,
    outcome,
    assigneeIds,
    claimedBy,
    activeDelegates,
    completedBy,
    comment,
    dueAt,
    escalated,
    relation,
    actions,
  };
  return {
    workflowId: changed.workflowId,
    state: 'in_progress',
    stage: changed.stage,
    sequence: 17,
    tasks: [view],
    ...over,
  };
}

/** A collective step as the live status carries it (its first attempt, not yet closed); tests change what they need. */
export function step(overrides: Partial<ProcedureStepRecord> = {}): ProcedureStepRecord {
  return {
    index: 1,
    attempt: 1,
    kind: 'collective_proposes',
    conferenceId: 'appointment/DH-QA-CT-UBND/1/conference/1',
    candidates: ['CB-0001'],
    outcome: null,
    forward: [],
    ...overrides,
  };
}

/**
 * Quảng An's expanded conference (step 2) as its secretary U-MR-02 reads it, convened with one candidate;
 * tests change what they need.
 */
export function conferenceView(overrides: Partial<ConferenceView> = {}): ConferenceView {
  return {
    id: 'appointment/DH-QA-CT-UBND/1/conference/2',
    appointmentId: 'appointment/DH-QA-CT-UBND/1',
    stepIndex: 2,
    attempt: 1,
    kind: 'expanded_conference',
    summonedIds: ['U-MR-01', 'U-MR-02', 'U-MR-03', 'U-MR-04', 'U-MR-05', 'U-MR-06'],
    secretaryId: 'U-MR-02',
    headId: 'U-MR-01',
    candidates: ['CB-0468'],
    status: { stage: 'convened', awaitingHead: [] },
    ...overrides,
  };
}
