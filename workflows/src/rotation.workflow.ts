import { allHandlersFinished, condition, patched } from '@temporalio/workflow';
import type { RotationStatus } from '@personnel/contracts';
import type { RotationInput } from '@personnel/contracts';
import { dueAfterWorkingDays, ruleParameters, vietnamDate } from '@personnel/domain';
import { procedureActivities } from './kit';
import { registerCommands } from './rotation/commands';
import { consultCollective } from './rotation/consultation';
import { RotationContext } from './rotation/context';
import { waitWithDeadlinesOf } from './rotation/deadlines';
import { rotationDossierGate } from './rotation/dossier';
import { rotationEligibilityGate } from './rotation/eligibility';
import { runRotationTail } from './rotation/tail';
import { closeRotation, openRotationRound } from './rotation/transitions';

/** Years of public holidays a rotation loads for its deadlines before the decision. */
const CALENDAR_YEARS = 2;

/**
 * The rotation procedure (luân chuyển, QĐ 65-QĐ/TW 2022), composed of the kit's stages: eligibility gate
 * (or a leader's reasoned exception) → the dossier gate (complete, or excused by a leader) → the collective's consultation and vote (a conference child) →
 * individual sign-offs in rounds (a return opens a revision) → the signed decision writes the registry
 * → hand-over → a yearly evaluation by the receiving unit → the end-of-term decision (return, reassign,
 * keep, or extend) or an early end at any time.
 */
export async function rotationWorkflow(input: RotationInput): Promise<RotationStatus> {
  const ctx = new RotationContext(input);
  const s = ctx.state;
  registerCommands(ctx);
  const dossier = rotationDossierGate(ctx);
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
    cadreId: input.cadreId,
    fromPostId: input.fromPostId,
    toUnitCode: input.toUnitCode,
    toPostId: input.toPostId,
    reason: input.reason,
    months: input.months,
    replaceHolder: input.replaceHolder === true,
    legalBasis: input.legalBasis,
    collective: input.collective,
    signOffMode: input.signOffMode,
    signOff: input.signOff,
    signerId: input.signerId,
    receivingIds: input.receivingIds,
    ...(input.batchId ? { batchId: input.batchId } : {}),
  });

  if (!(await rotationEligibilityGate(ctx))) return finish(ctx);
  // Runs begun before the dossier gate are consulted straight after eligibility.
  if (patched('dossier-gate') && !(await dossier.run())) return finish(ctx);
  const passed = await consultCollective(ctx);
  if (passed === null) return finish(ctx);
  if (!passed) {
    const changed = closeRotation(ctx, 'not_passed', 'the collective did not pass the rotation');
    await ctx.record('not_passed', 'system', { step: 'collective_votes' }, changed);
    return finish(ctx);
  }
  await ctx.record('sign_off_opened', 'system', { round: s.detail.round }, openRotationRound(ctx));
  await waitWithDeadlinesOf(ctx, () => s.state !== 'in_progress');
  if (s.state === 'rotating') await runRotationTail(ctx);
  return finish(ctx);
}

async function finish(ctx: RotationContext): Promise<RotationStatus> {
  await condition(allHandlersFinished);
  return ctx.state.status();
}
