import {
  initialPlanDetail,
  type PlanDetail,
  type PlanEntry,
  type PlanInput,
  type PlanStage,
  type PlanState,
  type PlanStatus,
  type PlanSummary,
  type ProcedureItem,
  type ProcedureSnapshot,
  planEntryKey,
} from '@personnel/contracts';
import { activeEntries } from '@personnel/domain';
import { KitState } from '../kit';

/** A plan's state: the kit's (stage, tasks, due date) and its detail (the pool, approvals, reviews). */
export class PlanProcedure extends KitState {
  state: PlanState;
  stage: PlanStage;
  readonly detail: PlanDetail;
  /** HR submitted the pool (or the year's review) of the current round. */
  submitted = false;
  /** The signer's answer to the current approval, until the flow takes it. */
  answer: 'approve' | 'return' | 'reject' | null = null;
  withdrawn = false;
  /** A candidate's facts are being loaded: a submission waits for the add to finish. */
  adding = 0;

  constructor(
    private readonly input: PlanInput,
    startedAt: string,
  ) {
    super(startedAt);
    this.detail = input.carry ? copy(input.carry.detail) : initialPlanDetail(input);
    this.state = this.detail.approvals.length > 0 ? 'in_force' : 'in_progress';
    this.stage = this.detail.approvals.length > 0 ? 'published' : 'drafting';
  }

  /** Before the first publication: the procedure runs toward it (deadline watch, withdrawal). */
  isRunning(): boolean {
    return this.state === 'in_progress';
  }

  /** The pool may change: while HR composes it or reviews it. */
  composing(): boolean {
    return this.stage === 'drafting' || this.stage === 'review';
  }

  entry(postCode: string, cadreId: string): PlanEntry | undefined {
    return activeEntries(this.detail.entries).find((e) => e.postCode === postCode && e.cadreId === cadreId);
  }

  /** Whether this round changes the published plan: a new candidate, or a removal not yet published. */
  hasChanges(): boolean {
    return this.candidates().length > 0 || this.pendingRemovals().length > 0;
  }

  /** Published entries taken out in this round, out of the registry once it is published. */
  pendingRemovals(): PlanEntry[] {
    return this.detail.entries.filter(
      (e) => e.status === 'removed' && e.publishedFrom !== null && e.publishedTo === null,
    );
  }

  /** Entries waiting for the votes: added in this round. */
  candidates(): PlanEntry[] {
    return this.detail.entries.filter((e) => e.status === 'candidate');
  }

  /** What the Updates answer: everything but the entries (see PlanSummary). */
  summary(): PlanSummary {
    const { entries, ...rest } = this.status();
    return { ...rest, entryCount: activeEntries(entries).length };
  }

  status(): PlanStatus {
    return {
      ...copy(this.detail),
      state: this.state,
      stage: this.stage,
      tasks: this.tasks.map((t) => ({ ...t })),
    };
  }

  snapshot(): ProcedureSnapshot {
    return {
      kind: 'plan',
      subjectCadreIds: [...new Set(activeEntries(this.detail.entries).map((e) => e.cadreId))].sort(),
      unitCode: this.input.unitCode,
      postId: null,
      state: this.state,
      stage: this.stage,
      stageEnteredAt: this.stageEnteredAt,
      dueAt: this.dueAt,
      overdue: this.overdue,
      legalBasis: this.input.legalBasis,
      proposedBy: this.input.proposedBy,
      proposedAt: this.input.proposedAt,
      detail: (({ entries, ...rest }) => ({ ...rest, entryCount: activeEntries(entries).length }))(
        copy(this.detail),
      ),
    };
  }
}

/** Plan entries as the `procedure_item` read model keeps them. */
export function entryItems(entries: readonly PlanEntry[]): ProcedureItem[] {
  return entries.map((e) => ({ key: planEntryKey(e), data: { ...e } }));
}

/** A deep copy of plain data. */
export function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
