import type { TimelineEntry } from '../api';
import type { LegalBasis } from '../registry';
import type { TaskView } from '../procedure/views';
import type { FieldProblemDetail } from '../field-problem';
import type { RotationMove, RotationProcedureParties, StartRotationRequest } from './rotation-request';
import type { RotationDetail, RotationStage, RotationState } from './rotation-workflow';

/**
 * GET /api/v1/rotations: one rotation as the `procedure` read model has it, with registry names.
 * Routes of one rotation are /api/v1/rotations/{cadreId}/{n} (workflow id `rotation/{cadreId}/{n}`).
 */
export interface RotationView extends RotationDetail {
  id: string;
  state: RotationState;
  stage: RotationStage;
  legalBasis: LegalBasis;
  cadreName: string | null;
  fromPostTitle: string | null;
  fromUnitName: string | null;
  toPostTitle: string | null;
  toUnitName: string | null;
  proposedBy: string;
  proposedAt: string;
  stageEnteredAt: string;
  dueAt: string | null;
  overdue: boolean;
  updatedAt: string;
}

/** GET /api/v1/rotations/{cadreId}/{n}: the rotation, its journal and its tasks with what the user may do. */
export interface RotationPage extends RotationView {
  timeline: TimelineEntry[];
  tasks: TaskView[];
}

export interface RotationList {
  items: RotationView[];
  total: number;
}

/** Commands of one rotation, each POST /api/v1/rotations/{cadreId}/{n}/<path>. */
export interface RotationExceptionRequest {
  reason: string;
}
export interface RotationDecisionRequest {
  number: string;
  effectiveDate: string;
}
export interface HandOverRequest {
  note?: string;
}
export interface EvaluateRotationRequest {
  year: number;
  rating: 'excellent' | 'good' | 'satisfactory' | 'unsatisfactory';
  comment: string;
}
export interface EndOfTermRequest {
  choice: 'return' | 'reassign' | 'keep' | 'extend';
  postId?: string;
  months?: number;
  number: string;
  effectiveDate: string;
}
export interface EndEarlyRequest {
  choice: 'return' | 'reassign';
  postId: string;
  reason: string;
  number: string;
  effectiveDate: string;
}
export interface WithdrawRotationRequest {
  reason: string;
}
export interface ResubmitRotationRequest {
  comment: string;
}

/**
 * POST /api/v1/rotation-batches (hr_officer): many rotations under one idempotency key, each its own
 * workflow, with the same parties and legal basis. Answers 202 with the batch; starting goes on behind.
 */
export interface StartRotationBatchRequest {
  /** The client's key for this batch: the same key again starts nothing twice. 1..100 characters. */
  idempotencyKey: string;
  parties: RotationProcedureParties;
  legalBasis?: LegalBasis;
  rotations: RotationMove[];
  /** As for one rotation (tests, demos). */
  timing?: StartRotationRequest['timing'];
}

/** A row of a batch: refused with its problems, or given its workflow id (then proposed → started). */
export type BatchItemStatus = 'proposed' | 'started' | 'refused';

export interface RotationBatchItem {
  index: number;
  move: RotationMove;
  cadreName: string | null;
  status: BatchItemStatus;
  workflowId: string | null;
  /** Each with its code and params (FieldProblemCode); `problem` in the server's English words. */
  problems: FieldProblemDetail[];
  /** The rotation's state and stage once its first step is recorded. */
  procedureState: RotationState | null;
  procedureStage: RotationStage | null;
}

/** Progress of a batch: proposed / started / refused / in progress / decided (and closed otherwise). */
export interface RotationBatchProgress {
  total: number;
  proposed: number;
  started: number;
  refused: number;
  inProgress: number;
  decided: number;
  /** Ended before a decision: not passed, rejected, withdrawn. */
  closed: number;
}

export interface RotationBatchView {
  id: string;
  idempotencyKey: string;
  createdBy: string;
  createdAt: string;
  progress: RotationBatchProgress;
  items: RotationBatchItem[];
}
