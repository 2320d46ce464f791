import { TASK_STATUSES, type Delegation, type ProcedureTask, type TaskStatus } from '@personnel/contracts';
import { taskRelation } from '@personnel/domain';
import { recordProcedureStep } from '../src/journal';
import { InboxQueries } from '../src/procedures';
import { createTestDatabase, procedureStepInput, procedureTask, type TestDatabase } from '../src/testing';

/** A calendar day in Vietnam, `days` from today. */
function vnDay(days: number): string {
  return new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}
const delegation = (from: string, to: string, fromDay: number, untilDay: number): Delegation => ({
  from,
  to,
  validFrom: vnDay(fromDay),
  validUntil: vnDay(untilDay),
  reason: 'công tác',
  at: '2026-01-01T00:00:00.000Z',
});

/** Every state a task can be in, as the workflow kit writes them. */
const TASKS: ProcedureTask[] = [
  procedureTask({ key: 'personal', assigneeIds: ['A'] }),
  procedureTask({ key: 'group-unclaimed', assigneeIds: ['A', 'B'] }),
  procedureTask({ key: 'decision-unclaimed', kind: 'decision', assigneeIds: ['A', 'B'] }),
  procedureTask({ key: 'claimed-by-a', assigneeIds: ['A', 'B'], claimedBy: 'A' }),
  procedureTask({
    key: 'stand-in-named-by-holder',
    assigneeIds: ['A', 'B'],
    claimedBy: 'A',
    delegations: [delegation('A', 'D', 0, 3)],
  }),
  procedureTask({
    key: 'stand-in-window-ended',
    assigneeIds: ['C'],
    delegations: [delegation('C', 'E', -5, -1)],
  }),
  procedureTask({
    key: 'stand-in-from-tomorrow',
    assigneeIds: ['C'],
    delegations: [delegation('C', 'E', 1, 5)],
  }),
  procedureTask({ key: 'stand-in-personal', assigneeIds: ['C'], delegations: [delegation('C', 'F', -1, 1)] }),
  procedureTask({
    key: 'stand-in-named-by-non-holder',
    assigneeIds: ['C'],
    delegations: [delegation('X', 'F', 0, 0)],
  }),
  // A claimed, named D, then unclaimed: D's delegation is stale.
  procedureTask({
    key: 'stale-after-unclaim',
    assigneeIds: ['A', 'B'],
    delegations: [delegation('A', 'D', 0, 3)],
  }),
  // ... and then B claimed it: still stale, B named nobody.
  procedureTask({
    key: 'reclaimed-by-other',
    assigneeIds: ['A', 'B'],
    claimedBy: 'B',
    delegations: [delegation('A', 'D', 0, 3)],
  }),
  procedureTask({
    key: 'reclaimed-and-named',
    assigneeIds: ['A', 'B'],
    claimedBy: 'B',
    delegations: [delegation('A', 'D', 0, 3), delegation('B', 'E', 0, 3)],
  }),
  procedureTask({ key: 'conference', kind: 'conference', assigneeIds: ['G', 'H'] }),
  procedureTask({ key: 'exception', kind: 'exception', assigneeIds: ['A', 'G'] }),
  procedureTask({ key: 'personal-conference', kind: 'conference', assigneeIds: ['H'] }),
  procedureTask({ key: 'waiting', assigneeIds: ['A'], status: 'waiting' }),
  procedureTask({ key: 'waiting-group', assigneeIds: ['A', 'B'], status: 'waiting' }),
  procedureTask({ key: 'done', assigneeIds: ['A', 'B'], claimedBy: 'B', status: 'done', outcome: 'approve' }),
  procedureTask({ key: 'cancelled', assigneeIds: ['A', 'B'], status: 'cancelled' }),
  procedureTask({
    key: 'cancelled-delegated',
    assigneeIds: ['C'],
    status: 'cancelled',
    delegations: [delegation('C', 'D', 0, 0)],
  }),
];
const USERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'X', 'Z'];
const MINE = new Set(['claimed_by_me', 'assigned', 'delegated_to_me']);

describe("the inbox SQL and the domain's task rule agree on every task state (real Postgres)", () => {
  let db: TestDatabase;
  let inbox: InboxQueries;
  beforeAll(async () => {
    db = await createTestDatabase('task_rule_sql');
    inbox = new InboxQueries(db.dataSource);
    await recordProcedureStep(
      db.dataSource,
      procedureStepInput({ workflowId: 'rotation/PIN/1', tasks: TASKS }),
    );
  });
  afterAll(() => db.drop());

  const sqlKeys = async (userId: string, scope: 'mine' | 'claimable', status: TaskStatus) =>
    (await inbox.list({ userId, scope, status, limit: 100, offset: 0 })).items.map((t) => t.taskKey).sort();
  const ruleKeys = (userId: string, scope: 'mine' | 'claimable', status: TaskStatus) =>
    TASKS.filter((t) => t.status === status)
      .filter((t) => {
        const relation = taskRelation(t, userId, vnDay(0));
        return scope === 'mine' ? MINE.has(relation) : relation === 'claimable';
      })
      .map((t) => t.key)
      .sort();

  it.each(USERS)('for user %s', async (userId) => {
    for (const status of TASK_STATUSES)
      for (const scope of ['mine', 'claimable'] as const)
        expect({ scope, status, keys: await sqlKeys(userId, scope, status) }).toEqual({
          scope,
          status,
          keys: ruleKeys(userId, scope, status),
        });
  });

  it('covers the states that used to disagree: a stand-in counts only when the current holder named them', async () => {
    expect(await sqlKeys('D', 'mine', 'open')).toEqual(['stand-in-named-by-holder']);
    expect(await sqlKeys('E', 'mine', 'open')).toEqual(['reclaimed-and-named']);
    expect(await sqlKeys('F', 'mine', 'open')).toEqual(['stand-in-personal']);
    expect(await sqlKeys('A', 'claimable', 'open')).toEqual([
      'decision-unclaimed',
      'group-unclaimed',
      'stale-after-unclaim',
    ]);
  });
});
