import { conferenceKindOf } from '@personnel/domain';
import { runConferenceStep } from '../kit';
import type { RotationContext } from './context';

/**
 * The collective's consultation and vote (QĐ 65: the rotation is decided collectively), one conference
 * child on the kit's conference step. True when the collective passed the rotation; a conference that
 * was not held or did not pass it ends the procedure (HR proposes again).
 */
export async function consultCollective(ctx: RotationContext): Promise<boolean | null> {
  const { input } = ctx;
  const s = ctx.state;
  const result = await runConferenceStep(ctx, {
    index: 1,
    attempt: 1,
    stage: 'consultation',
    stepName: 'collective_votes',
    label: 'Tập thể lãnh đạo thảo luận, biểu quyết luân chuyển',
    body: input.collective,
    conferenceKind: conferenceKindOf('collective_votes'),
    legalBasis: input.legalBasis,
    candidates: [input.cadreId],
    unitCode: input.toUnitCode,
    postCode: input.toPostId,
    deadlineMs: input.timing.conferenceDeadlineMs,
    withdrawn: () => s.withdrawn,
  });
  if (result === null) return null;
  return result.outcome === 'passed' && result.forward.includes(input.cadreId);
}
