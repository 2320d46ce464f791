import { allHandlersFinished, condition, sleep } from '@temporalio/workflow';
import type { PlanEntry, PlanInput, PlanStatus } from '@personnel/contracts';
import { newTask, vietnamDate } from '@personnel/domain';
import { continueAsNewKeepingMemo, procedureActivities } from './kit';
import { registerPlanCommands } from './planning/commands';
import { activities, PlanContext } from './planning/context';
import { composeVoteApprove, PlanTaskKeys, refreshStructure } from './planning/cycle';
import { copy } from './planning/plan-state';
import { runYearlyReview, termEndsAt } from './planning/review';

/** Years of public holidays a plan loads for its task deadlines. */
const CALENDAR_YEARS = 2;

/**
 * The planning procedure (quy hoạch, QĐ 50-QĐ/TW 2021 / QĐ 377-QĐ/TW 2025) of a unit for a term,
 * composed of the kit's stages: HR composes the pool from the published plan of the term (every entry
 * checked live by the rules) → the key cadres' and the collective's secret ballots → the signer's
 * approval publishes it → a yearly review (automatic removal proposals, structure figures, the same
 * votes and approval), each year a new run (continue-as-new), until the term ends.
 */
export async function planWorkflow(input: PlanInput): Promise<PlanStatus> {
  const ctx = new PlanContext(input);
  const s = ctx.state;
  registerPlanCommands(ctx);
  ctx.publishIdentity();
  if (!input.timing.workingDayMs)
    ctx.holidays = await procedureActivities.loadHolidays({
      fromDate: vietnamDate(ctx.now()),
      years: CALENDAR_YEARS,
    });

  if (!input.carry) {
    const baseline = await activities.loadPlanBaseline({ unitCode: input.unitCode, term: input.term });
    s.detail.entries.push(...baseline.map((b) => carriedEntry(b)));
    await refreshStructure(ctx);
    const task = ctx.change(
      newTask(
        PlanTaskKeys.compose(1),
        'revision',
        'Lập danh sách quy hoạch',
        [input.proposedBy, ...input.hrIds],
        true,
        ctx.taskTiming(),
      ),
    );
    await ctx.recordEntries(
      s.detail.entries,
      'proposed',
      input.proposedBy,
      {
        unitCode: input.unitCode,
        term: input.term,
        legalBasis: input.legalBasis,
        carried: baseline.length,
        keyCadre: input.keyCadre,
        collective: input.collective,
        signerId: input.signerId,
        hrIds: input.hrIds,
      },
      task,
      [],
    );
    const end = await composeVoteApprove(ctx, { composeStage: 'drafting', approvalStage: 'approval' });
    if (end !== 'published') {
      if (end !== 'withdrawn') {
        s.state = end === 'rejected' ? 'rejected' : 'not_passed';
        ctx.enterStage('closed');
        await ctx.record(end, 'system', { round: s.detail.round });
      }
      return finish(ctx);
    }
  }

  if (await runYearlyReview(ctx)) {
    await condition(allHandlersFinished);
    return continueAsNewKeepingMemo<typeof planWorkflow>({
      ...input,
      carry: { seq: ctx.nextSeq, detail: copy(s.detail) },
    });
  }
  // No review left in the term: the plan stays in force until the term's last day, then ends.
  await sleep(Math.max(0, Date.parse(termEndsAt(ctx)) - Date.now()));
  s.state = 'ended';
  ctx.enterStage('closed');
  await ctx.record('plan_ended', 'system', { term: input.term });
  return finish(ctx);
}

function carriedEntry(b: {
  postCode: string;
  postLevel: PlanEntry['postLevel'];
  cadreId: string;
  from: string;
}): PlanEntry {
  return {
    postCode: b.postCode,
    postLevel: b.postLevel,
    cadreId: b.cadreId,
    status: 'published',
    addedBy: 'registry',
    addedAt: b.from,
    reason: null,
    removedBy: null,
    removedReason: null,
    publishedFrom: b.from,
    publishedTo: null,
  };
}

async function finish(ctx: PlanContext): Promise<PlanStatus> {
  await condition(allHandlersFinished);
  return ctx.state.status();
}
