import { describe, expect, it } from 'vitest';
import { task } from '../test/appointment-fixtures';
import {
  bulkApprovable,
  keepSelection,
  newlyMine,
  countsQuery,
  parseTaskFilters,
  taskId,
  taskQuery,
  taskSearchParams,
  urgency,
} from './task-inbox-logic';

const NOW = Date.parse('2026-12-01T03:00:00.000Z');

describe('the procedure inbox', () => {
  it('keeps its filters in the URL, defaults left out', () => {
    const filters = parseTaskFilters(
      new URLSearchParams('scope=claimable&kind=decision&overdue=true&q=nguyen&sort=priority&page=3'),
    );
    expect(filters).toEqual({
      scope: 'claimable',
      kind: 'decision',
      overdueOnly: true,
      q: 'nguyen',
      sort: 'priority',
      page: 3,
    });
    expect(taskSearchParams(filters).toString()).toBe(
      'scope=claimable&kind=decision&overdue=true&q=nguyen&sort=priority&page=3',
    );
    expect(parseTaskFilters(new URLSearchParams('scope=nonsense&kind=x&sort=random&page=-2'))).toEqual({
      scope: 'mine',
      kind: undefined,
      overdueOnly: false,
      q: '',
      sort: 'urgency',
      page: 1,
    });
    expect(parseTaskFilters(new URLSearchParams('scope=done')).scope).toBe('done');
    expect(taskSearchParams(parseTaskFilters(new URLSearchParams())).toString()).toBe('');
  });

  it('asks the API for open tasks of a tab, sorted and searched on the server, a page at a time', () => {
    const base = { overdueOnly: false, q: '', sort: 'urgency' as const };
    expect(taskQuery({ ...base, scope: 'mine', overdueOnly: true, page: 2 })).toEqual({
      scope: 'mine',
      status: 'open',
      overdue: true,
      limit: 20,
      offset: 20,
    });
    expect(
      taskQuery({ ...base, scope: 'all', kind: 'sign_off', q: ' chủ tịch ', sort: 'created', page: 1 }),
    ).toEqual({
      scope: 'all',
      status: 'open',
      kind: 'sign_off',
      q: 'chủ tịch',
      sort: 'created',
      limit: 20,
      offset: 0,
    });
    // The done tab holds finished tasks: no status filter, the API answers those I finished.
    expect(taskQuery({ ...base, scope: 'done', page: 1 })).toEqual({ scope: 'done', limit: 20, offset: 0 });
    // The counts on the tabs follow the same narrowing, without the tab and the page.
    expect(countsQuery({ ...base, scope: 'claimable', kind: 'decision', q: 'x', page: 4 })).toEqual({
      kind: 'decision',
      q: 'x',
    });
  });

  it('tells overdue, due soon, later and no deadline apart', () => {
    expect(urgency(task({ dueAt: '2026-12-02T00:00:00.000Z' }), NOW)).toBe('due_soon');
    expect(urgency(task({ dueAt: '2026-12-20T00:00:00.000Z' }), NOW)).toBe('later');
    expect(urgency(task({ dueAt: '2026-12-01T02:00:00.000Z' }), NOW)).toBe('overdue');
    expect(urgency(task({ dueAt: null }), NOW)).toBe('no_deadline');
    expect(urgency(task({ status: 'done', overdue: true }), NOW)).toBe('closed');
  });

  it('lets bulk approval take the sign-offs the API lets me approve as their holder, nothing else', () => {
    const DECIDE = ['approve', 'reject', 'return'] as const;
    expect(bulkApprovable(task())).toBe(true);
    expect(
      bulkApprovable(task({ relation: 'claimed_by_me', actions: ['unclaim', ...DECIDE, 'delegate'] })),
    ).toBe(true);
    // A group task still to claim: the API answers only "claim".
    expect(
      bulkApprovable(
        task({ relation: 'claimable', assigneeIds: ['U-TCNV-01', 'U-PBT-01'], actions: ['claim'] }),
      ),
    ).toBe(false);
    // A stand-in decides one task at a time, looked at.
    expect(bulkApprovable(task({ relation: 'delegated_to_me', actions: [...DECIDE] }))).toBe(false);
    expect(bulkApprovable(task({ relation: 'other', actions: [] }))).toBe(false);
    expect(bulkApprovable(task({ kind: 'decision', actions: ['act', 'delegate'] }))).toBe(false);
    expect(bulkApprovable(task({ kind: 'exception', actions: ['act'] }))).toBe(false);
    expect(bulkApprovable(task({ status: 'done', actions: [] }))).toBe(false);
    expect(bulkApprovable(task({ status: 'waiting', actions: [] }))).toBe(false);
  });

  it('keeps only what may still be approved in the selection after a refresh', () => {
    const a = task({ taskKey: 'a' });
    const b = task({ taskKey: 'b', relation: 'claimable', assigneeIds: ['x', 'y'], actions: ['claim'] });
    const selection = keepSelection(new Set([taskId(a), taskId(b), 'gone#x']), [a, b]);
    expect([...selection]).toEqual([taskId(a)]);
  });

  it('announces only tasks new since the last poll that I can act on', () => {
    const a = task({ taskKey: 'a' });
    const b = task({ taskKey: 'b' });
    const c = task({ taskKey: 'c', relation: 'other' });
    expect(newlyMine(undefined, [a])).toEqual([]);
    expect(newlyMine([a], [a, b, c]).map((t) => t.taskKey)).toEqual(['b']);
  });
});
