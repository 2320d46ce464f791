import {
  initialRotationDetail,
  type ProcedureSnapshot,
  type RotationDetail,
  type RotationInput,
  type RotationStage,
  type RotationState,
  type RotationStatus,
} from '@personnel/contracts';
import { KitState } from '../kit';

/** A rotation's state: the kit's (stage, tasks, due date) and what only a rotation knows (its detail). */
export class RotationProcedure extends KitState {
  state: RotationState = 'in_progress';
  stage: RotationStage = 'eligibility_check';
  readonly detail: RotationDetail;
  /** HR withdrew it before the decision: a running conference is cancelled. */
  withdrawn = false;
  /** A decision's assignments are being written: a second decision command waits its turn (refused). */
  writing = false;
  /** End-of-term decisions taken so far (an extension opens the next one). */
  endsDecided = 0;

  constructor(
    private readonly input: RotationInput,
    startedAt: string,
  ) {
    super(startedAt);
    this.detail = initialRotationDetail(input);
  }

  /** Before the decision: the procedure runs toward it (deadline watch, withdrawal). */
  isRunning(): boolean {
    return this.state === 'in_progress';
  }

  /** Takes task commands: before the decision and during the rotation. */
  isActive(): boolean {
    return this.state === 'in_progress' || this.state === 'rotating';
  }

  /** Months in all, the extensions included. */
  totalMonths(): number {
    return this.detail.months + this.detail.extensions.reduce((sum, e) => sum + e.months, 0);
  }

  status(): RotationStatus {
    return {
      ...copy(this.detail),
      state: this.state,
      stage: this.stage,
      tasks: this.tasks.map((t) => ({ ...t })),
      dossier: this.dossier ? copy(this.dossier) : null,
    };
  }

  snapshot(): ProcedureSnapshot {
    return {
      kind: 'rotation',
      subjectCadreIds: [this.input.cadreId],
      unitCode: this.input.toUnitCode,
      postId: this.input.toPostId,
      state: this.state,
      stage: this.stage,
      stageEnteredAt: this.stageEnteredAt,
      dueAt: this.dueAt,
      overdue: this.overdue,
      legalBasis: this.input.legalBasis,
      proposedBy: this.input.proposedBy,
      proposedAt: this.input.proposedAt,
      detail: { ...copy(this.detail), months: this.totalMonths() },
    };
  }
}

/** A deep copy of plain data (the workflow sandbox has no structuredClone guarantee). */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
