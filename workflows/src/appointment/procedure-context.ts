import { proxyActivities, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import {
  SearchAttributes,
  type AppointmentActivities,
  type AppointmentInput,
  type ProcedureTask,
  type PublicHoliday,
} from '@personnel/contracts';
import { dueAfterWorkingDays, reminderBefore, vietnamDate, type TaskTiming } from '@personnel/domain';
import { JOURNAL_ACTIVITY_OPTIONS } from '../activity-options';
import { CADRE_MILESTONES } from './milestones';
import { ProcedureState } from './procedure-state';

export const activities = proxyActivities<AppointmentActivities>(JOURNAL_ACTIVITY_OPTIONS);

/**
 * What the main flow, the Update handlers and the deadline watcher share: the input, the state, the
 * calendar, and `record`, which takes its seq and snapshot synchronously (before its first await) so
 * concurrent steps get distinct, replay-stable positions.
 */
export class ProcedureContext {
  readonly state: ProcedureState;
  readonly workflowId: string;
  private readonly runId: string;
  private seq: number;
  holidays: PublicHoliday[] = [];
  /** Bumped whenever a task's deadlines change, so a waiting watcher re-plans its next timer. */
  taskVersion = 0;

  constructor(readonly input: AppointmentInput) {
    this.state = new ProcedureState(input);
    const info = workflowInfo();
    this.workflowId = info.workflowId;
    this.runId = info.runId;
    this.seq = input.resume?.nextSeq ?? 0;
  }

  get nextSeq(): number {
    return this.seq;
  }

  now(): string {
    return new Date().toISOString();
  }

  today(): string {
    return vietnamDate(this.now());
  }

  /** Due and reminder times of a task that opens now. */
  taskTiming(): TaskTiming {
    const t = this.input.timing;
    const dueAt = dueAfterWorkingDays(this.now(), t.taskWorkingDays, t, this.holidays);
    return { dueAt, remindAt: reminderBefore(dueAt, t, this.holidays) };
  }

  /** Puts the changed tasks into the state and notes that deadlines may have moved. */
  change(...tasks: ProcedureTask[]): ProcedureTask[] {
    for (const task of tasks) this.state.put(task);
    this.taskVersion++;
    return tasks;
  }

  /**
   * One durable step: journal row + appointment read model + the tasks it changed, in one transaction.
   * The key carries the seq, which is replay-stable, so a retried activity finds its own row.
   */
  record(
    kind: string,
    actor: string,
    payload: Record<string, unknown>,
    tasks: readonly ProcedureTask[] = [],
  ): Promise<unknown> {
    const seq = this.seq++;
    const occurredAt = this.now();
    const appointment = this.state.snapshot();
    const changed = tasks.map((t) => ({ ...t }));
    const concerns = CADRE_MILESTONES.has(kind) ? [...this.state.candidates] : [];
    upsertSearchAttributes([{ key: SearchAttributes.stage, value: this.state.stage }]);
    return activities.recordAppointmentStep({
      workflowId: this.workflowId,
      runId: this.runId,
      stepKey: `${seq}/${kind}`,
      seq,
      actor,
      kind,
      payload,
      occurredAt,
      appointment,
      tasks: changed,
      concerns,
    });
  }
}
