import {
  conferenceWorkflowId,
  TaskKeys,
  type ConfidenceResult,
  type ConferenceResult,
} from '@personnel/contracts';
import { newTask, ruleParameters, vietnamDate } from '@personnel/domain';
import { activities, type ConfidenceVoteContext } from './context';

/**
 * The conference's results become facts: the registry's `confidence_vote_result` rows (one activity,
 * written once whatever its retries), then one journal step per holder on that holder's timeline.
 */
export async function recordResults(ctx: ConfidenceVoteContext, result: ConferenceResult): Promise<void> {
  const { input } = ctx;
  const s = ctx.state;
  const postOf = new Map(input.holders.map((h) => [h.cadreId, h.postId]));
  const results: ConfidenceResult[] = (result.confidence ?? []).map((c) => ({
    cadreId: c.candidateId,
    postId: postOf.get(c.candidateId) as string,
    high: c.high,
    confidence: c.confidence,
    low: c.low,
    ballotsCast: result.ballotsCast ?? 0,
    summoned: result.summoned,
    outcome: c.outcome,
  }));
  const votedOn = vietnamDate(ctx.now());
  s.detail.results = results;
  s.detail.votedOn = votedOn;
  s.detail.sheetSha256 = result.sheetSha256 ?? null;
  await activities.writeConfidenceResults({
    workflowId: ctx.workflowId,
    conferenceId: conferenceWorkflowId(ctx.workflowId, 1),
    unitCode: input.unitCode,
    year: input.year,
    votedOn,
    sheetSha256: result.sheetSha256 ?? '',
    legalBasis: input.legalBasis,
    results,
  });
  const citation = ruleParameters(input.legalBasis).confidenceVote.citation;
  await Promise.all(
    results.map((r) =>
      ctx.recordFor([r.cadreId], 'confidence_result', input.keyCadres.secretaryId, {
        ...r,
        votedOn,
        sheetSha256: s.detail.sheetSha256,
        citation,
      }),
    ),
  );
}

/**
 * What QĐ 96 makes of the results: for each holder over 1/2 low, removal from planning proposed (a
 * fact the planning review acts on); for each at 2/3 or more, a dismissal proposal opened as its own
 * task for the collective's head. Returns when every proposal is decided.
 */
export async function proposeConsequences(ctx: ConfidenceVoteContext): Promise<void> {
  const { input } = ctx;
  const s = ctx.state;
  const citation = ruleParameters(input.legalBasis).confidenceVote.citation;
  const low = s.detail.results.filter((r) => r.outcome !== 'retained');
  s.detail.outOfPlanning = low.map((r) => r.cadreId);
  const steps: Promise<unknown>[] = low.map((r) =>
    ctx.recordFor([r.cadreId], 'out_of_planning_proposed', 'system', {
      cadreId: r.cadreId,
      postId: r.postId,
      low: r.low,
      summoned: r.summoned,
      citation,
    }),
  );
  const removals = low.filter((r) => r.outcome === 'removal_from_post');
  if (removals.length > 0) ctx.enterStage('dismissal_proposals');
  for (const r of removals) {
    const key = TaskKeys.dismissal(r.cadreId);
    s.detail.dismissals.push({
      cadreId: r.cadreId,
      taskKey: key,
      accepted: null,
      decidedBy: null,
      decidedAt: null,
      reason: null,
    });
    const task = newTask(
      key,
      'dismissal_proposal',
      'Xem xét đề nghị cho thôi giữ chức vụ (tín nhiệm thấp từ 2/3)',
      [input.collective.headId],
      true,
      ctx.taskTiming(),
    );
    steps.push(
      ctx.recordFor(
        [r.cadreId],
        'dismissal_proposed',
        'system',
        { cadreId: r.cadreId, postId: r.postId, low: r.low, summoned: r.summoned, taskKey: key, citation },
        ctx.change(task),
      ),
    );
  }
  await Promise.all(steps);
  await ctx.waitWithDeadlines(() => s.dismissalsDecided() || !s.isRunning());
}
