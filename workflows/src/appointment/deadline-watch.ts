import { condition } from '@temporalio/workflow';
import type { ProcedureTask } from '@personnel/contracts';
import type { ProcedureContext } from './procedure-context';

/**
 * Waits until `done()`, firing deadlines on the way: a reminder before a task is due, an escalation to
 * the next level once it is due (the target joins the assignees; nothing is ever approved for anyone),
 * and the procedure's own overdue mark. Re-plans whenever a handler changes a task.
 */
export async function waitWithDeadlines(ctx: ProcedureContext, done: () => boolean): Promise<void> {
  for (;;) {
    if (done()) return;
    const version = ctx.taskVersion;
    const next = nextDeadline(ctx);
    const woke = () => done() || ctx.taskVersion !== version;
    if (next === null) await condition(woke);
    else {
      const ms = Date.parse(next) - Date.now();
      if (ms > 0 && (await condition(woke, ms))) continue;
      await fireDue(ctx);
    }
  }
}

const watched = (t: ProcedureTask) => t.status === 'open' && t.kind !== 'conference';

function nextDeadline(ctx: ProcedureContext): string | null {
  const times: string[] = [];
  for (const t of ctx.state.tasks.filter(watched)) {
    if (t.remindAt && !t.reminded) times.push(t.remindAt);
    if (t.dueAt && !t.escalated) times.push(t.dueAt);
  }
  if (ctx.state.procedureDueAt && !ctx.state.overdue && ctx.state.state === 'in_progress')
    times.push(ctx.state.procedureDueAt);
  return times.length === 0 ? null : times.reduce((a, b) => (a < b ? a : b));
}

async function fireDue(ctx: ProcedureContext): Promise<void> {
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
      const target = escalationTarget(ctx, current);
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
  if (s.procedureDueAt && !s.overdue && s.state === 'in_progress' && s.procedureDueAt <= now) {
    s.overdue = true;
    steps.push(ctx.record('procedure_overdue', 'system', { dueAt: s.procedureDueAt }));
  }
  await Promise.all(steps);
}

/** The next level: the sign-off step's escalation target, or the collective's head for the decision. */
function escalationTarget(ctx: ProcedureContext, task: ProcedureTask): string | null {
  if (task.kind === 'sign_off') {
    const stepKey = task.key.replace(/^r\d+-/, '');
    const step = ctx.input.signOff.find((st) => st.key === stepKey);
    return step?.escalateToId ?? null;
  }
  if (task.kind === 'decision')
    return ctx.input.collective.headId !== ctx.input.signerId ? ctx.input.collective.headId : null;
  return null;
}
