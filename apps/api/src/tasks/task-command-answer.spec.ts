import type { AuthenticatedUser, ProcedureStatusBase, ProcedureTask, TaskChange } from '@personnel/contracts';
import { taskCommandAnswer } from './task-command-answer';

const TODAY = '2026-03-10';
const ID = 'appointment/QA-CT/1';
const PROCEDURE = { proposedBy: 'U-HR', subjectCadreIds: ['CB-1'] };
const user = (username: string, cadreId: string | null = null): AuthenticatedUser => ({
  username,
  cadreId,
  roles: ['approver'],
  unitCode: null,
  fullName: username,
});
const task = (over: Partial<ProcedureTask> = {}): ProcedureTask => ({
  key: 'r1-standing',
  kind: 'sign_off',
  label: 'Thường trực',
  assigneeIds: ['U-A', 'U-B'],
  claimedBy: null,
  delegations: [],
  status: 'open',
  dueAt: '2026-03-20T10:00:00.000Z',
  remindAt: null,
  reminded: false,
  escalated: false,
  outcome: null,
  completedBy: null,
  completedAt: null,
  comment: null,
  ...over,
});

describe('taskCommandAnswer: what a task command answers over HTTP', () => {
  it('answers a TaskChange’s tasks with the caller’s relation and actions, and its journal position', () => {
    const change: TaskChange = {
      workflowId: ID,
      state: 'in_progress',
      stage: 'sign_off',
      sequence: 12,
      tasks: [
        task({
          claimedBy: 'U-A',
          delegations: [
            { from: 'U-A', to: 'U-D', validFrom: TODAY, validUntil: TODAY, reason: 'r', at: 'x' },
          ],
        }),
      ],
    };
    expect(taskCommandAnswer(ID, change, PROCEDURE, user('U-A'), TODAY)).toEqual({
      workflowId: ID,
      state: 'in_progress',
      stage: 'sign_off',
      sequence: 12,
      tasks: [
        {
          taskKey: 'r1-standing',
          kind: 'sign_off',
          label: 'Thường trực',
          status: 'open',
          outcome: null,
          assigneeIds: ['U-A', 'U-B'],
          claimedBy: 'U-A',
          activeDelegates: ['U-D'],
          completedBy: null,
          comment: null,
          dueAt: '2026-03-20T10:00:00.000Z',
          escalated: false,
          relation: 'claimed_by_me',
          actions: ['unclaim', 'approve', 'reject', 'return', 'delegate'],
        },
      ],
    });
    // The other assignee sees the task claimed away; the stand-in may act today.
    expect(taskCommandAnswer(ID, change, PROCEDURE, user('U-B'), TODAY).tasks[0]).toMatchObject({
      relation: 'other',
      actions: [],
    });
    expect(taskCommandAnswer(ID, change, PROCEDURE, user('U-D'), TODAY).tasks[0]).toMatchObject({
      relation: 'delegated_to_me',
      actions: expect.arrayContaining(['approve']),
    });
  });

  it('offers nothing to the proposer or a cadre the procedure is about', () => {
    const change: TaskChange = {
      workflowId: ID,
      state: 'in_progress',
      stage: 'sign_off',
      sequence: 3,
      tasks: [task({ assigneeIds: ['U-HR', 'U-X'] })],
    };
    expect(taskCommandAnswer(ID, change, PROCEDURE, user('U-HR'), TODAY).tasks[0].actions).toEqual([]);
    const subject = { ...change, tasks: [task({ assigneeIds: ['U-CB1'] })] };
    expect(taskCommandAnswer(ID, subject, PROCEDURE, user('U-CB1', 'CB-1'), TODAY).tasks[0].actions).toEqual(
      [],
    );
  });

  it('reads the whole status a worker of before answered: every task, and no journal position', () => {
    const status: ProcedureStatusBase & { round: number } = {
      state: 'in_progress',
      stage: 'awaiting_decision',
      round: 1,
      tasks: [
        task({ status: 'done', outcome: 'approve', completedBy: 'U-A', claimedBy: 'U-A' }),
        task({ key: 'decision', kind: 'decision', label: 'Quyết định', assigneeIds: ['U-BT'] }),
      ],
    };
    const answer = taskCommandAnswer(ID, status, PROCEDURE, user('U-BT'), TODAY);
    expect(answer).toMatchObject({ workflowId: ID, state: 'in_progress', stage: 'awaiting_decision' });
    expect(answer.sequence).toBeNull();
    expect(answer.tasks.map((t) => [t.taskKey, t.status, t.relation])).toEqual([
      ['r1-standing', 'done', 'other'],
      ['decision', 'open', 'assigned'],
    ]);
    expect(answer).not.toHaveProperty('round');
  });
});
