import {
  activeEnrolments,
  initialTrainingClassDetail,
  type EnrolmentSkip,
  type ProcedureSnapshot,
  type TrainingClassDetail,
  type TrainingClassInput,
  type TrainingClassStage,
  type TrainingClassState,
  type TrainingClassStatus,
} from '@personnel/contracts';
import { KitState } from '../kit';

/** A training class's state: the kit's (stage, due date, no tasks) and its enrolments and results. */
export class TrainingClassProcedure extends KitState {
  state: TrainingClassState = 'in_progress';
  stage: TrainingClassStage = 'opened';
  readonly detail: TrainingClassDetail;
  lastSkipped: EnrolmentSkip[] = [];
  /** The completions are being written: a second completion or a cancellation waits its turn (refused). */
  writing = false;

  constructor(
    private readonly input: TrainingClassInput,
    startedAt: string,
  ) {
    super(startedAt);
    this.detail = initialTrainingClassDetail(input);
  }

  isRunning(): boolean {
    return this.state === 'in_progress';
  }

  enrolledIds(): string[] {
    return activeEnrolments(this.detail).map((e) => e.cadreId);
  }

  status(): TrainingClassStatus {
    return {
      ...copy(this.detail),
      state: this.state,
      stage: this.stage,
      tasks: [],
      lastSkipped: copy(this.lastSkipped),
    };
  }

  snapshot(): ProcedureSnapshot {
    return {
      kind: 'training',
      subjectCadreIds: this.enrolledIds(),
      unitCode: this.input.unitCode,
      postId: null,
      state: this.state,
      stage: this.stage,
      stageEnteredAt: this.stageEnteredAt,
      dueAt: this.dueAt,
      overdue: this.overdue,
      legalBasis: null,
      proposedBy: this.input.organiserId,
      proposedAt: this.input.proposedAt,
      detail: copy(this.detail) as unknown as Record<string, unknown>,
    };
  }
}

/** A deep copy of plain data (the workflow sandbox has no structuredClone guarantee). */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
