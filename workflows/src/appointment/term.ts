import { allHandlersFinished, condition, patched, proxyActivities } from '@temporalio/workflow';
import {
  conferenceWorkflowId,
  type AppointmentResult,
  type AppointmentResume,
  type ConferenceBody,
  type ConferenceResult,
  type ConfidenceVoteActivities,
  type ProcedureStepKind,
} from '@personnel/contracts';
import { vietnamDate } from '@personnel/domain';
import { JOURNAL_ACTIVITY_OPTIONS } from '../activity-options';
import { endOfTermNotice, NOT_HELD, termNoticeInstant } from '../kit';
import { runConferenceStep } from './conference-step';
import { activities, type AppointmentContext } from './context';
import { continueIntoTerm } from './continue-into-term';
import { waitWithDeadlinesOf } from './deadlines';
import { closeProcedure, openDecision } from './transitions';

/** Reappointment votes: the key cadres' confidence, then the collective (NĐ 138 Art. 52). */
const REAPPOINTMENT_STEPS: readonly ProcedureStepKind[] = ['key_cadre_conference', 'collective_votes'];

const confidenceActivities = proxyActivities<ConfidenceVoteActivities>(JOURNAL_ACTIVITY_OPTIONS);

/**
 * The term after a decision, in a run of its own (continue-as-new), so waiting five years starts from a
 * short history: sleep until the reappointment notice, then the reappointment procedure (self-assessment,
 * confidence vote, collective vote), then either the next term's decision (and continue-as-new again)
 * or the end of the term.
 */
export async function runTerm(
  ctx: AppointmentContext,
  resume: AppointmentResume,
): Promise<AppointmentResult> {
  const s = ctx.state;
  const { input } = ctx;
  s.state = 'appointed';
  ctx.enterStage('in_term');
  s.appointee = resume.appointee;
  s.candidates = [resume.appointee];
  s.decision = resume.decision;
  s.term = resume.term;
  const termLast = resume.decision.termLastDay;
  const noticeAt = await termNoticeInstant(ctx, {
    signedAt: resume.decision.signedAt,
    termLastDay: termLast,
    legalBasis: input.legalBasis,
    termMs: input.timing.termMs,
    noticeMs: input.timing.reappointmentNoticeMs,
  });
  await ctx.record('term_started', resume.decision.signerId, {
    term: s.term,
    termStartsAt: resume.termStartsAt,
    termLastDay: termLast,
    noticeAt,
  });
  await endOfTermNotice(ctx, {
    noticeAt,
    stage: 'reappointment',
    task: {
      key: `self-assessment-t${s.term}`,
      kind: 'self_assessment',
      label: 'Tự đánh giá kết quả thực hiện nhiệm vụ',
      assigneeIds: [input.proposedBy],
    },
    stepKind: 'reappointment_notice',
    payload: { term: s.term, termLastDay: termLast },
    answered: () => s.selfAssessment !== null,
    wait: (done) => waitWithDeadlinesOf(ctx, done),
  });

  for (const [i, step] of REAPPOINTMENT_STEPS.entries()) {
    const index = s.term * 10 + i + 1;
    // The confidence vote takes QĐ 96's three-level ballot (the confidence-vote procedure's own rules):
    // over 1/2 low and the holder is out of planning, so not reappointed. Term runs begun before the
    // patch keep the approval ballot they started with.
    const confidence = step === 'key_cadre_conference' && patched('reappointment-confidence-ballot');
    const result = await runConferenceStep(
      ctx,
      index,
      step,
      1,
      reappointmentBody(ctx, step),
      confidence ? 'confidence' : undefined,
    );
    if (confidence && result) await writeReappointmentConfidence(ctx, index, result);
    if (result === null || !result.forward.includes(resume.appointee)) {
      closeProcedure(ctx, 'term_ended', `not reappointed: ${step} ${result?.outcome ?? 'cancelled'}`);
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
  await waitWithDeadlinesOf(ctx, () => s.decision !== previous);
  const { decision } = s.signed();
  const assignment = await activities.writeAssignment({
    workflowId: ctx.workflowId,
    cadreId: resume.appointee,
    postId: input.postId,
    effectiveDate: decision.effectiveDate,
    decisionRef: decision.number,
    kind: 'reappointment',
  });
  ctx.enterStage('in_term');
  await ctx.record('reappointed', decision.signerId, {
    ...decision,
    term: s.term + 1,
    assignmentId: assignment.assignmentId,
  });
  s.applied = decision;
  await condition(allHandlersFinished);
  return continueIntoTerm(ctx, {
    nextSeq: ctx.nextSeq,
    appointee: resume.appointee,
    decision,
    term: s.term + 1,
    termStartsAt: decision.effectiveDate,
    ...s.carried(),
  });
}

/** The reappointment's confidence results, written to the registry as a confidence vote's are. */
async function writeReappointmentConfidence(
  ctx: AppointmentContext,
  index: number,
  result: ConferenceResult,
): Promise<void> {
  if (NOT_HELD.includes(result.outcome) || !result.confidence || !result.sheetSha256) return;
  const { input } = ctx;
  const votedOn = vietnamDate(ctx.now());
  await confidenceActivities.writeConfidenceResults({
    workflowId: ctx.workflowId,
    conferenceId: conferenceWorkflowId(ctx.workflowId, index),
    unitCode: input.unitCode,
    year: Number(votedOn.slice(0, 4)),
    votedOn,
    sheetSha256: result.sheetSha256,
    legalBasis: input.legalBasis,
    results: result.confidence.map((c) => ({
      cadreId: c.candidateId,
      postId: input.postId,
      high: c.high,
      confidence: c.confidence,
      low: c.low,
      ballotsCast: result.ballotsCast ?? 0,
      summoned: result.summoned,
      outcome: c.outcome,
    })),
  });
}

/**
 * Who votes on the reappointment: the collective, and for the confidence vote the key cadres of the
 * post's unit — an outside candidate's procedure named none (its consultation was of the home unit),
 * so there the collective holds the confidence vote too.
 */
function reappointmentBody(ctx: AppointmentContext, step: ProcedureStepKind): ConferenceBody {
  const { collective, keyCadreConference } = ctx.state.bodies;
  return step === 'key_cadre_conference' ? (keyCadreConference ?? collective) : collective;
}
