import { allHandlersFinished, ApplicationFailure, condition, patched } from '@temporalio/workflow';
import type {
  AppointmentInput,
  AppointmentResult,
  CandidateEligibility,
  ConferenceResult,
  ProcedureStepKind,
} from '@personnel/contracts';
import { TaskKeys } from '@personnel/contracts';
import {
  checkAppointmentInput,
  dueAfterWorkingDays,
  evaluateEligibility,
  newTask,
  procedureSteps,
  vietnamDate,
} from '@personnel/domain';
import { registerCommands } from './appointment/commands';
import { awaitReconvening, NOT_HELD } from './appointment/reconvening';
import { runConferenceStep } from './appointment/conference-step';
import { continueIntoTerm } from './appointment/continue-into-term';
import { waitWithDeadlines } from './appointment/deadline-watch';
import { activities, ProcedureContext } from './appointment/procedure-context';
import { runTerm } from './appointment/term';
import { openRound } from './appointment/transitions';

/** Years of public holidays a procedure loads: its deadlines and a whole term's notice fit in them. */
const CALENDAR_YEARS = 2;

/**
 * The appointment procedure (bổ nhiệm): eligibility gate (or a leader's reasoned exception) → the
 * collective steps for the candidate's source, each a conference child → individual sign-offs in rounds
 * (return for revision starts a new round) → the signed decision writes the assignment → the term, run
 * after a continue-as-new so the years of waiting start from a short history.
 */
export async function appointmentWorkflow(input: AppointmentInput): Promise<AppointmentResult> {
  const problems = checkAppointmentInput(input);
  if (problems.length > 0)
    throw ApplicationFailure.nonRetryable(
      `invalid appointment: ${problems.map((p) => `${p.field}: ${p.problem}`).join('; ')}`,
      'InvalidAppointment',
    );
  const ctx = new ProcedureContext(input);
  registerCommands(ctx);
  if (input.resume) return runTerm(ctx, input.resume);

  const s = ctx.state;
  if (!input.timing.workingDayMs)
    ctx.holidays = await activities.loadHolidays({
      fromDate: vietnamDate(input.proposedAt),
      years: CALENDAR_YEARS,
    });
  s.procedureDueAt = dueAfterWorkingDays(
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

  if (!(await eligibilityGate(ctx))) return finish(ctx);
  if (!(await collectiveSteps(ctx))) return finish(ctx);

  await ctx.record('sign_off_opened', 'system', { round: s.round, appointee: s.appointee }, openRound(ctx));
  await waitWithDeadlines(
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
  s.stage = 'in_term';
  await ctx.record('appointed', decision.signerId, {
    ...decision,
    appointee: s.appointee,
    assignmentId: assignment.assignmentId,
  });
  await condition(allHandlersFinished);
  return continueIntoTerm(
    { ...input, ...s.bodies },
    {
      nextSeq: ctx.nextSeq,
      appointee,
      decision,
      term: 1,
      termStartsAt: decision.effectiveDate,
      ...s.carried(),
    },
  );
}

/** Loads the plain facts, runs the rules here (deterministically), and stops for an exception if any fail. */
async function eligibilityGate(ctx: ProcedureContext): Promise<boolean> {
  const s = ctx.state;
  const { input } = ctx;
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
  const failing = s.eligibility.filter((e) => !e.result?.eligible);
  if (failing.length === 0) s.stage = 'collective_proposes';
  else s.stage = 'awaiting_exception';
  const exceptionTask =
    failing.length > 0
      ? ctx.change(
          newTask(
            TaskKeys.exception,
            'exception',
            'Xem xét ngoại lệ về tiêu chuẩn, điều kiện',
            [...new Set([input.signerId, input.collective.headId])],
            true,
            ctx.taskTiming(),
          ),
        )
      : [];
  await ctx.record(
    'eligibility_checked',
    'system',
    {
      asOf,
      dossier,
      candidates: s.eligibility.map((e) => ({
        cadreId: e.cadreId,
        eligible: e.result?.eligible ?? false,
        failed:
          e.result?.checks.filter((c) => !c.passed).map((c) => ({ rule: c.rule, citation: c.citation })) ??
          [],
        ...(e.problem ? { problem: e.problem } : {}),
      })),
    },
    exceptionTask,
  );
  if (failing.length === 0) return true;
  await waitWithDeadlines(ctx, () => s.exception !== null || s.state !== 'in_progress');
  return s.state === 'in_progress';
}

/** Runs the source's conferences in order, narrowing the candidates; false when the procedure stopped. */
async function collectiveSteps(ctx: ProcedureContext): Promise<boolean> {
  const s = ctx.state;
  const steps = procedureSteps(ctx.input.source);
  // Before this patch a conference that was not held ended the procedure; runs begun before keep that.
  const mayReconvene = patched('reconvene-conference');
  for (const [i, step] of steps.entries()) {
    let result = await runConferenceStep(ctx, i + 1, step);
    for (let attempt = 1; mayReconvene && result && NOT_HELD.includes(result.outcome); attempt++) {
      if (!(await awaitReconvening(ctx, i + 1, step, attempt, result.outcome))) return false;
      result = await runConferenceStep(ctx, i + 1, step, attempt + 1);
    }
    if (result === null) return false;
    const forward = narrow(step, result);
    if (forward.length === 0) {
      s.close('not_passed', `${step}: ${result.outcome}`);
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

async function finish(ctx: ProcedureContext): Promise<AppointmentResult> {
  await condition(allHandlersFinished);
  const s = ctx.state;
  return {
    state: s.state === 'in_progress' ? 'not_passed' : s.state,
    appointee: s.appointee,
    decision: s.decision,
    reason: s.closedReason,
  };
}
