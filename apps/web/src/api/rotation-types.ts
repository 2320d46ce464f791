/**
 * The rotation procedure's shapes as the panel uses them: all from libs/contracts (types only), plus the
 * list query, which the contracts name only as the route's parameters.
 */
export type {
  BatchItemStatus,
  EndEarlyRequest,
  EndOfTermRequest,
  EvaluateRotationRequest,
  EvaluationRating,
  HandOverRequest,
  LegalBasis,
  MoveJustification,
  PlannedMove,
  ResubmitRotationRequest,
  RotationBatchItem,
  RotationBatchProgress,
  RotationBatchView,
  RotationDecision,
  RotationDecisionRequest,
  RotationEnd,
  RotationEndChoice,
  RotationEvaluation,
  RotationExceptionRequest,
  RotationExtension,
  RotationList,
  RotationMove,
  RotationPage,
  RotationPlan,
  RotationPlanFigures,
  RotationPlanRequest,
  RotationProcedureParties,
  RotationReason,
  RotationStage,
  RotationState,
  RotationStatus,
  RotationTarget,
  RotationView,
  StartRotationBatchRequest,
  StartRotationRequest,
  UnitView,
  UnmetTarget,
  WithdrawRotationRequest,
} from '@personnel/contracts';
import type { RotationState } from '@personnel/contracts';

/** GET /api/v1/rotations query. */
export interface RotationListQuery {
  state?: RotationState;
  unitCode?: string;
  cadreId?: string;
  limit?: number;
  offset?: number;
}
