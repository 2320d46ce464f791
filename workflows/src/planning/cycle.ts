import type { ConferenceBody, ConferenceKind, PlanApproval } from '@personnel/contracts';
import { cancelled, newTask, planStructure } from '@personnel/domain';
import { runConferenceStep } from '../kit';
import { activities, type PlanContext } from './context';

/** Task keys of a plan: HR's composition (or the year's review) and the approval, per round. */
export const PlanTaskKeys = {
  compose: (round: number) => `compose-${round}`,
  review: (year: number, round: number) => `review-${year}-${round}`,
  approval: (round: number) => `approval-${round}`,
};

/** How one pass through the cycle ended. */
export type CycleEnd = 'published' | 'confirmed' | 'rejected' | 'withdrawn' | 'not_passed';

/**
 * One composition of the plan (the first one, or a year's review) up to its publication: HR composes
 * and submits → the key cadres and then the collective vote the new candidates (secret ballots; those
 * who do not pass leave the pool) → the signer approves (publishes), returns (HR composes again) or
 * rejects. The caller has opened HR's task of the round and recorded the step that opened it.
 */
export async function composeVoteApprove(
  ctx: PlanContext,
  p: { composeStage: 'drafting' | 'review'; approvalStage: 'approval' | 'review_approval' },
): Promise<CycleEnd> {
  const s = ctx.state;
  for (;;) {
    await ctx.wait(() => s.submitted || s.withdrawn);
    if (s.withdrawn) return 'withdrawn';
    s.submitted = false;
    // A review submitted without changes confirms the plan as published: no votes, no approval.
    if (p.composeStage === 'review' && !s.hasChanges()) return 'confirmed';
    if (
      !(await vote(
        ctx,
        'key_cadre_vote',
        'key_cadre',
        ctx.input.keyCadre,
        'Hội nghị cán bộ chủ chốt giới thiệu quy hoạch',
      ))
    )
      return s.withdrawn ? 'withdrawn' : 'not_passed';
    if (
      !(await vote(
        ctx,
        'collective_vote',
        'collective',
        ctx.input.collective,
        'Tập thể lãnh đạo biểu quyết quy hoạch',
      ))
    )
      return s.withdrawn ? 'withdrawn' : 'not_passed';
    ctx.enterStage(p.approvalStage);
    const approvalTask = ctx.change(
      newTask(
        PlanTaskKeys.approval(s.detail.round),
        'decision',
        'Phê duyệt quy hoạch',
        [ctx.input.signerId],
        true,
        ctx.taskTiming(),
      ),
    );
    await ctx.record('approval_requested', 'system', { round: s.detail.round }, approvalTask);
    await ctx.wait(() => s.answer !== null || s.withdrawn);
    if (s.withdrawn) return 'withdrawn';
    const answer = s.answer;
    s.answer = null;
    if (answer === 'approve') {
      await publish(ctx, s.detail.approvals[s.detail.approvals.length - 1]);
      return 'published';
    }
    if (answer === 'reject') return 'rejected';
    // Returned: HR composes the round again (the decide command opened the task and recorded it).
    ctx.enterStage(p.composeStage);
  }
}

/**
 * One vote on the candidates of this round: a conference child. Candidates who do not go forward leave
 * the pool. False when the conference was not held, or the procedure was withdrawn meanwhile.
 */
async function vote(
  ctx: PlanContext,
  stage: 'key_cadre_vote' | 'collective_vote',
  kind: ConferenceKind,
  body: ConferenceBody,
  label: string,
): Promise<boolean> {
  const s = ctx.state;
  const candidates = [...new Set(s.candidates().map((e) => e.cadreId))].sort();
  if (candidates.length === 0) return true;
  const index = ++s.detail.conferences;
  const result = await runConferenceStep(ctx, {
    index,
    attempt: 1,
    stage,
    stepName: stage,
    label,
    body,
    conferenceKind: kind,
    legalBasis: ctx.input.legalBasis,
    candidates,
    unitCode: ctx.input.unitCode,
    postCode: null,
    deadlineMs: ctx.input.timing.conferenceDeadlineMs,
    withdrawn: () => s.withdrawn,
  });
  if (result === null) return false;
  if (result.outcome === 'quorum_not_met' || result.outcome === 'expired') return false;
  const out = candidates.filter((c) => !result.forward.includes(c));
  if (out.length > 0) {
    const dropped = s.candidates().filter((e) => out.includes(e.cadreId));
    for (const e of dropped) {
      e.status = 'removed';
      e.removedBy = 'system';
      e.removedReason = `not passed by the ${kind === 'key_cadre' ? 'key-cadre conference' : 'collective'}`;
    }
    await ctx.recordEntries(dropped, 'candidate_removed', 'system', { step: stage, cadreIds: out });
  }
  return true;
}

/** Publishes the approved pool: the registry gains the new entries and loses the removed ones. */
async function publish(ctx: PlanContext, approval: PlanApproval): Promise<void> {
  const s = ctx.state;
  const added = s.candidates();
  const removed = s.pendingRemovals();
  const add = added.map((e) => ({ postCode: e.postCode, cadreId: e.cadreId }));
  const remove = removed.map((e) => ({
    postCode: e.postCode,
    cadreId: e.cadreId,
    reason: e.removedReason ?? '',
  }));
  const changed = [...added, ...removed];
  const outcome = await activities.publishPlan({
    workflowId: ctx.workflowId,
    term: ctx.input.term,
    effectiveDate: approval.effectiveDate,
    approvedBy: approval.signerId,
    decisionNumber: approval.number,
    add,
    remove,
  });
  for (const e of added) {
    e.status = 'published';
    e.publishedFrom = approval.effectiveDate;
  }
  for (const e of removed) e.publishedTo = approval.effectiveDate;
  s.state = 'in_force';
  ctx.enterStage('published');
  await refreshStructure(ctx);
  await ctx.recordEntries(changed, 'published', approval.signerId, {
    number: approval.number,
    effectiveDate: approval.effectiveDate,
    added: add,
    removed: remove,
    written: outcome,
  });
}

/** The structure figures of the pool as it stands now, from the registry's facts of its cadres. */
export async function refreshStructure(ctx: PlanContext): Promise<void> {
  const s = ctx.state;
  const entries = s.detail.entries.filter((e) => e.status !== 'removed');
  const facts = await activities.loadPlanPoolFacts({
    cadreIds: [...new Set(entries.map((e) => e.cadreId))].sort(),
    postCodes: [],
    asOf: ctx.today(),
  });
  s.detail.structure = planStructure(s.detail.entries, facts, ctx.today(), ctx.input.legalBasis);
}

/** Cancels what is open when the plan ends before its publication. */
export function cancelOpenTasks(ctx: PlanContext) {
  const at = ctx.now();
  return ctx.change(...ctx.state.openTasks().map((t) => cancelled(t, at)));
}
