import type { ProcedureDossier, ProcedureTask } from '@personnel/contracts';

/**
 * What the kit needs of any procedure kind's state: where it stands, since when, its own deadline and
 * its tasks. A kind extends it with what only it knows. Plain data: it survives continue-as-new by value.
 */
export abstract class KitState {
  abstract state: string;
  /** Set only through `ProcedureContext.enterStage`, which also stamps the time and the search attributes. */
  abstract stage: string;
  stageEnteredAt: string;
  /** The procedure's own deadline (ISO), watched by the deadline watch. */
  dueAt: string | null = null;
  overdue = false;
  /** The dossier the kit's dossier gate checks; null before the gate (and in kinds without one). */
  dossier: ProcedureDossier | null = null;
  private readonly taskList: ProcedureTask[] = [];

  constructor(enteredAt: string) {
    this.stageEnteredAt = enteredAt;
  }

  /** True while the procedure still runs toward its decision (the deadline watch's overdue mark). */
  abstract isRunning(): boolean;

  get tasks(): readonly ProcedureTask[] {
    return this.taskList;
  }

  task(key: string): ProcedureTask | undefined {
    return this.taskList.find((t) => t.key === key);
  }

  /** A task a validator has already found: its absence here is a bug, not a user's mistake. */
  existingTask(key: string): ProcedureTask {
    const task = this.task(key);
    if (!task) throw new Error(`task ${key} vanished between validation and handling`);
    return task;
  }

  /** The first open task of a kind (the decision, the self-assessment), which a validator checked. */
  openTaskOf(kind: ProcedureTask['kind']): ProcedureTask {
    const task = this.taskList.find((t) => t.kind === kind && t.status === 'open');
    if (!task) throw new Error(`no open ${kind} task after validation`);
    return task;
  }

  /** Adds the task or replaces the one with its key. */
  put(task: ProcedureTask): ProcedureTask {
    const i = this.taskList.findIndex((t) => t.key === task.key);
    if (i < 0) this.taskList.push(task);
    else this.taskList[i] = task;
    return task;
  }

  openTasks(): ProcedureTask[] {
    return this.taskList.filter((t) => t.status === 'open');
  }
}
