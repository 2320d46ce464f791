import { sleep } from '@temporalio/workflow';
import type { LegalBasis, ProcedureTask } from '@personnel/contracts';
import { addDays, newTask, reappointmentNoticeDeadline, vietnamInstant } from '@personnel/domain';
import { procedureActivities, type ProcedureContext } from './context';
import type { KitState } from './state';

/** Hour (Vietnam) at which an end-of-term notice fires on its day. */
const NOTICE_HOUR = 8;

/** How long a term runs and when its end is announced; tests give both in ms. */
export interface TermClock {
  signedAt: string;
  termLastDay: string;
  legalBasis: LegalBasis;
  /** Tests only: the term lasts this long (ms) from the signature. */
  termMs?: number;
  /** Tests only: the notice fires this long (ms) before the term ends. */
  noticeMs?: number;
}

/**
 * When the end of a term is announced: 90 days (or 90 working days, per basis) before its last day,
 * on the holiday calendar, which it loads for that year.
 */
export async function termNoticeInstant<S extends KitState>(
  ctx: ProcedureContext<S>,
  clock: TermClock,
): Promise<string> {
  if (clock.termMs && clock.noticeMs)
    return new Date(Date.parse(clock.signedAt) + clock.termMs - clock.noticeMs).toISOString();
  ctx.holidays = await procedureActivities.loadHolidays({
    fromDate: addDays(clock.termLastDay, -200),
    years: 1,
  });
  return vietnamInstant(
    reappointmentNoticeDeadline(clock.termLastDay, clock.legalBasis, ctx.holidays),
    NOTICE_HOUR,
  );
}

/**
 * The end-of-term choice begins: sleeps (durably) until the notice, enters `stage`, opens the task of
 * whoever speaks first (the holder's self-assessment) and records the notice with it; then waits until
 * `answered()`. What follows (votes, the next decision or the end) is the kind's.
 */
export async function endOfTermNotice<S extends KitState>(
  ctx: ProcedureContext<S>,
  p: {
    noticeAt: string;
    stage: S['stage'];
    task: { key: string; kind: ProcedureTask['kind']; label: string; assigneeIds: string[] };
    /** The journal row of the notice, e.g. `reappointment_notice`. */
    stepKind: string;
    payload: Record<string, unknown>;
    answered: () => boolean;
    wait: (done: () => boolean) => Promise<void>;
  },
): Promise<void> {
  await sleep(Math.max(0, Date.parse(p.noticeAt) - Date.now()));
  ctx.enterStage(p.stage);
  const task = ctx.change(
    newTask(p.task.key, p.task.kind, p.task.label, p.task.assigneeIds, true, ctx.taskTiming()),
  );
  await ctx.record(p.stepKind, 'system', p.payload, task);
  await p.wait(p.answered);
}
