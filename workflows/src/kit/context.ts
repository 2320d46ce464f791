import {
  condition,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  firstStepRecordedUpdate,
  SearchAttributes,
  type FirstStepRecorded,
  type ProcedureActivities,
  type ProcedureItem,
  type ProcedureSnapshot,
  type ProcedureTask,
  type PublicHoliday,
  type RecordProcedureStepInput,
} from '@personnel/contracts';
import { dueAfterWorkingDays, reminderBefore, vietnamDate, type TaskTiming } from '@personnel/domain';
import { JOURNAL_ACTIVITY_OPTIONS } from '../activity-options';
import { JournalCalls } from '../journal-calls';
import { procedureSearchAttributes, stageAttributes, type ProcedureIdentity } from './search-attributes';
import type { KitState } from './state';

export const procedureActivities = proxyActivities<ProcedureActivities>(JOURNAL_ACTIVITY_OPTIONS);

/** Durations a procedure's tasks run on: working days from the calendar, or tests' milliseconds. */
export interface KitTiming {
  taskWorkingDays: number;
  reminderWorkingDays: number;
  /** Tests only: one working day lasts this long (ms) and due times ignore the calendar. */
  workingDayMs?: number;
}

/** How a kind journals a step: the kit's activity, or a kind's adapter for runs begun before the kit. */
export type Journal = (input: RecordProcedureStepInput) => Promise<unknown>;

export interface ProcedureContextOptions<S extends KitState> {
  state: S;
  identity: ProcedureIdentity;
  /** Journal position to start from (seq keeps rising across continue-as-new runs). */
  seq: number;
  timing: KitTiming;
  /** The kind's row of the `procedure` read model, as the state stands now. */
  snapshot: (state: S) => ProcedureSnapshot;
  /** Step kinds that belong on a subject's own timeline. */
  milestones: ReadonlySet<string>;
  /** The subjects a milestone concerns now (e.g. the candidates still in the running). */
  concerns: (state: S) => string[];
  /**
   * A run begun before the kit journals through its kind's old activity and published the stage at
   * every step; given, the context keeps doing exactly that (same commands, same order) for replay.
   */
  legacyJournal?: Journal;
}

/**
 * What a procedure's main flow, its Update handlers and its deadline watch share: the state, the
 * calendar, `record` (which takes its seq and snapshot synchronously, before its first await, so
 * concurrent steps get distinct, replay-stable positions) and `enterStage`, the one place a stage is set.
 */
export class ProcedureContext<S extends KitState> {
  readonly state: S;
  readonly identity: ProcedureIdentity;
  readonly workflowId: string;
  private readonly runId: string;
  private seq: number;
  holidays: PublicHoliday[] = [];
  /** Bumped whenever a task's deadlines change, so a waiting watcher re-plans its next timer. */
  taskVersion = 0;
  /** The `taskVersion` at which each task last changed in this run. */
  private readonly changedAt = new Map<string, number>();
  /** False for a run begun before the kit: it keeps the old commands (see `legacyJournal`). */
  readonly onKernel: boolean;
  /** The run's first step, once `record` was called for it: its journal call and the row it writes. */
  private firstStep?: { recorded: Promise<unknown>; answer: FirstStepRecorded };
  /** The run's journal writes, one after another (see JournalCalls). */
  private readonly journal = new JournalCalls<ProcedureActivities>();

  constructor(private readonly options: ProcedureContextOptions<S>) {
    this.state = options.state;
    this.identity = options.identity;
    const info = workflowInfo();
    this.workflowId = info.workflowId;
    this.runId = info.runId;
    this.seq = options.seq;
    this.onKernel = !options.legacyJournal;
    this.answerFirstStep();
  }

  /**
   * The start's Update (update-with-start, `firstStepRecordedUpdate`): answers the row the run's first
   * step wrote once that step is in Postgres. Registered here, before any kind's first await, so an
   * Update sent with the start finds its handler. It only waits on the journal call the main flow
   * already awaits: no command of its own, and a run that never receives it (every earlier history)
   * runs exactly as before.
   */
  private answerFirstStep(): void {
    setHandler(firstStepRecordedUpdate, async () => {
      await condition(() => this.firstStep !== undefined);
      const first = this.firstStep as NonNullable<typeof this.firstStep>;
      await first.recorded;
      return first.answer;
    });
  }

  /** Publishes the procedure's search attributes; a legacy run only ever published its stage. */
  publishIdentity(): void {
    if (!this.onKernel) return;
    upsertSearchAttributes(
      procedureSearchAttributes(this.identity, this.state.stage, this.state.stageEnteredAt),
    );
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
    const t = this.options.timing;
    const dueAt = dueAfterWorkingDays(this.now(), t.taskWorkingDays, t, this.holidays);
    return { dueAt, remindAt: reminderBefore(dueAt, t, this.holidays) };
  }

  /**
   * The one place a procedure's stage is set: the state's stage and the time it was entered, and the
   * `ProcedureStage` + `StageEnteredAt` search attributes ops query "stuck since" on.
   */
  enterStage(stage: S['stage']): void {
    if (this.state.stage === stage) return;
    this.state.stage = stage;
    this.state.stageEnteredAt = this.now();
    if (this.onKernel) upsertSearchAttributes(stageAttributes(stage, this.state.stageEnteredAt));
  }

  /** Puts the changed tasks into the state and notes that deadlines may have moved. */
  change(...tasks: ProcedureTask[]): ProcedureTask[] {
    const version = ++this.taskVersion;
    for (const task of tasks) {
      this.state.put(task);
      this.changedAt.set(task.key, version);
    }
    return tasks;
  }

  /**
   * The tasks changed after `version` (a `taskVersion` read earlier), as they stand now: what a task
   * command answers. Tasks carried over from an earlier run count as unchanged.
   */
  changedSince(version: number): ProcedureTask[] {
    return this.state.tasks.filter((t) => (this.changedAt.get(t.key) ?? 0) > version);
  }

  /**
   * Publishes the procedure's subjects (`CandidateIds`) again when they change after the start (a
   * training class's enrolments); a legacy run never published them.
   */
  publishSubjects(subjectIds: readonly string[]): void {
    if (!this.onKernel) return;
    upsertSearchAttributes([{ key: SearchAttributes.candidateIds, value: [...subjectIds] }]);
  }

  /**
   * One durable step: journal row + procedure read model + the tasks and items it changed, in one transaction.
   * The key carries the seq, which is replay-stable, so a retried activity finds its own row.
   * `concerns` names the cadres a milestone concerns when that is the step's own business (the one
   * cadre enrolled, not the whole class); without it the kind's `concerns` of the state decides.
   */
  record(
    kind: string,
    actor: string,
    payload: Record<string, unknown>,
    tasks: readonly ProcedureTask[] = [],
    extra: { concerns?: readonly string[]; items?: readonly ProcedureItem[] } = {},
  ): Promise<unknown> {
    const seq = this.seq++;
    const input: RecordProcedureStepInput = {
      workflowId: this.workflowId,
      runId: this.runId,
      stepKey: `${seq}/${kind}`,
      seq,
      actor,
      kind,
      payload,
      occurredAt: this.now(),
      procedure: withDossier(this.options.snapshot(this.state), this.state),
      tasks: tasks.map((t) => ({ ...t })),
      concerns: this.options.milestones.has(kind)
        ? [...(extra.concerns ?? this.options.concerns(this.state))]
        : [],
      ...(extra.items && extra.items.length > 0
        ? { items: extra.items.map((i) => ({ key: i.key, data: { ...i.data } })) }
        : {}),
    };
    let recorded: Promise<unknown>;
    if (this.options.legacyJournal) {
      upsertSearchAttributes([{ key: SearchAttributes.stage, value: this.state.stage }]);
      recorded = this.options.legacyJournal(input);
    } else recorded = this.journal.write((a) => a.recordProcedureStep(input));
    // The same promise goes back to the caller: keeping a reference changes no timing.
    this.firstStep ??= { recorded, answer: { procedure: input.procedure, occurredAt: input.occurredAt } };
    return recorded;
  }
}

/** The dossier goes into the row's `detail` once the gate has judged it (never for runs without one). */
function withDossier(snapshot: ProcedureSnapshot, state: KitState): ProcedureSnapshot {
  if (!state.dossier) return snapshot;
  return { ...snapshot, detail: { ...snapshot.detail, dossier: JSON.parse(JSON.stringify(state.dossier)) } };
}
