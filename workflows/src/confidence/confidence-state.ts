import {
  initialConfidenceVoteDetail,
  type ConfidenceVoteDetail,
  type ConfidenceVoteInput,
  type ConfidenceVoteStage,
  type ConfidenceVoteState,
  type ConfidenceVoteStatus,
  type ProcedureSnapshot,
} from '@personnel/contracts';
import { KitState } from '../kit';

/** A confidence vote's state: the kit's (stage, tasks, due date) and what only it knows (its detail). */
export class ConfidenceVoteProcedure extends KitState {
  state: ConfidenceVoteState = 'in_progress';
  stage: ConfidenceVoteStage = 'key_cadre_conference';
  readonly detail: ConfidenceVoteDetail;
  /** HR withdrew it before the results: a running conference is cancelled. */
  withdrawn = false;
  /**
   * The holders the next milestone concerns, taken once by the context's `concerns` (a result lands
   * on its holder's timeline only). Unset, a milestone concerns every holder.
   */
  private focus: string[] | null = null;

  constructor(
    private readonly input: ConfidenceVoteInput,
    startedAt: string,
  ) {
    super(startedAt);
    this.detail = initialConfidenceVoteDetail(input);
  }

  isRunning(): boolean {
    return this.state === 'in_progress';
  }

  holderIds(): string[] {
    return this.input.holders.map((h) => h.cadreId);
  }

  /** The next milestone concerns only these holders. */
  concernOnly(cadreIds: string[]): void {
    this.focus = [...cadreIds];
  }

  takeConcerns(): string[] {
    const concerns = this.focus ?? this.holderIds();
    this.focus = null;
    return concerns;
  }

  /** Every dismissal proposal decided (none is a trivially decided set). */
  dismissalsDecided(): boolean {
    return this.detail.dismissals.every((d) => d.accepted !== null);
  }

  status(): ConfidenceVoteStatus {
    return {
      ...copy(this.detail),
      state: this.state,
      stage: this.stage,
      tasks: this.tasks.map((t) => ({ ...t })),
    };
  }

  snapshot(): ProcedureSnapshot {
    return {
      kind: 'confidence_vote',
      subjectCadreIds: this.holderIds(),
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
      detail: copy(this.detail) as unknown as Record<string, unknown>,
    };
  }
}

/** A deep copy of plain data (the workflow sandbox has no structuredClone guarantee). */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
