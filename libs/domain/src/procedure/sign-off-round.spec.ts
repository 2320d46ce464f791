import type { ProcedureTask, SignOffStepInput, TaskOutcome } from '@personnel/contracts';
import { TaskKeys } from '@personnel/contracts';
import {
  newTask,
  nextWaiting,
  openSignOffRound,
  opened,
  roundOutcome,
  roundTaskKeys,
  type TaskTiming,
} from './sign-off-round';
import { cancelled, completed } from './task-board';

const steps: SignOffStepInput[] = [
  { key: 'org-office', label: 'Cơ quan Tổ chức - Nội vụ thẩm định', assigneeIds: ['U-TCNV-1', 'U-TCNV-2'] },
  { key: 'deputy', label: 'Phó Chủ tịch cho ý kiến', assigneeIds: ['U-PCT'] },
  { key: 'secretary', label: 'Bí thư cho ý kiến', assigneeIds: ['U-BT'], escalateToId: 'U-BT-2' },
];
const timing: TaskTiming = { dueAt: '2026-01-23T10:00:00.000Z', remindAt: '2026-01-21T01:00:00.000Z' };
const later: TaskTiming = { dueAt: '2026-02-06T10:00:00.000Z', remindAt: '2026-02-04T01:00:00.000Z' };
const at = '2026-01-14T03:00:00.000Z';

const decided = (task: ProcedureTask, outcome: TaskOutcome, comment: string | null = null) =>
  completed(task, outcome, task.assigneeIds[0], at, comment);

describe('a new task', () => {
  it('starts open with its due and reminder times, unclaimed and undecided', () => {
    expect(newTask('decision', 'decision', 'Ký quyết định', ['U-CT'], true, timing)).toEqual({
      key: 'decision',
      kind: 'decision',
      label: 'Ký quyết định',
      assigneeIds: ['U-CT'],
      claimedBy: null,
      delegations: [],
      status: 'open',
      dueAt: timing.dueAt,
      remindAt: timing.remindAt,
      reminded: false,
      escalated: false,
      outcome: null,
      completedBy: null,
      completedAt: null,
      comment: null,
    });
  });

  it('starts waiting without a deadline when it does not open yet', () => {
    expect(newTask('decision', 'decision', 'Ký quyết định', ['U-CT'], false, timing)).toMatchObject({
      status: 'waiting',
      dueAt: null,
      remindAt: null,
    });
  });

  it('keeps its own copy of the assignees', () => {
    const assignees = ['U-A'];
    const task = newTask('k', 'sign_off', 'l', assignees, true, timing);
    assignees.push('U-B');
    expect(task.assigneeIds).toEqual(['U-A']);
  });

  it('opened gives a waiting task the deadlines of the moment it opens', () => {
    const waiting = newTask('k', 'sign_off', 'l', ['U-A'], false, timing);
    expect(opened(waiting, later)).toMatchObject({
      status: 'open',
      dueAt: later.dueAt,
      remindAt: later.remindAt,
    });
    expect(waiting.status).toBe('waiting');
  });
});

describe('a sign-off round', () => {
  it('names its tasks by round and step key', () => {
    expect(roundTaskKeys(1, steps)).toEqual(['r1-org-office', 'r1-deputy', 'r1-secretary']);
    expect(roundTaskKeys(2, steps)).toEqual(['r2-org-office', 'r2-deputy', 'r2-secretary']);
    expect(roundTaskKeys(3, steps)).toEqual(steps.map((s) => TaskKeys.signOff(3, s.key)));
  });

  it('makes one sign-off task per step, in order, with its label and assignees', () => {
    const tasks = openSignOffRound(1, 'sequential', steps, timing);
    expect(tasks.map((t) => [t.key, t.kind, t.label, t.assigneeIds])).toEqual([
      ['r1-org-office', 'sign_off', steps[0].label, ['U-TCNV-1', 'U-TCNV-2']],
      ['r1-deputy', 'sign_off', steps[1].label, ['U-PCT']],
      ['r1-secretary', 'sign_off', steps[2].label, ['U-BT']],
    ]);
  });

  it('sequential: opens only the first step, the others wait without deadlines', () => {
    const tasks = openSignOffRound(1, 'sequential', steps, timing);
    expect(tasks.map((t) => t.status)).toEqual(['open', 'waiting', 'waiting']);
    expect(tasks[0]).toMatchObject({ dueAt: timing.dueAt, remindAt: timing.remindAt });
    expect(tasks.slice(1).map((t) => [t.dueAt, t.remindAt])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('parallel: opens every step at once with the same deadlines', () => {
    const tasks = openSignOffRound(2, 'parallel', steps, timing);
    expect(tasks.map((t) => t.status)).toEqual(['open', 'open', 'open']);
    expect(tasks.every((t) => t.dueAt === timing.dueAt && t.remindAt === timing.remindAt)).toBe(true);
    expect(nextWaiting(tasks)).toBeUndefined();
  });

  it('a single-step round is open in either mode', () => {
    expect(openSignOffRound(1, 'sequential', steps.slice(0, 1), timing)[0].status).toBe('open');
    expect(openSignOffRound(1, 'parallel', steps.slice(0, 1), timing)[0].status).toBe('open');
  });

  describe('sequential progress', () => {
    const round = () => openSignOffRound(1, 'sequential', steps, timing);

    it('nothing opens next while the first step is still open', () => {
      expect(nextWaiting(round())).toBeUndefined();
    });

    it('the next waiting step opens once every step before it approved', () => {
      let tasks = round();
      tasks = [decided(tasks[0], 'approve'), tasks[1], tasks[2]];
      expect(nextWaiting(tasks)?.key).toBe('r1-deputy');

      tasks = [tasks[0], decided(opened(tasks[1], later), 'approve'), tasks[2]];
      expect(nextWaiting(tasks)?.key).toBe('r1-secretary');
      expect(roundOutcome(tasks)).toBe('pending');

      tasks = [tasks[0], tasks[1], decided(opened(tasks[2], later), 'approve')];
      expect(nextWaiting(tasks)).toBeUndefined();
      expect(roundOutcome(tasks)).toBe('approved');
    });

    it('nothing opens after a reject or a return', () => {
      const tasks = round();
      expect(nextWaiting([decided(tasks[0], 'reject', 'Không đạt'), tasks[1], tasks[2]])).toBeUndefined();
      expect(nextWaiting([decided(tasks[0], 'return', 'Bổ sung'), tasks[1], tasks[2]])).toBeUndefined();
    });

    it('nothing opens while the step before is opened but undecided', () => {
      const tasks = round();
      const second = opened(tasks[1], later);
      expect(nextWaiting([decided(tasks[0], 'approve'), second, tasks[2]])).toBeUndefined();
    });
  });

  describe('outcome', () => {
    const round = () => openSignOffRound(1, 'parallel', steps, timing);

    it('is pending while any step is undecided', () => {
      const [a, b, c] = round();
      expect(roundOutcome([a, b, c])).toBe('pending');
      expect(roundOutcome([decided(a, 'approve'), decided(b, 'approve'), c])).toBe('pending');
    });

    it('is pending for a round without steps', () => {
      expect(roundOutcome([])).toBe('pending');
    });

    it('is approved when every step approved', () => {
      expect(roundOutcome(round().map((t) => decided(t, 'approve')))).toBe('approved');
    });

    it('is rejected on any reject, even with others still open or cancelled', () => {
      const [a, b, c] = round();
      expect(roundOutcome([decided(a, 'approve'), decided(b, 'reject', 'Không đạt'), c])).toBe('rejected');
      expect(roundOutcome([decided(a, 'reject', 'Không đạt'), cancelled(b, at), cancelled(c, at)])).toBe(
        'rejected',
      );
    });

    it('is returned on a return, the others then cancelled', () => {
      const [a, b, c] = round();
      expect(roundOutcome([decided(a, 'approve'), decided(b, 'return', 'Bổ sung'), c])).toBe('returned');
      expect(roundOutcome([cancelled(a, at), decided(b, 'return', 'Bổ sung'), cancelled(c, at)])).toBe(
        'returned',
      );
    });

    it('a reject outweighs a return in the same round', () => {
      const [a, b, c] = round();
      expect(roundOutcome([decided(a, 'return', 'Bổ sung'), decided(b, 'reject', 'Không đạt'), c])).toBe(
        'rejected',
      );
    });

    it('cancelled steps never make a round approved', () => {
      const [a, b, c] = round();
      expect(roundOutcome([decided(a, 'approve'), decided(b, 'approve'), cancelled(c, at)])).toBe('pending');
    });
  });
});
