import { sleep } from '@temporalio/workflow';
import type { PlanReview } from '@personnel/contracts';
import { addMonths, newTask, reviewRemovalProposals, vietnamInstant } from '@personnel/domain';
import { activities, type PlanContext } from './context';
import { composeVoteApprove, PlanTaskKeys, refreshStructure } from './cycle';

/** Hour (Vietnam) at which a year's review opens on its day. */
const REVIEW_HOUR = 8;

/** When the next yearly review opens: a year after the first approval took effect, then every year. */
export function nextReviewAt(ctx: PlanContext): string {
  const s = ctx.state;
  const first = s.detail.approvals[0];
  const year = s.detail.reviews.length + 1;
  const { yearMs } = ctx.input.timing;
  if (yearMs) return new Date(Date.parse(first.signedAt) + year * yearMs).toISOString();
  return vietnamInstant(addMonths(first.effectiveDate, 12 * year), REVIEW_HOUR);
}

/** The term's last instant: 31 December of its last year (or, in tests, five review years). */
export function termEndsAt(ctx: PlanContext): string {
  const { yearMs } = ctx.input.timing;
  const first = ctx.state.detail.approvals[0];
  if (yearMs) return new Date(Date.parse(first.signedAt) + 5 * yearMs).toISOString();
  return vietnamInstant(`${ctx.input.term.slice(5)}-12-31`, 23);
}

/**
 * One year's review (QĐ 50 / QĐ 377: reviewed every year): the rules propose removals (age, discipline,
 * standards), the structure figures are taken, HR adds and removes with reasons and submits, the votes
 * take the new candidates, the signer approves and the changes are published; a review without changes
 * confirms the plan as it is. Returns false when there is no review left in the term.
 */
export async function runYearlyReview(ctx: PlanContext): Promise<boolean> {
  const s = ctx.state;
  const at = nextReviewAt(ctx);
  if (Date.parse(at) >= Date.parse(termEndsAt(ctx))) return false;
  await sleep(Math.max(0, Date.parse(at) - Date.now()));
  const year = s.detail.reviews.length + 1;
  const published = s.detail.entries.filter((e) => e.status === 'published');
  const facts = await activities.loadPlanPoolFacts({
    cadreIds: [...new Set(published.map((e) => e.cadreId))].sort(),
    postCodes: [...new Set(published.map((e) => e.postCode))].sort(),
    asOf: ctx.today(),
  });
  const proposals = reviewRemovalProposals(s.detail.entries, facts, ctx.today(), ctx.input.legalBasis);
  await refreshStructure(ctx);
  const review: PlanReview = {
    year,
    openedAt: ctx.now(),
    proposals,
    structure: s.detail.structure,
    submittedAt: null,
    approval: null,
  };
  s.detail.reviews.push(review);
  s.detail.round++;
  ctx.enterStage('review');
  const task = ctx.change(
    newTask(
      PlanTaskKeys.review(year, s.detail.round),
      'revision',
      `Rà soát, bổ sung quy hoạch năm thứ ${year}`,
      [ctx.input.proposedBy, ...ctx.input.hrIds],
      true,
      ctx.taskTiming(),
    ),
  );
  await ctx.recordEntries(
    [],
    'review_opened',
    'system',
    { year, proposals, structure: s.detail.structure },
    task,
    proposals.map((p) => p.cadreId),
  );
  const end = await composeVoteApprove(ctx, { composeStage: 'review', approvalStage: 'review_approval' });
  if (end === 'confirmed') {
    ctx.enterStage('published');
    await ctx.record('review_confirmed', 'system', { year });
  } else if (end !== 'published') {
    // A review that was not passed or was rejected leaves the plan as it was published.
    const undone = [...s.candidates(), ...s.pendingRemovals()];
    for (const e of undone) {
      if (e.status === 'candidate') e.status = 'removed';
      else {
        e.status = 'published';
        e.removedBy = null;
        e.removedReason = null;
      }
    }
    ctx.enterStage('published');
    await ctx.recordEntries(undone, 'review_closed', 'system', { year, end }, [], []);
  }
  return true;
}
