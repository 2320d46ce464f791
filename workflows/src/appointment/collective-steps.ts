import { patched } from '@temporalio/workflow';
import type { ConferenceResult, ProcedureStepKind } from '@personnel/contracts';
import { conferenceBodyFor, procedureStepsUnder } from '@personnel/domain';
import { awaitReconvening, NOT_HELD } from '../kit';
import { runConferenceStep } from './conference-step';
import type { AppointmentContext } from './context';
import { waitWithDeadlinesOf } from './deadlines';
import { closeProcedure } from './transitions';

/**
 * Runs the collective steps the legal basis fixes for the candidate's source, in order, narrowing the
 * candidates; false when the procedure stopped.
 */
export async function collectiveSteps(ctx: AppointmentContext): Promise<boolean> {
  const s = ctx.state;
  const steps = procedureStepsUnder(ctx.input.legalBasis, ctx.input.source);
  // Before this patch a conference that was not held ended the procedure; runs begun before keep that.
  const mayReconvene = patched('reconvene-conference');
  for (const [i, step] of steps.entries()) {
    let result = await runConferenceStep(ctx, i + 1, step);
    for (let attempt = 1; mayReconvene && result && NOT_HELD.includes(result.outcome); attempt++) {
      const { secretaryId } = conferenceBodyFor({ ...ctx.input, ...s.bodies }, step);
      const again = await awaitReconvening(ctx, {
        index: i + 1,
        attempt,
        outcome: result.outcome,
        stepName: step,
        assigneeIds: [ctx.input.proposedBy, secretaryId],
        wait: (done) => waitWithDeadlinesOf(ctx, done),
      });
      if (!again) return false;
      result = await runConferenceStep(ctx, i + 1, step, attempt + 1);
    }
    if (result === null) return false;
    const forward = narrow(step, result);
    if (forward.length === 0) {
      closeProcedure(ctx, 'not_passed', `${step}: ${result.outcome}`);
      await ctx.record('not_passed', 'system', { step, outcome: result.outcome });
      return false;
    }
    s.candidates = forward;
  }
  s.appointee = s.candidates[0];
  return true;
}

/** The collective selects and finally votes for one person: the most votes among those who passed. */
function narrow(step: ProcedureStepKind, result: ConferenceResult): string[] {
  if (result.outcome !== 'passed' && result.outcome !== 'top_two') return [];
  if (step !== 'collective_selects' && step !== 'collective_votes') return result.forward;
  const votes = (id: string) => result.votes?.find((v) => v.candidateId === id)?.votes ?? 0;
  const best = [...result.forward].sort((a, b) => votes(b) - votes(a))[0];
  return best ? [best] : [];
}
