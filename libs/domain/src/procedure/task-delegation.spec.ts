import type { DelegateTaskCommand } from '@personnel/contracts';
import { checkDelegate, withDelegation } from './task-board';
import {
  actorFixture as actor,
  delegationFixture as delegation,
  groupTask as group,
  personalTask as personal,
  TODAY,
} from './task-fixtures';

describe('delegating a task', () => {
  const command = (userId: string, overrides: Partial<DelegateTaskCommand> = {}): DelegateTaskCommand => ({
    actor: actor(userId),
    taskKey: 'r1-org-office',
    toUserId: 'U-S',
    validFrom: TODAY,
    validUntil: '2026-01-16',
    reason: 'Đi học lớp bồi dưỡng',
    ...overrides,
  });
  const notOwnCase = () => false;

  it('lets the holder name a stand-in for a window', () => {
    expect(checkDelegate(personal(), command('U-A'), TODAY, notOwnCase)).toEqual({ ok: true });
    expect(checkDelegate(group({ claimedBy: 'U-B' }), command('U-B'), TODAY, notOwnCase)).toEqual({
      ok: true,
    });
  });

  it('accepts a window that began earlier and is still running', () => {
    expect(
      checkDelegate(
        personal(),
        command('U-A', { validFrom: '2026-01-01', validUntil: TODAY }),
        TODAY,
        notOwnCase,
      ),
    ).toEqual({ ok: true });
  });

  it.each([
    ['an unclaimed group task', group(), 'U-B', {}, 'not_claimed'],
    ['a group task someone else holds', group({ claimedBy: 'U-A' }), 'U-B', {}, 'not_assignee'],
    ['a personal task of someone else', personal(), 'U-B', {}, 'not_assignee'],
    ['to oneself', personal(), 'U-A', { toUserId: 'U-A' }, 'invalid'],
    ['to nobody', personal(), 'U-A', { toUserId: '' }, 'invalid'],
    ['with a malformed date', personal(), 'U-A', { validUntil: '2026-02-30' }, 'invalid'],
    [
      'with the window reversed',
      personal(),
      'U-A',
      { validFrom: '2026-01-16', validUntil: TODAY },
      'invalid',
    ],
    [
      'with a window already over',
      personal(),
      'U-A',
      { validFrom: '2026-01-12', validUntil: '2026-01-13' },
      'invalid',
    ],
    ['without a reason', personal(), 'U-A', { reason: '  ' }, 'invalid'],
  ])('refuses delegating %s', (_case, t, userId, overrides, code) => {
    expect(checkDelegate(t, command(userId, overrides), TODAY, notOwnCase)).toMatchObject({
      ok: false,
      code,
    });
  });

  it('refuses a stand-in who may not act on their own case', () => {
    const ownCase = (userId: string) => userId === 'U-S';
    expect(checkDelegate(personal(), command('U-A'), TODAY, ownCase)).toMatchObject({
      ok: false,
      code: 'own_case',
      message: expect.stringContaining('U-S'),
    });
  });

  it('withDelegation appends without touching the task it is given', () => {
    const original = personal();
    const d = delegation('U-A', 'U-S', TODAY, TODAY);
    const next = withDelegation(original, d);
    expect(next.delegations).toEqual([d]);
    expect(original.delegations).toEqual([]);
  });
});
