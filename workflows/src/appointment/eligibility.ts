import type { CandidateEligibility } from '@personnel/contracts';
import { evaluateEligibility, vietnamDate } from '@personnel/domain';
import { eligibilityGate } from '../kit';
import { activities, type AppointmentContext } from './context';
import { waitWithDeadlinesOf } from './deadlines';

/**
 * The kit's eligibility gate with the appointment's rules: loads the dossier check and the plain facts,
 * evaluates the post's standards here (deterministically); a failing candidate waits for the signer's or
 * the collective head's reasoned exception.
 */
export function appointmentEligibilityGate(ctx: AppointmentContext): Promise<boolean> {
  const s = ctx.state;
  const { input } = ctx;
  return eligibilityGate(ctx, {
    passStage: 'collective_proposes',
    waitStage: 'awaiting_exception',
    exceptionAssignees: [input.signerId, input.collective.headId],
    excepted: () => s.exception !== null,
    wait: (done) => waitWithDeadlinesOf(ctx, done),
    evaluate: async () => {
      const asOf = vietnamDate(input.proposedAt);
      const dossier = await activities.verifyDossier({ documents: input.documents });
      const facts = await activities.loadCandidateFacts({
        cadreIds: input.candidateIds,
        postId: input.postId,
        asOf,
      });
      s.eligibility = facts.map((f): CandidateEligibility =>
        f.cadre && f.post
          ? {
              cadreId: f.cadreId,
              result: evaluateEligibility(f.cadre, f.post, {
                kind: 'appointment',
                asOf,
                legalBasis: input.legalBasis,
              }),
            }
          : {
              cadreId: f.cadreId,
              result: null,
              problem: f.cadre ? 'the post is not in the registry' : 'the cadre is not in the registry',
            },
      );
      return {
        failing: s.eligibility.filter((e) => !e.result?.eligible).map((e) => e.cadreId),
        payload: {
          asOf,
          dossier,
          candidates: s.eligibility.map((e) => ({
            cadreId: e.cadreId,
            eligible: e.result?.eligible ?? false,
            failed:
              e.result?.checks
                .filter((c) => !c.passed)
                .map((c) => ({ rule: c.rule, citation: c.citation })) ?? [],
            ...(e.problem ? { problem: e.problem } : {}),
          })),
        },
      };
    },
  });
}
