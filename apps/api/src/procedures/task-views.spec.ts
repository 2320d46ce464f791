import type { AuthenticatedUser } from '@personnel/contracts';
import type { InboxTask } from '@personnel/persistence';
import { toTaskView } from './task-views';

const TODAY = '2026-03-10';
const task = (over: Partial<InboxTask> = {}): InboxTask => ({
  workflowId: 'appointment/QA-CT/1',
  procedureKind: 'appointment',
  taskKey: 'r1-org-office',
  kind: 'sign_off',
  label: 'Thẩm định',
  assigneeIds: ['U-A', 'U-B'],
  claimedBy: 'U-A',
  delegations: [
    { from: 'U-A', to: 'U-D', validFrom: '2026-03-09', validUntil: '2026-03-11', reason: 'r', at: 'x' },
    { from: 'U-B', to: 'U-E', validFrom: '2026-03-09', validUntil: '2026-03-11', reason: 'r', at: 'x' },
  ],
  status: 'open',
  outcome: null,
  completedBy: null,
  comment: null,
  dueAt: null,
  overdue: false,
  followUpOn: null,
  priority: null,
  reminded: false,
  escalated: false,
  postId: 'QA-CT',
  postTitle: null,
  unitCode: 'DH-QA',
  unitName: null,
  cadreIds: ['CB-1'],
  cadreNames: [null],
  stage: 'sign_off',
  proposedBy: 'U-HR',
  conferenceId: null,
  createdAt: 'c',
  updatedAt: 'u',
  ...over,
});
const user = (username: string, cadreId: string | null = null): AuthenticatedUser => ({
  username,
  fullName: username,
  roles: ['approver'],
  unitCode: null,
  cadreId,
});

describe('toTaskView: the domain rule applied to a task from the inbox', () => {
  it('relates the holder and their named stand-in, and drops what only the rule needs', () => {
    const holder = toTaskView(task(), user('U-A'), TODAY);
    expect(holder).toMatchObject({
      relation: 'claimed_by_me',
      activeDelegates: ['U-D'],
      actions: ['unclaim', 'approve', 'reject', 'return', 'delegate'],
    });
    expect(holder).not.toHaveProperty('delegations');
    expect(holder).not.toHaveProperty('proposedBy');
    expect(toTaskView(task(), user('U-D'), TODAY)).toMatchObject({
      relation: 'delegated_to_me',
      actions: ['approve', 'reject', 'return'],
    });
    // B named E while A held the task: stale.
    expect(toTaskView(task(), user('U-E'), TODAY)).toMatchObject({ relation: 'other', actions: [] });
  });

  it('offers nothing on the user’s own case: the proposer, or a cadre the procedure is about', () => {
    expect(toTaskView(task({ claimedBy: null, assigneeIds: ['U-HR'] }), user('U-HR'), TODAY).actions).toEqual(
      [],
    );
    expect(toTaskView(task(), user('U-A', 'CB-1'), TODAY)).toMatchObject({
      relation: 'claimed_by_me',
      actions: [],
    });
  });

  it('still offers nothing to a candidate a conference eliminated, though the row no longer names them', () => {
    const row = task({ cadreIds: ['CB-1'], subjectCadreIds: ['CB-1', 'CB-2'] });
    expect(toTaskView(row, user('U-A', 'CB-2'), TODAY).actions).toEqual([]);
    expect(toTaskView(row, user('U-A', 'CB-9'), TODAY).actions).toContain('approve');
    expect(toTaskView(row, user('U-A'), TODAY)).not.toHaveProperty('subjectCadreIds');
  });
});
