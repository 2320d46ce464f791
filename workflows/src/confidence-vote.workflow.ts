import { allHandlersFinished, condition } from '@temporalio/workflow';
import type { ConfidenceVoteInput, ConfidenceVoteStatus } from '@personnel/contracts';
import { dueAfterWorkingDays, ruleParameters, vietnamDate } from '@personnel/domain';
import { procedureActivities } from './kit';
import { registerCommands } from './confidence/commands';
import { holdConfidenceConference } from './confidence/conference';
import { ConfidenceVoteContext } from './confidence/context';
import { proposeConsequences, recordResults } from './confidence/results';

/** Years of public holidays a confidence vote loads for its deadlines. */
const CALENDAR_YEARS = 1;

/**
 * The confidence vote (lấy phiếu tín nhiệm, QĐ 96-QĐ/TW 2023) of a unit's post holders, composed of
 * the kit's stages: the key-cadre conference with the three-level secret ballot over every holder
 * (convened again when not held, or withdrawn by HR) → the results written to the registry and onto
 * each holder's timeline → for each holder over 1/2 low, removal from planning proposed; for each at
 * 2/3 or more, a dismissal proposal the collective's head accepts or rejects with a reason.
 */
export async function confidenceVoteWorkflow(input: ConfidenceVoteInput): Promise<ConfidenceVoteStatus> {
  const ctx = new ConfidenceVoteContext(input);
  const s = ctx.state;
  registerCommands(ctx);
  ctx.publishIdentity();
  if (!input.timing.workingDayMs)
    ctx.holidays = await procedureActivities.loadHolidays({
      fromDate: vietnamDate(input.proposedAt),
      years: CALENDAR_YEARS,
    });
  s.dueAt = dueAfterWorkingDays(
    input.proposedAt,
    ruleParameters(input.legalBasis).procedureWorkingDays.value,
    input.timing,
    ctx.holidays,
  );
  await ctx.record('proposed', input.proposedBy, {
    unitCode: input.unitCode,
    year: input.year,
    holders: input.holders,
    keyCadres: input.keyCadres,
    collective: input.collective,
    legalBasis: input.legalBasis,
  });

  const result = await holdConfidenceConference(ctx);
  if (result === null) return finish(ctx);
  await recordResults(ctx, result);
  await proposeConsequences(ctx);
  if (s.isRunning()) {
    s.state = 'completed';
    ctx.enterStage('closed');
    await ctx.record('completed', 'system', {
      outOfPlanning: s.detail.outOfPlanning,
      dismissals: s.detail.dismissals.map((d) => ({ cadreId: d.cadreId, accepted: d.accepted })),
    });
  }
  return finish(ctx);
}

async function finish(ctx: ConfidenceVoteContext): Promise<ConfidenceVoteStatus> {
  await condition(allHandlersFinished);
  return ctx.state.status();
}
