import type { ConferenceResult } from '@personnel/contracts';
import { awaitReconvening, NOT_HELD, runConferenceStep } from '../kit';
import type { ConfidenceVoteContext } from './context';

const STEP = 'key_cadre_conference';

/**
 * The key-cadre conference with the confidence ballot over every holder (QĐ 96), one conference child
 * on the kit's conference step. A conference not held (quorum not met, expired) is convened again by
 * the proposer or its secretary, as the kit's reconvening does, or the vote is withdrawn. Returns the
 * result of the conference that was held, or null when HR withdrew the vote.
 */
export async function holdConfidenceConference(ctx: ConfidenceVoteContext): Promise<ConferenceResult | null> {
  const { input } = ctx;
  const s = ctx.state;
  for (let attempt = 1; ; attempt++) {
    s.detail.attempt = attempt;
    s.detail.conferenceOutcome = null;
    const result = await runConferenceStep(ctx, {
      index: 1,
      attempt,
      stage: 'key_cadre_conference',
      stepName: STEP,
      label: 'Hội nghị cán bộ chủ chốt lấy phiếu tín nhiệm',
      body: input.keyCadres,
      conferenceKind: 'key_cadre',
      ballot: 'confidence',
      legalBasis: input.legalBasis,
      candidates: s.holderIds(),
      unitCode: input.unitCode,
      postCode: null,
      deadlineMs: input.timing.conferenceDeadlineMs,
      withdrawn: () => s.withdrawn,
      onResult: (r) => (s.detail.conferenceOutcome = r.outcome),
    });
    if (result === null) return null;
    if (!NOT_HELD.includes(result.outcome)) return result;
    ctx.enterStage('awaiting_reconvening');
    const again = await awaitReconvening(ctx, {
      index: 1,
      attempt,
      outcome: result.outcome,
      stepName: STEP,
      assigneeIds: [input.proposedBy, input.keyCadres.secretaryId],
      wait: (done) => ctx.waitWithDeadlines(done),
    });
    if (!again) return null;
  }
}
