import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import {
  addDossierDocumentsUpdate,
  grantDossierExceptionUpdate,
  TaskKeys,
  type ActorRef,
  type AddDossierDocumentsCommand,
  type DossierActivities,
  type DocumentRef,
  type GrantDossierExceptionCommand,
  type LegalBasis,
  type ProcedureDossier,
  type ProcedureStatusBase,
  type ProcedureTask,
} from '@personnel/contracts';
import {
  addDays,
  cancelled,
  completed,
  holdsAnyRole,
  holdsRole,
  judgeProcedureDossier,
  newTask,
  vietnamInstant,
  type DossierProcedureKind,
} from '@personnel/domain';
import { JOURNAL_ACTIVITY_OPTIONS } from '../activity-options';
import type { ProcedureContext } from './context';
import { MIN_EXCEPTION_REASON } from './eligibility-gate';
import { checkActor, refuse } from './refusal';
import type { KitState } from './state';

const dossierActivities = proxyActivities<DossierActivities>(JOURNAL_ACTIVITY_OPTIONS);

export interface DossierGateOptions<S extends KitState> {
  procedureKind: DossierProcedureKind;
  legalBasis: LegalBasis;
  /** The cadres whose dossiers are checked (the candidates still in the running, the rotated cadre). */
  subjects: () => string[];
  /** Documents the procedure was started with; the store's documents of the subjects are added. */
  startDocuments: () => readonly DocumentRef[];
  /** Who completes the dossier (the proposer, HR). */
  hrAssignees: string[];
  /** Who may grant a reasoned exception (a leader among them). */
  exceptionAssignees: string[];
  passStage: S['stage'];
  waitStage: S['stage'];
  /** The kind's deadline watch. */
  wait: (done: () => boolean) => Promise<void>;
  /** The procedure still runs toward its decision: the expiry watch stops after it. */
  running: () => boolean;
  /** The actor is a subject of the case (a nominee): they neither add to nor excuse their own dossier. */
  subject: (actor: ActorRef) => boolean;
  /** The actor may not grant the exception (a subject or the proposer). */
  ownCase: (actor: ActorRef) => boolean;
  status: () => ProcedureStatusBase;
}

/**
 * The dossier gate (hồ sơ): before the first conference every subject's checklist (libs/domain
 * `dossier`, the items of the procedure kind under the pinned legal basis) must be complete on the day,
 * or a leader grants a reasoned exception, as for eligibility. While it is not, HR holds the task
 * `dossier` and documents reach the workflow through the `addDossierDocuments` Update. From the gate on,
 * until the decision, a timer at the end of the earliest "valid until" judges the dossier again: an item
 * that expired opens a task for HR to replace it, journaled once.
 *
 * Register the Updates at the start (`registerDossierCommands`), then `runDossierGate` at the gate's place
 * (behind `patched('dossier-gate')` in kinds with recorded histories).
 */
export class DossierGate<S extends KitState> {
  /** Bumped whenever documents arrive, so a waiting expiry timer re-plans. */
  private version = 0;
  private renewals = 0;

  constructor(
    private readonly ctx: ProcedureContext<S>,
    private readonly p: DossierGateOptions<S>,
  ) {}

  private get dossier(): ProcedureDossier | null {
    return this.ctx.state.dossier;
  }

  /** False when the procedure stopped (withdrawn) before the dossier was complete or excused. */
  async run(): Promise<boolean> {
    const { ctx, p } = this;
    const s = ctx.state;
    const stored = await dossierActivities.loadDossier({ cadreIds: p.subjects() });
    s.dossier = {
      documents: merged(p.startDocuments(), stored),
      checklists: [],
      complete: false,
      completedOn: null,
      exception: null,
    };
    this.judge();
    const dossier = s.dossier;
    const tasks = dossier.complete ? [] : this.openGateTasks();
    if (dossier.complete) dossier.completedOn = ctx.today();
    else ctx.enterStage(p.waitStage);
    await ctx.record('dossier_checked', 'system', this.payload(), tasks);
    void this.watchExpiry();
    if (dossier.complete) return true;
    await p.wait(() => this.passed() || !s.isRunning());
    return s.isRunning();
  }

  private passed(): boolean {
    return this.dossier !== null && (this.dossier.completedOn !== null || this.dossier.exception !== null);
  }

  /** Judges every checklist today (workflow time), in the state. */
  private judge(): void {
    const d = this.dossier;
    if (!d) return;
    const judged = judgeProcedureDossier({
      procedureKind: this.p.procedureKind,
      legalBasis: this.p.legalBasis,
      cadreIds: this.p.subjects(),
      documents: d.documents,
      asOf: this.ctx.today(),
    });
    d.checklists = judged.checklists;
    d.complete = judged.complete;
  }

  private validUntil(): string | null {
    const ends = (this.dossier?.checklists ?? []).flatMap((c) => (c.validUntil ? [c.validUntil] : []));
    return ends.length === 0 ? null : ends.reduce((a, b) => (a < b ? a : b));
  }

  private payload(extra: Record<string, unknown> = {}): Record<string, unknown> {
    const d = this.dossier as ProcedureDossier;
    return {
      complete: d.complete,
      missing: d.checklists.map((c) => ({ cadreId: c.cadreId, keys: c.missing })),
      validUntil: this.validUntil(),
      ...extra,
    };
  }

  private openGateTasks(): ProcedureTask[] {
    const { ctx, p } = this;
    return ctx.change(
      newTask(
        TaskKeys.dossier,
        'dossier',
        'Hoàn thiện hồ sơ nhân sự',
        unique(p.hrAssignees),
        true,
        ctx.taskTiming(),
      ),
      newTask(
        TaskKeys.dossierException,
        'exception',
        'Xem xét ngoại lệ về hồ sơ chưa đầy đủ',
        unique(p.exceptionAssignees),
        true,
        ctx.taskTiming(),
      ),
    );
  }

  /** Closes the gate's open tasks (and renewals) the way the dossier was settled. */
  private closeOpen(
    keys: (key: string) => boolean,
    close: (t: ProcedureTask) => ProcedureTask,
  ): ProcedureTask[] {
    const open = this.ctx.state.tasks.filter((t) => t.status === 'open' && keys(t.key));
    return open.length === 0 ? [] : this.ctx.change(...open.map(close));
  }

  /**
   * Until the decision: wakes at the first instant after the earliest "valid until" (00:00 in Vietnam of
   * the next day) and judges again; documents arriving meanwhile re-plan the timer.
   */
  private async watchExpiry(): Promise<void> {
    const { p } = this;
    for (;;) {
      if (!p.running()) return;
      const version = this.version;
      const woke = () => !p.running() || this.version !== version;
      const until = this.validUntil();
      if (until === null) {
        await condition(woke);
        continue;
      }
      const ms = Date.parse(vietnamInstant(addDays(until, 1), 0)) - Date.now();
      if (ms > 0 && (await condition(woke, ms))) continue;
      if (!p.running()) return;
      await this.expired();
    }
  }

  private async expired(): Promise<void> {
    const { ctx, p } = this;
    const d = this.dossier as ProcedureDossier;
    const before = new Map(d.checklists.map((c) => [c.cadreId, new Set(c.missing)]));
    this.judge();
    const expired = d.checklists.flatMap((c) =>
      c.items
        .filter((i) => i.state !== 'present' && !before.get(c.cadreId)?.has(i.key))
        .map((i) => ({ cadreId: c.cadreId, key: i.key, validUntil: i.validUntil })),
    );
    if (expired.length === 0) return;
    // Once past the gate an expired item is HR's to replace; before it, the open `dossier` task covers it.
    const tasks = this.passed()
      ? ctx.change(
          newTask(
            TaskKeys.dossierRenewal(++this.renewals),
            'dossier',
            'Thay giấy tờ hồ sơ đã hết hạn',
            unique(p.hrAssignees),
            true,
            ctx.taskTiming(),
          ),
        )
      : [];
    await ctx.record('dossier_item_expired', 'system', this.payload({ expired }), tasks);
  }

  register(): void {
    const { ctx, p } = this;
    const s = ctx.state;
    setHandler(
      addDossierDocumentsUpdate,
      async (command: AddDossierDocumentsCommand) => {
        const d = s.dossier as ProcedureDossier;
        d.documents = merged(d.documents, command.documents);
        this.version++;
        this.judge();
        const at = ctx.now();
        const by = command.actor.userId;
        let changed: ProcedureTask[] = [];
        let kind = 'dossier_documents_added';
        if (d.complete) {
          changed = this.closeOpen(
            (key) => key === TaskKeys.dossier || key.startsWith('dossier-renewal-'),
            (t) => completed(t, 'completed', by, at, null),
          );
          if (!this.passed()) {
            d.completedOn = ctx.today();
            changed = [
              ...changed,
              ...this.closeOpen(
                (key) => key === TaskKeys.dossierException,
                (t) => cancelled(t, at),
              ),
            ];
            ctx.enterStage(p.passStage);
            kind = 'dossier_completed';
          }
        }
        await ctx.record(
          kind,
          by,
          this.payload({ documentIds: command.documents.map((doc) => doc.id) }),
          changed,
        );
        return p.status();
      },
      {
        validator: (command: AddDossierDocumentsCommand) => {
          checkActor(command?.actor);
          if (!s.dossier || !p.running()) refuse('wrong_stage', 'this procedure checks no dossier now');
          if (!holdsAnyRole(command.actor.roles, ['hr_officer', 'org_office']))
            refuse('not_authorised', 'only HR adds documents to a dossier');
          if (p.subject(command.actor))
            refuse('own_case', `${command.actor.userId} may not act on their own case`, {
              userId: command.actor.userId,
            });
          if (!Array.isArray(command.documents) || command.documents.length === 0)
            refuse('invalid', 'name at least one document');
          const subjects = p.subjects();
          for (const doc of command.documents)
            if (doc.cadreId !== undefined && !subjects.includes(doc.cadreId))
              refuse(
                'invalid',
                `document ${doc.id} belongs to ${doc.cadreId}, not to a subject of this procedure`,
              );
        },
      },
    );
    setHandler(
      grantDossierExceptionUpdate,
      async (command: GrantDossierExceptionCommand) => {
        const d = s.dossier as ProcedureDossier;
        const at = ctx.now();
        const by = command.actor.userId;
        const reason = command.reason.trim();
        d.exception = {
          grantedBy: by,
          reason,
          at,
          missing: d.checklists.map((c) => ({ cadreId: c.cadreId, keys: [...c.missing] })),
        };
        const changed = [
          ...this.closeOpen(
            (key) => key === TaskKeys.dossierException,
            (t) => completed(t, 'granted', by, at, reason),
          ),
          ...this.closeOpen(
            (key) => key === TaskKeys.dossier,
            (t) => cancelled(t, at),
          ),
        ];
        ctx.enterStage(p.passStage);
        await ctx.record('dossier_exception_granted', by, this.payload({ reason }), changed);
        return p.status();
      },
      {
        validator: (command: GrantDossierExceptionCommand) => {
          checkActor(command?.actor);
          if (!p.running()) refuse('finished', 'the procedure no longer runs');
          if (!s.dossier || s.stage !== p.waitStage)
            refuse('wrong_stage', 'no incomplete dossier is waiting');
          if (!holdsRole(command.actor.roles, 'leader'))
            refuse('not_authorised', 'only a leader may grant an exception');
          if (p.ownCase(command.actor))
            refuse('own_case', `${command.actor.userId} may not act on their own case`, {
              userId: command.actor.userId,
            });
          const task = s.task(TaskKeys.dossierException);
          if (task && !task.assigneeIds.includes(command.actor.userId))
            refuse('not_assignee', `the exception is for ${task.assigneeIds.join(' or ')} to grant`, {
              assignees: task.assigneeIds,
            });
          if (typeof command.reason !== 'string' || command.reason.trim().length < MIN_EXCEPTION_REASON)
            refuse('invalid', `an exception needs a reason of at least ${MIN_EXCEPTION_REASON} characters`);
        },
      },
    );
  }
}

/** Registers the dossier Updates now (they refuse until the gate is reached) and returns the gate. */
export function registerDossierCommands<S extends KitState>(
  ctx: ProcedureContext<S>,
  options: DossierGateOptions<S>,
): DossierGate<S> {
  const gate = new DossierGate(ctx, options);
  gate.register();
  return gate;
}

/** Documents by id, the first seen kept: the dossier never holds one document twice. */
function merged(a: readonly DocumentRef[], b: readonly DocumentRef[]): DocumentRef[] {
  const seen = new Set<string>();
  return [...a, ...b].filter((d) => (seen.has(d.id) ? false : (seen.add(d.id), true))).map((d) => ({ ...d }));
}

const unique = (ids: string[]) => [...new Set(ids)];
