import type { ProcedureTask } from '../procedure/task';
import { EVENT_TYPES, type EventType } from './event-types';
import { eventsOfStep, type JournalStepFacts, type StepPriorState } from './step-events';

const task = (key: string, over: Partial<ProcedureTask> = {}): ProcedureTask => ({
  key,
  kind: 'sign_off',
  label: 'x',
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
  ...over,
});

function step(kind: string, procedureKind: string, over: Partial<JournalStepFacts> = {}): JournalStepFacts {
  return {
    workflowId: `${procedureKind}/X/1`,
    stepKey: `3/${kind}`,
    seq: 3,
    kind,
    occurredAt: '2026-03-02T02:00:00.000Z',
    payload: {},
    tasks: [],
    ...over,
    procedure: {
      kind: procedureKind,
      subjectCadreIds: ['CB-1'],
      unitCode: 'DH-QA',
      postId: 'P-1',
      state: 'in_progress',
      stage: 'sign_off',
      stageEnteredAt: '2026-03-02T02:00:00.000Z',
      dueAt: null,
      overdue: false,
      legalBasis: 'QD80-2022',
      proposedBy: 'U-HR',
      proposedAt: '2026-03-01T02:00:00.000Z',
      detail: { secret: 'never copied' },
      ...(over.procedure ?? {}),
    },
  };
}

const NEW: StepPriorState = { procedure: null, tasks: {} };
const SAME_STAGE: StepPriorState = { procedure: { stage: 'sign_off', lastSeq: 2 }, tasks: {} };
const OTHER_STAGE: StepPriorState = { procedure: { stage: 'eligibility', lastSeq: 2 }, tasks: {} };
const T = (s: string) => `vn.personnel.${s}` as EventType;

const decision = { number: 'QĐ-1', effectiveDate: '2026-04-01', signedAt: '2026-03-02T02:00:00.000Z' };

/** Every procedure kind the kernel carries, each step kind that makes an event, and ones that make none. */
const TABLE: [string, JournalStepFacts, StepPriorState, EventType[]][] = [
  // appointment
  [
    'appointment proposed',
    step('proposed', 'appointment', { procedure: { stage: 'eligibility' } as never }),
    NEW,
    [T('procedure.started'), T('procedure.stage_entered')],
  ],
  [
    'appointment sign-off opened',
    step('sign_off_opened', 'appointment', { tasks: [task('r1-a'), task('r1-b', { status: 'waiting' })] }),
    OTHER_STAGE,
    [T('procedure.stage_entered'), T('task.opened')],
  ],
  [
    'appointment verdict',
    step('task_decided', 'appointment', {
      tasks: [task('r1-a', { status: 'done', outcome: 'approve' }), task('r1-b')],
    }),
    {
      procedure: SAME_STAGE.procedure,
      tasks: { 'r1-a': { status: 'open', lastSeq: 2 }, 'r1-b': { status: 'waiting', lastSeq: 2 } },
    },
    [T('task.decided'), T('task.opened')],
  ],
  [
    'appointment claim changes no status',
    step('task_claimed', 'appointment', { tasks: [task('r1-a', { claimedBy: 'U-1' })] }),
    { procedure: SAME_STAGE.procedure, tasks: { 'r1-a': { status: 'open', lastSeq: 2 } } },
    [],
  ],
  [
    'appointment reminder',
    step('task_reminder', 'appointment', {
      payload: { taskKey: 'r1-a', to: ['U-1'], dueAt: '2026-03-16T10:00:00.000Z' },
      tasks: [task('r1-a', { reminded: true })],
    }),
    { procedure: SAME_STAGE.procedure, tasks: { 'r1-a': { status: 'open', lastSeq: 2 } } },
    [T('task.reminded')],
  ],
  [
    'appointment escalation to the next level',
    step('task_escalated', 'appointment', {
      payload: { taskKey: 'r1-a', to: 'U-BT', dueAt: '2026-03-16T10:00:00.000Z' },
      tasks: [task('r1-a', { escalated: true, assigneeIds: ['U-1', 'U-BT'] })],
    }),
    { procedure: SAME_STAGE.procedure, tasks: { 'r1-a': { status: 'open', lastSeq: 2 } } },
    [T('task.escalated')],
  ],
  [
    'appointment conference closed',
    step('conference_closed', 'appointment', {
      payload: {
        index: 1,
        step: 'collective_votes',
        conferenceId: 'appointment/X/1/conference/1',
        outcome: 'passed',
        forward: ['CB-1'],
        summoned: 9,
        attending: 8,
        votes: [{ candidateId: 'CB-1', yes: 7 }],
      },
    }),
    SAME_STAGE,
    [T('conference.result')],
  ],
  [
    'appointment decision signed',
    step('decision_signed', 'appointment', { payload: { ...decision } }),
    SAME_STAGE,
    [T('decision.signed')],
  ],
  [
    'appointment appointed (the assignment event comes from the registry write)',
    step('appointed', 'appointment', { procedure: { stage: 'in_term' } as never }),
    SAME_STAGE,
    [T('procedure.stage_entered')],
  ],
  [
    'a late older step moves nothing',
    step('sign_off_opened', 'appointment', {
      seq: 1,
      procedure: { stage: 'eligibility' } as never,
      tasks: [task('r1-a')],
    }),
    { procedure: { stage: 'sign_off', lastSeq: 2 }, tasks: { 'r1-a': { status: 'open', lastSeq: 2 } } },
    [],
  ],
  // rotation (a batch's rows are rotation procedures like any other)
  [
    'rotation proposed',
    step('proposed', 'rotation'),
    NEW,
    [T('procedure.started'), T('procedure.stage_entered')],
  ],
  [
    'rotation decided',
    step('decided', 'rotation', {
      payload: { ...decision, assignmentId: 'a-1' },
      tasks: [
        task('decision', { kind: 'decision', status: 'done', outcome: 'signed' }),
        task('hand-over', { kind: 'hand_over' }),
      ],
    }),
    { procedure: SAME_STAGE.procedure, tasks: { decision: { status: 'open', lastSeq: 2 } } },
    [T('task.decided'), T('task.opened'), T('decision.signed')],
  ],
  [
    'rotation evaluated',
    step('evaluated', 'rotation', {
      payload: { year: 1, rating: 'good', comment: 'names someone', late: false },
    }),
    SAME_STAGE,
    [T('rotation.evaluated')],
  ],
  [
    'rotation ended',
    step('rotation_ended', 'rotation', {
      payload: { choice: 'return', postId: 'P-0', early: false, reason: 'free text', decision },
    }),
    SAME_STAGE,
    [T('rotation.ended')],
  ],
  ['a rotation step named like a plan approval is not one', step('approved', 'rotation'), SAME_STAGE, []],
  // plan
  [
    'plan approved (the decision)',
    step('approved', 'plan', { payload: { ...decision } }),
    SAME_STAGE,
    [T('decision.signed')],
  ],
  [
    'plan published',
    step('published', 'plan', {
      procedure: { stage: 'published' } as never,
      payload: {
        number: 'QĐ-2',
        effectiveDate: '2026-04-01',
        added: [{ postCode: 'P-1', cadreId: 'CB-1' }],
        removed: [{ postCode: 'P-2', cadreId: 'CB-2', reason: 'free text' }],
      },
    }),
    SAME_STAGE,
    [T('procedure.stage_entered'), T('plan.approved')],
  ],
  [
    'plan candidates removed',
    step('candidate_removed', 'plan', {
      items: [
        { key: 'P-1/CB-1', data: { postCode: 'P-1', cadreId: 'CB-1' } },
        { key: 'P-2/CB-2', data: { postCode: 'P-2', cadreId: 'CB-2' } },
      ],
    }),
    SAME_STAGE,
    [T('plan.candidate_removed'), T('plan.candidate_removed')],
  ],
  ['plan candidate added', step('candidate_added', 'plan'), SAME_STAGE, []],
  // training
  [
    'training class opened',
    step('class_opened', 'training', { procedure: { stage: 'opened', postId: null } as never }),
    NEW,
    [T('procedure.started'), T('procedure.stage_entered')],
  ],
  [
    'training session started',
    step('session_started', 'training', { procedure: { stage: 'in_session' } as never }),
    { procedure: { stage: 'opened', lastSeq: 2 }, tasks: {} },
    [T('procedure.stage_entered')],
  ],
  ['training enrolment', step('enrolled', 'training'), SAME_STAGE, []],
  // confidence vote
  [
    'confidence vote conference closed',
    step('conference_closed', 'confidence_vote', {
      payload: {
        index: 1,
        step: 'key_cadre_conference',
        conferenceId: 'c',
        outcome: 'passed',
        forward: [],
        summoned: 20,
        attending: 18,
      },
    }),
    SAME_STAGE,
    [T('conference.result')],
  ],
  [
    'confidence dismissal proposed',
    step('dismissal_proposed', 'confidence_vote', {
      tasks: [task('dismissal-CB-1', { kind: 'dismissal_proposal' })],
    }),
    SAME_STAGE,
    [T('task.opened')],
  ],
  [
    'confidence dismissal decided',
    step('task_decided', 'confidence_vote', {
      tasks: [
        task('dismissal-CB-1', {
          kind: 'dismissal_proposal',
          status: 'done',
          outcome: 'approve',
          comment: 'reason',
        }),
      ],
    }),
    { procedure: SAME_STAGE.procedure, tasks: { 'dismissal-CB-1': { status: 'open', lastSeq: 2 } } },
    [T('task.decided')],
  ],
];

describe('eventsOfStep: the events each journal step makes, for every procedure kind', () => {
  it.each(TABLE)('%s', (_name, facts, prior, expected) => {
    const events = eventsOfStep(facts, prior);
    expect(events.map((e) => e.type)).toEqual(expected);
    for (const e of events) {
      expect(EVENT_TYPES).toContain(e.type);
      expect(e.unitCode).toBe('DH-QA');
    }
    // Keys tell apart several events of one type in one step, so each gets its own id.
    const ids = events.map((e) => `${e.type}|${e.key}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is pure: the same step and prior state give the same events', () => {
    for (const [, facts, prior] of TABLE)
      expect(eventsOfStep(facts, prior)).toEqual(eventsOfStep(facts, prior));
  });

  it('carries codes, dates and outcomes, never the free text of a comment, a reason or the detail', () => {
    const all = TABLE.flatMap(([, facts, prior]) => eventsOfStep(facts, prior));
    const text = JSON.stringify(all);
    expect(text).not.toMatch(/names someone|free text|never copied|"reason"/);
    expect(all.find((e) => e.type === T('rotation.evaluated'))?.data).toEqual({
      cadreId: 'CB-1',
      year: 1,
      rating: 'good',
      late: false,
    });
    expect(all.find((e) => e.type === T('plan.approved'))?.data).toEqual({
      unitCode: 'DH-QA',
      number: 'QĐ-2',
      effectiveDate: '2026-04-01',
      added: ['P-1/CB-1'],
      removed: ['P-2/CB-2'],
    });
    expect(all.find((e) => e.type === T('task.reminded'))?.data).toEqual({
      procedureKind: 'appointment',
      taskKey: 'r1-a',
      taskKind: 'sign_off',
      dueAt: '2026-03-16T10:00:00.000Z',
      assigneeIds: ['U-1'],
    });
    expect(all.find((e) => e.type === T('task.escalated'))?.data).toEqual({
      procedureKind: 'appointment',
      taskKey: 'r1-a',
      taskKind: 'sign_off',
      dueAt: '2026-03-16T10:00:00.000Z',
      escalatedTo: 'U-BT',
    });
    expect(all.find((e) => e.type === T('conference.result'))?.data).toEqual({
      procedureKind: 'appointment',
      conferenceId: 'appointment/X/1/conference/1',
      index: 1,
      step: 'collective_votes',
      outcome: 'passed',
      forward: ['CB-1'],
      summoned: 9,
      attending: 8,
    });
  });

  it('the first stage is entered from none, a later one from the stage before', () => {
    const first = eventsOfStep(step('proposed', 'rotation'), NEW).find(
      (e) => e.type === T('procedure.stage_entered'),
    );
    expect(first?.data).toMatchObject({ stage: 'sign_off', previousStage: null });
    const later = eventsOfStep(step('x', 'rotation'), OTHER_STAGE)[0];
    expect(later.data).toMatchObject({
      stage: 'sign_off',
      previousStage: 'eligibility',
      enteredAt: '2026-03-02T02:00:00.000Z',
    });
  });
});
