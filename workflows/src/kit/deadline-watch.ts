import { condition } from '@temporalio/workflow';
import type { ProcedureTask } from '@personnel/contracts';
import type { ProcedureContext } from './context';
import type { KitState } from './state';

/** Who a task escalates to once it is due (joins its assignees), or null for nobody. */
export type EscalationTarget = (task: ProcedureTask) => string | null;

/**
 * Waits until `done()`, firing deadlines on the way: a reminder before a task is due, an escalation to
 * the next level once it is due (the target joins the assignees; nothing is ever approved for anyone),
 * and the procedure's own overdue mark. Re-plans whenever a handler changes a task.
 */
export async function waitWithDeadlines<S extends KitState>(
  ctx: ProcedureContext<S>,
  done: () => boolean,
  escalateTo: EscalationTarget,
): Promise<void> {
  for (;;) {
    if (done()) return;
    const version = ctx.taskVersion;
    const next = nextDeadline(ctx.state);
    const woke = () => done() || ctx.taskVersion !== version;
    if (next === null) await condition(woke);
    else {
      const ms = Date.parse(next) - Date.now();
      if (ms > 0 && (await condition(woke, ms))) continue;
      await fireDue(ctx, escalateTo);
    }
  }
}

const watched = (t: ProcedureTask) => t.status === 'open' && t.kind !== 'conference';

function nextDeadline(s: KitState): string | null {
  const times: string[] = [];
  for (const t of s.tasks.filter(watched)) {
    if (t.remindAt && !t.reminded) times.push(t.remindAt);
    if (t.dueAt && !t.escalated) times.push(t.dueAt);
  }
  if (s.dueAt && !s.overdue && s.isRunning()) times.push(s.dueAt);
  return times.length === 0 ? null : times.reduce((a, b) => (a < b ? a : b));
}

async function fireDue<S extends KitState>(
  ctx: ProcedureContext<S>,
  escalateTo: EscalationTarget,
): Promise<void> {
  const now = ctx.now();
  const s = ctx.state;
  const steps: Promise<unknown>[] = [];
  for (const t of s.tasks.filter(watched)) {
    if (t.remindAt && !t.reminded && t.remindAt <= now) {
      const task = ctx.change({ ...t, reminded: true });
      steps.push(
        ctx.record('task_reminder', 'system', { taskKey: t.key, to: t.assigneeIds, dueAt: t.dueAt }, task),
      );
    }
    const current = s.existingTask(t.key);
    if (current.dueAt && !current.escalated && current.dueAt <= now) {
      const target = escalateTo(current);
      const assigneeIds =
        target && !current.assigneeIds.includes(target)
          ? [...current.assigneeIds, target]
          : current.assigneeIds;
      const task = ctx.change({ ...current, escalated: true, assigneeIds });
      steps.push(
        ctx.record('task_escalated', 'system', { taskKey: t.key, to: target, dueAt: current.dueAt }, task),
      );
    }
  }
  if (s.dueAt && !s.overdue && s.isRunning() && s.dueAt <= now) {
    s.overdue = true;
    steps.push(ctx.record('procedure_overdue', 'system', { dueAt: s.dueAt }));
  }
  await Promise.all(steps);
}
