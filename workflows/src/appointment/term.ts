import { allHandlersFinished, condition, sleep } from '@temporalio/workflow';
import type {
  AppointmentResult,
  AppointmentResume,
  ConferenceBody,
  ProcedureStepKind,
} from '@personnel/contracts';
import { addDays, newTask, reappointmentNoticeDeadline, vietnamInstant } from '@personnel/domain';
import { runConferenceStep } from './conference-step';
import { continueIntoTerm } from './continue-into-term';
import { waitWithDeadlines } from './deadline-watch';
import { activities, type ProcedureContext } from './procedure-context';
import { openDecision } from './transitions';

/** Hour (Vietnam) at which the reappointment notice fires on its day. */
const NOTICE_HOUR = 8;

/** Reappointment votes: the key cadres' confidence, then the collective (NĐ 138 Art. 52). */
const REAPPOINTMENT_STEPS: readonly ProcedureStepKind[] = ['key_cadre_conference', 'collective_votes'];

/**
 * The term after a decision, in a run of its own (continue-as-new), so waiting five years starts from a
 * short history: sleep until the reappointment notice, then the reappointment procedure (self-assessment,
 * confidence vote, collective vote), then either the next term's decision (and continue-as-new again)
 * or the end of the term.
 */
export async function runTerm(ctx: ProcedureContext, resume: AppointmentResume): Promise<AppointmentResult> {
  const s = ctx.state;
  const { input } = ctx;
  s.state = 'appointed';
  s.stage = 'in_term';
  s.appointee = resume.appointee;
  s.candidates = [resume.appointee];
  s.decision = resume.decision;
  s.term = resume.term;
  const termLast = resume.decision.termLastDay;
  const noticeAt = await noticeInstant(ctx, resume);
  await ctx.record('term_started', resume.decision.signerId, {
    term: s.term,
    termStartsAt: resume.termStartsAt,
    termLastDay: termLast,
    noticeAt,
  });
  await sleep(Math.max(0, Date.parse(noticeAt) - Date.now()));

  s.stage = 'reappointment';
  const assessment = ctx.change(
    newTask(
      `self-assessment-t${s.term}`,
      'self_assessment',
      'Tự đánh giá kết quả thực hiện nhiệm vụ',
      [input.proposedBy],
      true,
      ctx.taskTiming(),
    ),
  );
  await ctx.record('reappointment_notice', 'system', { term: s.term, termLastDay: termLast }, assessment);
  await waitWithDeadlines(ctx, () => s.selfAssessment !== null);

  for (const [i, step] of REAPPOINTMENT_STEPS.entries()) {
    const result = await runConferenceStep(ctx, s.term * 10 + i + 1, step, 1, reappointmentBody(ctx, step));
    if (result === null || !result.forward.includes(resume.appointee)) {
      s.close('term_ended', `not reappointed: ${step} ${result?.outcome ?? 'cancelled'}`);
      await ctx.record('term_ended', 'system', {
        term: s.term,
        termLastDay: termLast,
        step,
        outcome: result?.outcome,
      });
      await condition(allHandlersFinished);
      return { state: 'term_ended', appointee: s.appointee, decision: s.decision, reason: s.closedReason };
    }
  }

  const previous = s.decision;
  await ctx.record('decision_requested', 'system', { term: s.term + 1 }, openDecision(ctx, s.term + 1));
  await waitWithDeadlines(ctx, () => s.decision !== previous);
  const { decision } = s.signed();
  const assignment = await activities.writeAssignment({
    workflowId: ctx.workflowId,
    cadreId: resume.appointee,
    postId: input.postId,
    effectiveDate: decision.effectiveDate,
    decisionRef: decision.number,
    kind: 'reappointment',
  });
  s.stage = 'in_term';
  await ctx.record('reappointed', decision.signerId, {
    ...decision,
    term: s.term + 1,
    assignmentId: assignment.assignmentId,
  });
  await condition(allHandlersFinished);
  return continueIntoTerm(
    { ...input, ...s.bodies },
    {
      nextSeq: ctx.nextSeq,
      appointee: resume.appointee,
      decision,
      term: s.term + 1,
      termStartsAt: decision.effectiveDate,
      ...s.carried(),
    },
  );
}

/**
 * Who votes on the reappointment: the collective, and for the confidence vote the key cadres of the
 * post's unit — an outside candidate's procedure named none (its consultation was of the home unit),
 * so there the collective holds the confidence vote too.
 */
function reappointmentBody(ctx: ProcedureContext, step: ProcedureStepKind): ConferenceBody {
  const { collective, keyCadreConference } = ctx.state.bodies;
  return step === 'key_cadre_conference' ? (keyCadreConference ?? collective) : collective;
}

/** 90 days (or 90 working days, per basis) before the term's last day; tests give the lead in ms. */
async function noticeInstant(ctx: ProcedureContext, resume: AppointmentResume): Promise<string> {
  const { timing, legalBasis } = ctx.input;
  if (timing.termMs && timing.reappointmentNoticeMs) {
    const termEnd = Date.parse(resume.decision.signedAt) + timing.termMs;
    return new Date(termEnd - timing.reappointmentNoticeMs).toISOString();
  }
  const termLast = resume.decision.termLastDay;
  ctx.holidays = await activities.loadHolidays({ fromDate: addDays(termLast, -200), years: 1 });
  return vietnamInstant(reappointmentNoticeDeadline(termLast, legalBasis, ctx.holidays), NOTICE_HOUR);
}
