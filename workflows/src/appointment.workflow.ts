import { allHandlersFinished, ApplicationFailure, condition, patched } from '@temporalio/workflow';
import type { AppointmentInput, AppointmentResult } from '@personnel/contracts';
import { checkAppointmentInput, dueAfterWorkingDays, vietnamDate } from '@personnel/domain';
import { collectiveSteps } from './appointment/collective-steps';
import { registerCommands } from './appointment/commands';
import { activities, AppointmentContext } from './appointment/context';
import { continueIntoTerm } from './appointment/continue-into-term';
import { appointmentDossierGate } from './appointment/dossier';
import { waitWithDeadlinesOf } from './appointment/deadlines';
import { appointmentEligibilityGate } from './appointment/eligibility';
import { runTerm } from './appointment/term';
import { openRound } from './appointment/transitions';

/** Years of public holidays a procedure loads: its deadlines and a whole term's notice fit in them. */
const CALENDAR_YEARS = 2;

/**
 * The appointment procedure (bổ nhiệm), composed of the kit's stages: eligibility gate (or a leader's
 * reasoned exception) → the dossier gate (complete, or excused by a leader) → the collective steps the legal basis fixes for the candidate's source, each a
 * conference child → individual sign-offs in rounds (return for revision starts a new round) → the
 * signed decision writes the assignment → the term, run after a continue-as-new so the years of waiting
 * start from a short history.
 */
export async function appointmentWorkflow(input: AppointmentInput): Promise<AppointmentResult> {
  const problems = checkAppointmentInput(input);
  if (problems.length > 0)
    throw ApplicationFailure.nonRetryable(
      `invalid appointment: ${problems.map((p) => `${p.field}: ${p.problem}`).join('; ')}`,
      'InvalidAppointment',
    );
  // Runs begun before the kernel journal through recordAppointmentStep and publish only their stage.
  const ctx = new AppointmentContext(input, patched('procedure-kernel'));
  registerCommands(ctx);
  const dossier = appointmentDossierGate(ctx);
  ctx.publishIdentity();
  if (input.resume) return runTerm(ctx, input.resume);

  const s = ctx.state;
  if (!input.timing.workingDayMs)
    ctx.holidays = await activities.loadHolidays({
      fromDate: vietnamDate(input.proposedAt),
      years: CALENDAR_YEARS,
    });
  s.dueAt = dueAfterWorkingDays(
    input.proposedAt,
    input.timing.procedureWorkingDays,
    input.timing,
    ctx.holidays,
  );
  await ctx.record('proposed', input.proposedBy, {
    candidateIds: input.candidateIds,
    postId: input.postId,
    source: input.source,
    legalBasis: input.legalBasis,
    signOffMode: input.signOffMode,
    signOff: input.signOff,
    signerId: input.signerId,
    documents: input.documents,
  });

  if (!(await appointmentEligibilityGate(ctx))) return finish(ctx);
  // Runs begun before the dossier gate convene their first conference straight after eligibility.
  if (patched('dossier-gate') && !(await dossier.run())) return finish(ctx);
  if (!(await collectiveSteps(ctx))) return finish(ctx);

  await ctx.record('sign_off_opened', 'system', { round: s.round, appointee: s.appointee }, openRound(ctx));
  await waitWithDeadlinesOf(
    ctx,
    () => s.state !== 'in_progress' || (s.decision !== null && s.stage === 'awaiting_decision'),
  );
  if (s.state !== 'in_progress') return finish(ctx);

  const { appointee, decision } = s.signed();
  const assignment = await activities.writeAssignment({
    workflowId: ctx.workflowId,
    cadreId: appointee,
    postId: input.postId,
    effectiveDate: decision.effectiveDate,
    decisionRef: decision.number,
    kind: 'appointment',
  });
  s.state = 'appointed';
  ctx.enterStage('in_term');
  await ctx.record('appointed', decision.signerId, {
    ...decision,
    appointee: s.appointee,
    assignmentId: assignment.assignmentId,
  });
  s.applied = decision;
  await condition(allHandlersFinished);
  return continueIntoTerm(ctx, {
    nextSeq: ctx.nextSeq,
    appointee,
    decision,
    term: 1,
    termStartsAt: decision.effectiveDate,
    ...s.carried(),
  });
}

async function finish(ctx: AppointmentContext): Promise<AppointmentResult> {
  await condition(allHandlersFinished);
  const s = ctx.state;
  return {
    state: s.state === 'in_progress' ? 'not_passed' : s.state,
    appointee: s.appointee,
    decision: s.decision,
    reason: s.closedReason,
  };
}
