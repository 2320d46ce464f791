import type { CommentTaskCommand, ReassignTaskCommand, Role } from '@personnel/contracts';
import { checkCommentTask, checkReassignTask, withReassignment } from './task-notes';
import { delegationFixture, groupTask, personalTask, TODAY } from './task-fixtures';

const actor = (userId: string, roles: Role[] = ['approver']) => ({ userId, roles, cadreId: null });
const comment = (userId: string, text: string, roles?: Role[]): CommentTaskCommand => ({
  actor: actor(userId, roles),
  taskKey: 'r1-org-office',
  comment: text,
});
const reassign = (
  userId: string,
  roles: Role[],
  toUserId = 'U-Z',
  reason = 'Nghỉ ốm',
): ReassignTaskCommand => ({
  actor: actor(userId, roles),
  taskKey: 'r1-org-office',
  toUserId,
  reason,
});
const nobodysCase = () => false;

describe('a comment without a verdict', () => {
  it('is for those who take part in the task, or a manager', () => {
    expect(checkCommentTask(groupTask(), comment('U-B', 'Xin bổ sung bản kê khai'), TODAY)).toEqual({
      ok: true,
    });
    const delegated = personalTask({ delegations: [delegationFixture('U-A', 'U-D', TODAY, TODAY)] });
    expect(checkCommentTask(delegated, comment('U-D', 'Đã xem'), TODAY)).toEqual({ ok: true });
    expect(checkCommentTask(personalTask(), comment('U-X', 'Đã xem'), TODAY)).toMatchObject({
      ok: false,
      code: 'not_assignee',
    });
    expect(checkCommentTask(personalTask(), comment('U-BTC', 'Đã xem', ['org_office']), TODAY)).toEqual({
      ok: true,
    });
  });

  it('needs text, and an open task', () => {
    expect(checkCommentTask(personalTask(), comment('U-A', '   '), TODAY)).toMatchObject({ code: 'invalid' });
    expect(checkCommentTask(personalTask(), comment('U-A', 'x'.repeat(2001)), TODAY)).toMatchObject({
      code: 'invalid',
    });
    expect(checkCommentTask(personalTask({ status: 'done' }), comment('U-A', 'muộn'), TODAY)).toMatchObject({
      code: 'task_closed',
    });
    expect(checkCommentTask(undefined, comment('U-A', 'ai'), TODAY)).toMatchObject({ code: 'unknown_task' });
  });
});

describe('a manager reassigning a task', () => {
  it('is a manager’s (org_office, leader, admin): anyone else is refused, saying why', () => {
    expect(checkReassignTask(personalTask(), reassign('U-BTC', ['org_office']), nobodysCase)).toEqual({
      ok: true,
    });
    expect(checkReassignTask(personalTask(), reassign('U-BT', ['leader']), nobodysCase)).toEqual({
      ok: true,
    });
    expect(checkReassignTask(personalTask(), reassign('U-AD', ['admin']), nobodysCase)).toEqual({ ok: true });
    expect(checkReassignTask(personalTask(), reassign('U-A', ['approver']), nobodysCase)).toEqual({
      ok: false,
      code: 'not_authorised',
      message: 'only a manager (role org_office or leader) reassigns a task; U-A is not one',
    });
  });

  it('only a sign-off, to someone not on the case, with a reason', () => {
    expect(
      checkReassignTask(personalTask({ kind: 'conference' }), reassign('U-BTC', ['org_office']), nobodysCase),
    ).toMatchObject({ code: 'invalid' });
    expect(
      checkReassignTask(personalTask(), reassign('U-BTC', ['org_office'], 'U-A'), nobodysCase),
    ).toMatchObject({ code: 'invalid' });
    expect(
      checkReassignTask(personalTask(), reassign('U-BTC', ['org_office'], 'U-HR'), (u) => u === 'U-HR'),
    ).toMatchObject({ code: 'own_case' });
    expect(
      checkReassignTask(personalTask(), reassign('U-BTC', ['org_office'], 'U-Z', ' '), nobodysCase),
    ).toMatchObject({ code: 'invalid' });
    expect(
      checkReassignTask(personalTask({ status: 'waiting' }), reassign('U-BTC', ['org_office']), nobodysCase),
    ).toMatchObject({ code: 'task_closed' });
  });

  it('makes the task the new person’s alone: no group, no claim, no old stand-ins', () => {
    const task = groupTask({
      claimedBy: 'U-B',
      delegations: [delegationFixture('U-B', 'U-D', TODAY, TODAY)],
    });
    expect(withReassignment(task, 'U-Z')).toMatchObject({
      assigneeIds: ['U-Z'],
      claimedBy: null,
      delegations: [],
    });
    // One of a group may be given the whole task.
    expect(checkReassignTask(groupTask(), reassign('U-BTC', ['org_office'], 'U-A'), nobodysCase)).toEqual({
      ok: true,
    });
  });
});
