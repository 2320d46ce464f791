import { TaskKeys, type RotationDecision } from '@personnel/contracts';
import { evaluationCount, evaluationDay, newTask, vietnamInstant } from '@personnel/domain';
import type { RotationContext } from './context';
import { waitUntilInstant, waitWithDeadlinesOf } from './deadlines';

/** Hour (Vietnam) at which a yearly evaluation or the end of term opens on its day. */
const OPENING_HOUR = 8;

/**
 * The rotation after its decision: a durable timer per year opens the receiving unit's evaluation (due
 * after the task's working days, then escalated to the signer); at the end of the term the signer's
 * end-of-term decision; an extension adds months and years and the loop goes on. An early end stops it.
 */
export async function runRotationTail(ctx: RotationContext): Promise<void> {
  const s = ctx.state;
  const rotating = () => s.state === 'rotating';
  let opened = 0;
  for (;;) {
    const months = s.totalMonths();
    const endAt = instantAfterMonths(ctx, months);
    const next = opened < evaluationCount(months) ? opened + 1 : null;
    const evaluationAt = next === null ? null : instantOfYear(ctx, months, next);
    const at = evaluationAt !== null && evaluationAt <= endAt ? evaluationAt : endAt;
    await waitUntilInstant(ctx, at, () => !rotating());
    if (!rotating()) return;
    if (next !== null && at === evaluationAt) {
      opened = next;
      await openEvaluation(ctx, next);
      continue;
    }
    const decided = s.endsDecided;
    const n = decided + 1;
    ctx.enterStage('end_of_term');
    const task = ctx.change(
      newTask(
        TaskKeys.endOfTerm(n),
        'end_of_term',
        'Quyết định khi hết thời hạn luân chuyển',
        [ctx.input.signerId],
        true,
        ctx.taskTiming(),
      ),
    );
    await ctx.record('end_of_term_due', 'system', { lastDay: s.detail.lastDay, months }, task);
    await waitWithDeadlinesOf(ctx, () => !rotating() || s.endsDecided > decided);
    if (!rotating()) return;
  }
}

async function openEvaluation(ctx: RotationContext, year: number): Promise<void> {
  const { input } = ctx;
  const grace = input.timing.evaluationGraceMs;
  const timing = grace
    ? { dueAt: new Date(Date.now() + grace).toISOString(), remindAt: null }
    : ctx.taskTiming();
  const task = ctx.change(
    newTask(
      TaskKeys.evaluation(year),
      'evaluation',
      `Đánh giá cán bộ luân chuyển, năm thứ ${year}`,
      [...input.receivingIds],
      true,
      timing,
    ),
  );
  await ctx.record('evaluation_due', 'system', { year }, task);
}

/** The instant `months` after the decision took effect: real calendar, or the tests' short years. */
function instantAfterMonths(ctx: RotationContext, months: number): string {
  const decision = ctx.state.detail.decision as RotationDecision;
  const yearMs = ctx.input.timing.yearMs;
  if (yearMs) return new Date(Date.parse(decision.signedAt) + (months / 12) * yearMs).toISOString();
  return vietnamInstant(evaluationDay(decision.effectiveDate, months, Math.ceil(months / 12)), OPENING_HOUR);
}

function instantOfYear(ctx: RotationContext, months: number, year: number): string {
  const decision = ctx.state.detail.decision as RotationDecision;
  const yearMs = ctx.input.timing.yearMs;
  if (yearMs)
    return new Date(
      Date.parse(decision.signedAt) + (Math.min(year * 12, months) / 12) * yearMs,
    ).toISOString();
  return vietnamInstant(evaluationDay(decision.effectiveDate, months, year), OPENING_HOUR);
}
