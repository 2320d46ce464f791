import type { ProcedureTask, TaskAction, TaskRelation } from '@personnel/contracts';
import { delegationFixture, taskFixture, TODAY } from './task-fixtures';
import { mayAct, taskActions, taskRelation } from './task-rule';

const window = (from: string, to: string, validFrom = TODAY, validUntil = TODAY) =>
  delegationFixture(from, to, validFrom, validUntil);
const task = (overrides: Partial<ProcedureTask>) =>
  taskFixture({ assigneeIds: ['U-A', 'U-B'], ...overrides });

describe('who may act on a task (the one rule)', () => {
  const cases: [string, ProcedureTask, string, TaskRelation, TaskAction[]][] = [
    [
      'the assignee of a personal sign-off',
      task({ assigneeIds: ['U-A'] }),
      'U-A',
      'assigned',
      ['approve', 'reject', 'return', 'delegate'],
    ],
    ['an assignee of an unclaimed group sign-off', task({}), 'U-A', 'claimable', ['claim']],
    [
      'the claimer of a group sign-off',
      task({ claimedBy: 'U-A' }),
      'U-A',
      'claimed_by_me',
      ['unclaim', 'approve', 'reject', 'return', 'delegate'],
    ],
    ['another assignee once it is claimed', task({ claimedBy: 'U-A' }), 'U-B', 'other', []],
    [
      'a stand-in the claimer named for today',
      task({ claimedBy: 'U-A', delegations: [window('U-A', 'U-S')] }),
      'U-S',
      'delegated_to_me',
      ['approve', 'reject', 'return'],
    ],
    [
      'a stand-in whose window has ended',
      task({ claimedBy: 'U-A', delegations: [window('U-A', 'U-S', '2026-01-01', '2026-01-13')] }),
      'U-S',
      'other',
      [],
    ],
    [
      'a stand-in named before the namer gave the task back',
      task({ delegations: [window('U-A', 'U-S')] }),
      'U-S',
      'other',
      [],
    ],
    [
      'a stand-in named by an earlier claimer, now claimed by another',
      task({ claimedBy: 'U-B', delegations: [window('U-A', 'U-S')] }),
      'U-S',
      'other',
      [],
    ],
    [
      'a stand-in of the personal assignee',
      task({ assigneeIds: ['U-A'], delegations: [window('U-A', 'U-S')] }),
      'U-S',
      'delegated_to_me',
      ['approve', 'reject', 'return'],
    ],
    [
      'the secretary of a conference held together',
      task({ kind: 'conference', key: 'conference-1' }),
      'U-B',
      'assigned',
      ['act'],
    ],
    [
      'a leader named for an exception',
      task({ kind: 'exception', key: 'exception' }),
      'U-A',
      'assigned',
      ['act'],
    ],
    [
      'the signer of the decision',
      task({ kind: 'decision', key: 'decision', assigneeIds: ['U-A'] }),
      'U-A',
      'assigned',
      ['act', 'delegate'],
    ],
    [
      'the escalated level on a decision nobody claimed',
      task({ kind: 'decision', key: 'decision' }),
      'U-B',
      'claimable',
      ['claim'],
    ],
    ['someone not on the task', task({ assigneeIds: ['U-A'] }), 'U-Z', 'other', []],
  ];

  it.each(cases)('%s', (_case, t, user, relation, actions) => {
    expect(taskRelation(t, user, TODAY)).toBe(relation);
    expect(taskActions(t, user, TODAY, false)).toEqual(actions);
  });

  it('offers accept (approve) and reject on a dismissal proposal, never return', () => {
    const t = taskFixture({ kind: 'dismissal_proposal', key: 'dismissal-CB-1' });
    expect(taskActions(t, 'U-A', TODAY, false)).toEqual(['approve', 'reject']);
  });

  it('offers nothing on a task that is not open, or on the user’s own case', () => {
    const mine = task({ assigneeIds: ['U-A'] });
    expect(taskActions({ ...mine, status: 'waiting' }, 'U-A', TODAY, false)).toEqual([]);
    expect(taskActions({ ...mine, status: 'done' }, 'U-A', TODAY, false)).toEqual([]);
    expect(taskActions(mine, 'U-A', TODAY, true)).toEqual([]);
  });

  it('lets the proposer act on their own work: the revision they were returned, a plan’s composition', () => {
    const revision = taskFixture({ kind: 'revision', key: 'compose-1', assigneeIds: ['U-A'] });
    expect(taskActions(revision, 'U-A', TODAY, true)).toEqual(['act']);
    expect(taskActions({ ...revision, kind: 'decision' }, 'U-A', TODAY, true)).toEqual([]);
  });

  it('keeps the relation of a closed task for the history, but not the claim', () => {
    expect(taskRelation(task({ status: 'done' }), 'U-A', TODAY)).toBe('other');
    expect(taskRelation(task({ status: 'done', claimedBy: 'U-A' }), 'U-A', TODAY)).toBe('claimed_by_me');
  });
});

describe('mayAct: acting on a task of any kind agrees with the relation', () => {
  const kinds = ['sign_off', 'decision', 'evaluation', 'hand_over', 'end_of_term', 'conference'] as const;
  const shapes: Partial<ProcedureTask>[] = [
    { assigneeIds: ['U-A'] },
    { assigneeIds: ['U-A', 'U-B'] },
    { assigneeIds: ['U-A', 'U-B'], claimedBy: 'U-A' },
    { assigneeIds: ['U-A'], delegations: [window('U-A', 'U-S')] },
  ];
  it.each(kinds)(
    '%s: whoever the relation makes assigned, claimer or stand-in may act, nobody else',
    (kind) => {
      for (const shape of shapes)
        for (const user of ['U-A', 'U-B', 'U-S', 'U-X']) {
          const t = task({ kind, ...shape });
          const relation = taskRelation(t, user, TODAY);
          expect([user, shape, mayAct(t, user, TODAY)]).toEqual([
            user,
            shape,
            relation !== 'other' && relation !== 'claimable',
          ]);
        }
    },
  );

  it('lets each evaluator of a task held together act, and no one outside it', () => {
    const evaluation = task({ kind: 'evaluation', assigneeIds: ['U-QA1', 'U-QA2'] });
    expect(mayAct(evaluation, 'U-QA2', TODAY)).toBe(true);
    expect(mayAct(evaluation, 'U-BT', TODAY)).toBe(false);
  });
});
