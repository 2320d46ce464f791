import { ActivityFailure, ApplicationFailure } from '@temporalio/workflow';
import type { RotationDecision, WriteRotationAssignmentOutcome } from '@personnel/contracts';
import { refuse } from '../kit';
import { activities, type RotationContext } from './context';

/**
 * Writes the assignment a rotation's decision makes (and ends what it ends) before the decision is
 * recorded: when the registry no longer allows it (a holder arrived meanwhile, the cadre left the
 * post), the command is refused with the registry's reason and nothing is recorded.
 */
export async function writeDecidedAssignment(
  ctx: RotationContext,
  p: {
    postId: string;
    kind: 'rotation' | 'transfer';
    endsPostId: string;
    replaceHolder: boolean;
    decision: RotationDecision;
  },
): Promise<WriteRotationAssignmentOutcome> {
  ctx.state.writing = true;
  try {
    return await activities.writeRotationAssignment({
      workflowId: ctx.workflowId,
      cadreId: ctx.input.cadreId,
      postId: p.postId,
      kind: p.kind,
      effectiveDate: p.decision.effectiveDate,
      decisionRef: p.decision.number,
      endsPostId: p.endsPostId,
      replaceHolder: p.replaceHolder,
    });
  } catch (error) {
    const cause = error instanceof ActivityFailure ? error.cause : error;
    if (cause instanceof ApplicationFailure) refuse('registry_conflict', cause.message);
    throw error;
  } finally {
    ctx.state.writing = false;
  }
}
