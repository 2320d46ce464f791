import type { DecideTaskCommand, ProcedureTask, TaskVerdict } from '@personnel/contracts';
import {
  cancelled,
  checkClaim,
  checkDecideTask,
  checkDelegate,
  checkUnclaim,
  completed,
  isOwnCase,
  withClaim,
  withDelegation,
} from './task-board';
import { activeDelegates, isClaimable, isGroupTask, mayDecide, taskHolder } from './task-rule';
import { actorFixture, delegationFixture, groupTask, personalTask, TODAY } from './task-fixtures';

const personal = personalTask;
const group = groupTask;
const actor = actorFixture;
const claim = (userId: string, taskKey = 'r1-org-office') => ({ actor: actor(userId), taskKey });
const decide = (userId: string, verdict: TaskVerdict = 'approve', comment?: string): DecideTaskCommand => ({
  actor: actor(userId),
  taskKey: 'r1-org-office',
  verdict,
  comment,
});
const delegation = delegationFixture;

describe('personal and group tasks', () => {
  it('one assignee makes a personal task, held by that assignee without a claim', () => {
    expect(isGroupTask(personal())).toBe(false);
    expect(taskHolder(personal())).toBe('U-A');
  });

  it('several assignees make a group task nobody holds until one claims it', () => {
    expect(isGroupTask(group())).toBe(true);
    expect(taskHolder(group())).toBeNull();
    expect(taskHolder(group({ claimedBy: 'U-B' }))).toBe('U-B');
  });
});

describe('claiming a group task', () => {
  it('lets an assignee claim an unclaimed group task', () => {
    expect(checkClaim(group(), claim('U-B'))).toEqual({ ok: true });
  });

  it.each([
    ['a user who is not an assignee', group(), 'U-Z', 'not_assignee'],
    [
      'an assignee when someone else already claimed it',
      group({ claimedBy: 'U-A' }),
      'U-B',
      'claimed_by_other',
    ],
    ['the holder claiming again', group({ claimedBy: 'U-B' }), 'U-B', 'invalid'],
    ['the assignee of a personal task', personal(), 'U-A', 'invalid'],
    ['anyone on a personal task of somebody else', personal(), 'U-B', 'not_assignee'],
  ])('refuses %s', (_case, t, userId, code) => {
    expect(checkClaim(t, claim(userId))).toMatchObject({ ok: false, code, message: expect.any(String) });
  });

  it('names who holds it and who it is for, for the API to say in the user’s language', () => {
    expect(checkClaim(group({ claimedBy: 'U-A' }), claim('U-B'))).toMatchObject({
      code: 'claimed_by_other',
      params: { claimedBy: 'U-A' },
    });
    expect(checkClaim(group(), claim('U-Z'))).toMatchObject({
      code: 'not_assignee',
      params: { assignees: group().assigneeIds },
    });
  });

  it('lets a decision task that escalation turned into a group task be claimed', () => {
    expect(checkClaim(group({ kind: 'decision', key: 'decision' }), claim('U-B', 'decision'))).toEqual({
      ok: true,
    });
  });

  it.each(['conference', 'exception', 'revision', 'self_assessment'] as const)(
    'refuses to claim a %s task, which all its assignees hold together',
    (kind) => {
      expect(checkClaim(group({ kind, key: kind }), claim('U-B', kind))).toMatchObject({
        ok: false,
        code: 'invalid',
      });
      expect(isClaimable(group({ kind }))).toBe(false);
    },
  );

  it('names who holds the task when refusing a claim', () => {
    expect(checkClaim(group({ claimedBy: 'U-A' }), claim('U-B'))).toMatchObject({
      message: expect.stringContaining('U-A'),
    });
  });

  it('lets the holder give the task back, and nobody else', () => {
    const held = group({ claimedBy: 'U-A' });
    expect(checkUnclaim(held, claim('U-A'))).toEqual({ ok: true });
    expect(checkUnclaim(held, claim('U-B'))).toMatchObject({ ok: false, code: 'claimed_by_other' });
    expect(checkUnclaim(held, claim('U-Z'))).toMatchObject({ ok: false, code: 'claimed_by_other' });
  });

  it('refuses to unclaim a task nobody holds', () => {
    expect(checkUnclaim(group(), claim('U-A'))).toMatchObject({ ok: false, code: 'not_claimed' });
    expect(checkUnclaim(personal(), claim('U-A'))).toMatchObject({ ok: false, code: 'not_claimed' });
  });

  it('withClaim sets and clears the holder without touching the task it is given', () => {
    const original = group();
    const held = withClaim(original, 'U-C');
    expect(held.claimedBy).toBe('U-C');
    expect(taskHolder(held)).toBe('U-C');
    expect(original.claimedBy).toBeNull();
    expect(withClaim(held, null).claimedBy).toBeNull();
  });
});

describe('refusing commands on a task that is not open', () => {
  it.each([
    ['claim', (t: ProcedureTask | undefined) => checkClaim(t, claim('U-B'))],
    ['unclaim', (t: ProcedureTask | undefined) => checkUnclaim(t, claim('U-B'))],
    ['decide', (t: ProcedureTask | undefined) => checkDecideTask(t, decide('U-B'), TODAY)],
    [
      'delegate',
      (t: ProcedureTask | undefined) =>
        checkDelegate(
          t,
          { ...claim('U-B'), toUserId: 'U-S', validFrom: TODAY, validUntil: TODAY, reason: 'Ốm' },
          TODAY,
          () => false,
        ),
    ],
  ])('%s', (_command, check) => {
    const held = { claimedBy: 'U-B' };
    expect(check(undefined)).toMatchObject({
      ok: false,
      code: 'unknown_task',
      message: expect.stringContaining('r1-org-office'),
    });
    expect(check(group({ ...held, status: 'waiting' }))).toMatchObject({ ok: false, code: 'wrong_stage' });
    expect(check(group({ ...held, status: 'done', outcome: 'approve' }))).toMatchObject({
      ok: false,
      code: 'task_closed',
      message: expect.stringContaining('done'),
    });
    expect(check(group({ ...held, status: 'cancelled' }))).toMatchObject({ ok: false, code: 'task_closed' });
  });
});

describe('deciding a sign-off task', () => {
  it('lets the assignee of a personal task decide it', () => {
    expect(checkDecideTask(personal(), decide('U-A'), TODAY)).toEqual({ ok: true });
    expect(mayDecide(personal(), 'U-A', TODAY)).toBe(true);
  });

  it('lets the holder of a group task decide it', () => {
    expect(checkDecideTask(group({ claimedBy: 'U-B' }), decide('U-B'), TODAY)).toEqual({ ok: true });
  });

  it('refuses a group assignee who has not claimed the task', () => {
    expect(checkDecideTask(group(), decide('U-B'), TODAY)).toMatchObject({ ok: false, code: 'not_claimed' });
    expect(mayDecide(group(), 'U-B', TODAY)).toBe(false);
  });

  it('refuses an assignee when another holds the task', () => {
    expect(checkDecideTask(group({ claimedBy: 'U-A' }), decide('U-B'), TODAY)).toMatchObject({
      ok: false,
      code: 'claimed_by_other',
      message: expect.stringContaining('U-A'),
    });
  });

  it('refuses someone who is neither holder nor stand-in', () => {
    expect(checkDecideTask(personal(), decide('U-Z'), TODAY)).toMatchObject({
      ok: false,
      code: 'not_assignee',
    });
    expect(checkDecideTask(group({ claimedBy: 'U-A' }), decide('U-Z'), TODAY)).toMatchObject({
      ok: false,
      code: 'not_assignee',
    });
  });

  it.each(['reject', 'return'] as const)('refuses a %s without a comment saying why', (verdict) => {
    for (const comment of [undefined, '', '   \n']) {
      expect(checkDecideTask(personal(), decide('U-A', verdict, comment), TODAY)).toMatchObject({
        ok: false,
        code: 'invalid',
        message: expect.stringContaining(verdict),
      });
    }
    expect(
      checkDecideTask(personal(), decide('U-A', verdict, 'Hồ sơ thiếu giấy khám sức khỏe'), TODAY),
    ).toEqual({
      ok: true,
    });
  });

  it('accepts an approval without a comment', () => {
    expect(checkDecideTask(personal(), decide('U-A', 'approve', ''), TODAY)).toEqual({ ok: true });
  });

  it('refuses an unknown verdict', () => {
    expect(checkDecideTask(personal(), decide('U-A', 'maybe' as TaskVerdict), TODAY)).toMatchObject({
      ok: false,
      code: 'invalid',
    });
  });

  it.each(['decision', 'revision', 'exception', 'conference'] as const)(
    'refuses a verdict on a %s task',
    (kind) => {
      expect(checkDecideTask(personal({ kind, key: kind }), decide('U-A'), TODAY)).toMatchObject({
        ok: false,
        code: 'wrong_stage',
      });
    },
  );

  describe('a dismissal proposal (a confidence vote’s ≥ 2/3 low, QĐ 96)', () => {
    const dismissal = () => personal({ kind: 'dismissal_proposal', key: 'dismissal-CB-1' });
    const decideDismissal = (verdict: TaskVerdict, comment?: string): DecideTaskCommand => ({
      ...decide('U-A', verdict, comment),
      taskKey: 'dismissal-CB-1',
    });

    it.each(['approve', 'reject'] as const)('is decided %s only with the reason', (verdict) => {
      expect(checkDecideTask(dismissal(), decideDismissal(verdict), TODAY)).toMatchObject({
        ok: false,
        code: 'invalid',
      });
      expect(
        checkDecideTask(dismissal(), decideDismissal(verdict, 'Tập thể đã xem xét kết quả'), TODAY),
      ).toEqual({ ok: true });
    });

    it('cannot be returned: the collective accepts or rejects it', () => {
      expect(checkDecideTask(dismissal(), decideDismissal('return', 'xem lại'), TODAY)).toMatchObject({
        ok: false,
        code: 'invalid',
        message: 'verdict must be approve, reject',
      });
    });
  });

  describe('by a stand-in', () => {
    const delegated = (
      from: string,
      validFrom: string,
      validUntil: string,
      claimedBy: string | null = null,
    ) => group({ claimedBy, delegations: [delegation(from, 'U-S', validFrom, validUntil)] });

    it.each([
      ['on the first day of the window', '2026-01-14', '2026-01-16'],
      ['on the last day of the window', '2026-01-12', '2026-01-14'],
      ['within a one-day window', '2026-01-14', '2026-01-14'],
    ])('may decide %s (both ends inclusive)', (_case, from, until) => {
      const t = delegated('U-A', from, until, 'U-A');
      expect(activeDelegates(t, TODAY)).toEqual(['U-S']);
      expect(mayDecide(t, 'U-S', TODAY)).toBe(true);
      expect(checkDecideTask(t, decide('U-S'), TODAY)).toEqual({ ok: true });
    });

    it.each([
      ['before the window opens', '2026-01-15', '2026-01-20'],
      ['after the window closed', '2026-01-05', '2026-01-13'],
    ])('may not decide %s', (_case, from, until) => {
      const t = delegated('U-A', from, until, 'U-A');
      expect(activeDelegates(t, TODAY)).toEqual([]);
      expect(checkDecideTask(t, decide('U-S'), TODAY)).toMatchObject({ ok: false, code: 'not_assignee' });
    });

    it('may decide a personal task for its assignee', () => {
      const t = personal({ delegations: [delegation('U-A', 'U-S', TODAY, TODAY)] });
      expect(checkDecideTask(t, decide('U-S'), TODAY)).toEqual({ ok: true });
    });

    it('the holder keeps the right to decide while a stand-in is named', () => {
      const t = delegated('U-A', TODAY, TODAY, 'U-A');
      expect(checkDecideTask(t, decide('U-A'), TODAY)).toEqual({ ok: true });
    });

    it('is not empowered by someone who gave the task back and no longer holds it', () => {
      // U-A claimed, named U-S, then unclaimed; U-B claimed it since.
      const t = delegated('U-A', '2026-01-10', '2026-01-20', 'U-B');
      expect(activeDelegates(t, TODAY)).toEqual([]);
      expect(mayDecide(t, 'U-S', TODAY)).toBe(false);
      expect(checkDecideTask(t, decide('U-S'), TODAY)).toMatchObject({ ok: false, code: 'not_assignee' });
      expect(checkDecideTask(withClaim(t, null), decide('U-S'), TODAY)).toMatchObject({
        ok: false,
        code: 'not_assignee',
      });
    });

    it('is empowered by the current holder even when an earlier holder named someone else', () => {
      const t = withDelegation(delegated('U-A', '2026-01-10', '2026-01-20', 'U-B'), {
        ...delegation('U-B', 'U-T', TODAY, TODAY),
      });
      expect(activeDelegates(t, TODAY)).toEqual(['U-T']);
      expect(mayDecide(t, 'U-T', TODAY)).toBe(true);
      expect(mayDecide(t, 'U-S', TODAY)).toBe(false);
    });

    it('is not empowered by a window named for another stand-in', () => {
      const t = withDelegation(
        delegated('U-A', '2026-01-01', '2026-01-05', 'U-A'),
        delegation('U-A', 'U-T', TODAY, TODAY),
      );
      expect(mayDecide(t, 'U-T', TODAY)).toBe(true);
      expect(mayDecide(t, 'U-S', TODAY)).toBe(false);
    });

    it('still has to give a reason to reject', () => {
      const t = delegated('U-A', TODAY, TODAY, 'U-A');
      expect(checkDecideTask(t, decide('U-S', 'reject'), TODAY)).toMatchObject({
        ok: false,
        code: 'invalid',
      });
    });
  });
});

describe('closing a task', () => {
  it('completed records the outcome, who, when and why', () => {
    const t = completed(
      group({ claimedBy: 'U-B' }),
      'return',
      'U-B',
      '2026-01-14T03:00:00.000Z',
      'Bổ sung hồ sơ',
    );
    expect(t).toMatchObject({
      status: 'done',
      outcome: 'return',
      completedBy: 'U-B',
      completedAt: '2026-01-14T03:00:00.000Z',
      comment: 'Bổ sung hồ sơ',
    });
    expect(checkDecideTask(t, decide('U-B'), TODAY)).toMatchObject({ ok: false, code: 'task_closed' });
  });

  it('cancelled closes the task without an outcome', () => {
    const t = cancelled(personal(), '2026-01-14T03:00:00.000Z');
    expect(t).toMatchObject({ status: 'cancelled', outcome: null, completedAt: '2026-01-14T03:00:00.000Z' });
    expect(checkDecideTask(t, decide('U-A'), TODAY)).toMatchObject({ ok: false, code: 'task_closed' });
  });
});

describe('own case', () => {
  const candidates = ['CB-0001', 'CB-0002'];

  it('the proposer may not act on the case', () => {
    expect(isOwnCase(actor('U-HR'), 'U-HR', candidates)).toBe(true);
  });

  it('a user linked to any candidate cadre may not act on the case', () => {
    expect(isOwnCase(actor('U-X', 'CB-0002'), 'U-HR', candidates)).toBe(true);
  });

  it('anyone else may, linked to a cadre or not', () => {
    expect(isOwnCase(actor('U-X', 'CB-0009'), 'U-HR', candidates)).toBe(false);
    expect(isOwnCase(actor('U-X'), 'U-HR', candidates)).toBe(false);
  });

  it('a user id that happens to equal a candidate code is not linked to that cadre', () => {
    expect(isOwnCase(actor('CB-0001'), 'U-HR', candidates)).toBe(false);
  });
});
