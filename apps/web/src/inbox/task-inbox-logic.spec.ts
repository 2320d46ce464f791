import { describe, expect, it } from 'vitest';
import { task } from '../test/appointment-fixtures';
import {
  bulkApprovable,
  keepSelection,
  newlyMine,
  parseTaskFilters,
  sortTasks,
  taskId,
  taskQuery,
  taskSearchParams,
  urgency,
} from './task-inbox-logic';

const NOW = Date.parse('2026-12-01T03:00:00.000Z');

describe('the procedure inbox', () => {
  it('keeps its filters in the URL, defaults left out', () => {
    const filters = parseTaskFilters(
      new URLSearchParams('scope=claimable&kind=decision&overdue=true&page=3'),
    );
    expect(filters).toEqual({ scope: 'claimable', kind: 'decision', overdueOnly: true, page: 3 });
    expect(taskSearchParams(filters).toString()).toBe('scope=claimable&kind=decision&overdue=true&page=3');
    expect(parseTaskFilters(new URLSearchParams('scope=nonsense&kind=x&page=-2'))).toEqual({
      scope: 'mine',
      kind: undefined,
      overdueOnly: false,
      page: 1,
    });
    expect(taskSearchParams(parseTaskFilters(new URLSearchParams())).toString()).toBe('');
  });

  it('asks for open tasks of my scopes, every task of "all", a page at a time', () => {
    expect(taskQuery({ scope: 'mine', overdueOnly: true, page: 2 })).toEqual({
      scope: 'mine',
      status: 'open',
      overdue: true,
      limit: 20,
      offset: 20,
    });
    expect(taskQuery({ scope: 'all', kind: 'sign_off', overdueOnly: false, page: 1 })).toEqual({
      scope: 'all',
      kind: 'sign_off',
      limit: 20,
      offset: 0,
    });
  });

  it('puts overdue first, then the soonest due, then tasks without a deadline, finished last', () => {
    const later = task({ taskKey: 'later', dueAt: '2026-12-20T00:00:00.000Z' });
    const soon = task({ taskKey: 'soon', dueAt: '2026-12-02T00:00:00.000Z' });
    const late = task({ taskKey: 'late', dueAt: '2026-11-30T00:00:00.000Z', overdue: true });
    const pastButNotFlagged = task({ taskKey: 'past', dueAt: '2026-12-01T02:00:00.000Z' });
    const none = task({ taskKey: 'none', dueAt: null });
    const done = task({ taskKey: 'done', status: 'done', dueAt: '2026-11-01T00:00:00.000Z', overdue: true });
    const sorted = sortTasks([none, done, later, soon, pastButNotFlagged, late], NOW).map((t) => t.taskKey);
    expect(sorted).toEqual(['late', 'past', 'soon', 'later', 'none', 'done']);
    expect(urgency(soon, NOW)).toBe('due_soon');
    expect(urgency(later, NOW)).toBe('later');
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
