import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { DossierActivities, ProcedureActivities } from '../procedure/activities';
import type { RotationFacts, LoadRotationFactsInput } from './rotation-facts';
import type {
  EndEarlyCommand,
  EndOfTermCommand,
  EvaluateRotationCommand,
  HandOverCommand,
  ResubmitRotationCommand,
  RotationDecisionCommand,
  RotationExceptionCommand,
  RotationStatus,
  WithdrawRotationCommand,
} from './rotation-workflow';

/** The rotation workflow's query and Updates; a refused Update carries PROCEDURE_REFUSED. */
export const rotationStatusQuery = defineQuery<RotationStatus>('rotationStatus');
export const grantRotationExceptionUpdate = defineUpdate<RotationStatus, [RotationExceptionCommand]>(
  'grantRotationException',
);
export const issueRotationDecisionUpdate = defineUpdate<RotationStatus, [RotationDecisionCommand]>(
  'issueRotationDecision',
);
export const confirmHandOverUpdate = defineUpdate<RotationStatus, [HandOverCommand]>('confirmHandOver');
export const evaluateRotationUpdate = defineUpdate<RotationStatus, [EvaluateRotationCommand]>(
  'evaluateRotation',
);
export const decideRotationEndUpdate = defineUpdate<RotationStatus, [EndOfTermCommand]>('decideRotationEnd');
export const endRotationEarlyUpdate = defineUpdate<RotationStatus, [EndEarlyCommand]>('endRotationEarly');
export const withdrawRotationUpdate = defineUpdate<RotationStatus, [WithdrawRotationCommand]>(
  'withdrawRotation',
);
export const resubmitRotationUpdate = defineUpdate<RotationStatus, [ResubmitRotationCommand]>(
  'resubmitRotation',
);

/**
 * One assignment a rotation's decision writes, with what it ends in the same transaction: the cadre's
 * current post (`endsPostId`, when they still hold it) and, when `replaceHolder`, the destination's
 * holder. The decision number is the idempotency key: a retried activity finds what it wrote.
 */
export interface WriteRotationAssignmentInput {
  workflowId: string;
  cadreId: string;
  postId: string;
  kind: 'rotation' | 'transfer';
  effectiveDate: string;
  decisionRef: string;
  endsPostId: string;
  replaceHolder: boolean;
}

export interface WriteRotationAssignmentOutcome {
  assignmentId: string;
  created: boolean;
  /** Cadre codes whose assignment on the post this decision ended. */
  replaced: string[];
}

/** A rotation's decision could not be written: the registry changed (a holder arrived, the cadre left). */
export const ROTATION_CONFLICT = 'RotationAssignmentConflict';

export interface RotationActivities extends ProcedureActivities, DossierActivities {
  loadRotationFacts(input: LoadRotationFactsInput): Promise<RotationFacts>;
  writeRotationAssignment(input: WriteRotationAssignmentInput): Promise<WriteRotationAssignmentOutcome>;
}

/** `rotation/<cadre>/<n>`: the n-th rotation procedure of the cadre. */
export function formatRotationId(cadreId: string, sequence: number): string {
  return `rotation/${cadreId}/${sequence}`;
}
