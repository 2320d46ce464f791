import { evaluateRotation, vietnamDate } from '@personnel/domain';
import { eligibilityGate } from '../kit';
import { activities, type RotationContext } from './context';
import { waitWithDeadlinesOf } from './deadlines';

/**
 * The kit's eligibility gate with the rotation's rules: the activity loads the plain facts, the rules
 * run here (deterministically); a failing rotation waits for the signer's or the collective head's
 * reasoned exception.
 */
export function rotationEligibilityGate(ctx: RotationContext): Promise<boolean> {
  const s = ctx.state;
  const { input } = ctx;
  return eligibilityGate(ctx, {
    passStage: 'consultation',
    waitStage: 'awaiting_exception',
    exceptionAssignees: [input.signerId, input.collective.headId],
    excepted: () => s.detail.exception !== null,
    wait: (done) => waitWithDeadlinesOf(ctx, done),
    evaluate: async () => {
      const asOf = vietnamDate(input.proposedAt);
      const facts = await activities.loadRotationFacts({
        workflowId: ctx.workflowId,
        cadreId: input.cadreId,
        fromPostId: input.fromPostId,
        toPostId: input.toPostId,
        asOf,
      });
      const { cadre, origin, destination } = facts;
      const problem = !cadre
        ? 'the cadre is not in the registry'
        : !origin
          ? 'the post the cadre leaves is not in the registry'
          : !destination
            ? 'the destination post is not in the registry'
            : null;
      s.detail.eligibility =
        cadre && origin && destination
          ? evaluateRotation({ cadre, origin, destination }, input, { asOf, legalBasis: input.legalBasis })
          : null;
      const eligible = s.detail.eligibility?.eligible ?? false;
      return {
        failing: eligible ? [] : [input.cadreId],
        payload: {
          asOf,
          cadreId: input.cadreId,
          eligible,
          failed:
            s.detail.eligibility?.checks
              .filter((c) => !c.passed)
              .map((c) => ({ rule: c.rule, citation: c.citation })) ?? [],
          ...(problem ? { problem } : {}),
        },
      };
    },
  });
}
