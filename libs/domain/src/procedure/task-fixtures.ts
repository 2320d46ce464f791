import type { ActorRef, Delegation, ProcedureTask } from '@personnel/contracts';

/** The day the task specs are set on (ISO, Vietnam). */
export const TODAY = '2026-01-14';

/** Test data of the task rule and the task board: an open sign-off of U-A, changed by `overrides`. */
export const taskFixture = (overrides: Partial<ProcedureTask> = {}): ProcedureTask => ({
  key: 'r1-org-office',
  kind: 'sign_off',
  label: 'Cơ quan Tổ chức - Nội vụ thẩm định',
  assigneeIds: ['U-A'],
  claimedBy: null,
  delegations: [],
  status: 'open',
  dueAt: '2026-01-23T10:00:00.000Z',
  remindAt: '2026-01-21T01:00:00.000Z',
  reminded: false,
  escalated: false,
  outcome: null,
  completedBy: null,
  completedAt: null,
  comment: null,
  ...overrides,
});

/** A stand-in window named by `from` for `to` (both ends inclusive). */
export const delegationFixture = (
  from: string,
  to: string,
  validFrom: string,
  validUntil: string,
): Delegation => ({
  from,
  to,
  validFrom,
  validUntil,
  reason: 'Đi công tác',
  at: '2026-01-12T02:00:00.000Z',
});

/** A personal task (one assignee, U-A) and a group task of three (U-A, U-B, U-C). */
export const personalTask = (overrides: Partial<ProcedureTask> = {}) => taskFixture(overrides);
export const groupTask = (overrides: Partial<ProcedureTask> = {}) =>
  taskFixture({ assigneeIds: ['U-A', 'U-B', 'U-C'], ...overrides });

export const actorFixture = (userId: string, cadreId: string | null = null): ActorRef => ({
  userId,
  roles: ['approver'],
  cadreId,
});
