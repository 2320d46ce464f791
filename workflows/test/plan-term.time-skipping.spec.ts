import {
  addPlanCandidateUpdate,
  decidePlanUpdate,
  planStatusQuery,
  removePlanCandidateUpdate,
  submitPlanUpdate,
  type PlanStatus,
} from '@personnel/contracts';
import { addMonths, monthsToRetirement, vietnamDate } from '@personnel/domain';
import { actor } from './appointment-harness';
import { holdPlanConference, planInput, PlanRecorder, planWhen, startPlan, viceChair } from './plan-harness';
import { useTimeSkipping } from './time-skipping';

const hr = actor('U-HR', ['hr_officer']);
const signer = actor('U-BT', ['approver']);

/** A man's birth date that leaves 61–66 months of service today: in planning now, out of it in a year. */
function birthDateRetiringSoon(today: string): string {
  for (let m = 0; m < 400; m++) {
    const birthDate = addMonths('1960-01-15', m);
    const left = monthsToRetirement('male', birthDate, today);
    if (left >= 61 && left <= 66) return birthDate;
  }
  throw new Error('no birth date found');
}

/**
 * A five-year plan on the time-skipping test server: published, then reviewed every year (a durable
 * timer a year after the approval took effect, each review its own run after continue-as-new), the rules
 * proposing removals for age and for a reprimand as the years pass, a review without changes confirmed,
 * and the plan ended when its term is over.
 */
describe('plan term on the time-skipping test server', () => {
  const ts = useTimeSkipping();

  it('reviews the plan each year with the rules’ removal proposals, and ends with the term', async () => {
    const recorder = new PlanRecorder();
    const { worker, taskQueue } = await ts.worker('plan-term', recorder.activities);
    await worker.runUntil(async () => {
      const started = new Date(await ts.env.currentTimeMs()).toISOString();
      const today = vietnamDate(started);
      recorder.cadres.set('CB-OLD', { ...viceChair('CB-OLD'), birthDate: birthDateRetiringSoon(today) });
      const input = planInput({ term: '2025-2030', proposedAt: started });
      const handle = await startPlan(ts.env, taskQueue, input);
      await planWhen(handle, (s) => s.tasks.some((t) => t.key === 'compose-1'));
      for (const [postCode, cadreId] of [
        ['QA-CT-UBND', 'CB-YOUNG'],
        ['QA-CT-UBND', 'CB-OLD'],
        ['QA-PBT', 'CB-LATER'],
      ])
        await handle.executeUpdate(addPlanCandidateUpdate, { args: [{ actor: hr, postCode, cadreId }] });
      await handle.executeUpdate(submitPlanUpdate, { args: [{ actor: hr }] });
      const all = { 'CB-YOUNG': 6, 'CB-OLD': 6, 'CB-LATER': 6 };
      await holdPlanConference(ts.env, handle, 1, all);
      await holdPlanConference(ts.env, handle, 2, all);
      await planWhen(handle, (s) => s.stage === 'approval');
      await handle.executeUpdate(decidePlanUpdate, {
        args: [{ actor: signer, choice: 'approve', number: '15-QĐ/HU', effectiveDate: today }],
      });
      await planWhen(handle, (s) => s.state === 'in_force');

      // Each year: skip a month at a time to the review and answer it; the run continues as new once the
      // review is done, and the next run waits for the next year.
      const reviews: PlanStatus['reviews'] = [];
      // A reprimand half a year in: the first review proposes CB-LATER's removal, with the rule.
      recorder.cadres.set('CB-LATER', {
        ...viceChair('CB-LATER'),
        disciplines: [{ form: 'reprimand', decidedAt: addMonths(today, 6) }],
      });
      const latest = () => ts.env.client.workflow.getHandle(handle.workflowId);
      for (let month = 0; month < 72; month++) {
        await ts.env.sleep(30 * 24 * 3600 * 1000);
        const status = await latest().query(planStatusQuery);
        if (status.state === 'ended') break;
        if (status.stage !== 'review') continue;
        const review = status.reviews[status.reviews.length - 1];
        if (reviews.some((r) => r.year === review.year)) continue;
        reviews.push(review);
        const runId = (await latest().describe()).runId;
        for (const proposal of review.proposals)
          await latest().executeUpdate(removePlanCandidateUpdate, {
            args: [
              {
                actor: hr,
                postCode: proposal.postCode,
                cadreId: proposal.cadreId,
                reason: `Đề xuất tự động: ${proposal.reason}`,
              },
            ],
          });
        await latest().executeUpdate(submitPlanUpdate, { args: [{ actor: hr }] });
        if (review.proposals.length > 0) {
          await planWhen(latest(), (s) => s.stage === 'review_approval');
          const effectiveDate = vietnamDate(new Date(await ts.env.currentTimeMs()).toISOString());
          await latest().executeUpdate(decidePlanUpdate, {
            args: [{ actor: signer, choice: 'approve', number: `${15 + review.year}-QĐ/HU`, effectiveDate }],
          });
        }
        // The review done, the run continues as new.
        for (let i = 0; i < 200 && (await latest().describe()).runId === runId; i++)
          await new Promise((r) => setTimeout(r, 50));
      }
      expect(await latest().query(planStatusQuery)).toMatchObject({ state: 'ended', stage: 'closed' });

      // Four reviews in a 2025-2030 term approved in late 2026; the first proposes the two removals.
      expect(reviews.map((r) => r.year)).toEqual([1, 2, 3, 4]);
      expect(reviews[0].proposals.map((p) => [p.cadreId, p.reason]).sort()).toEqual([
        ['CB-LATER', 'discipline'],
        ['CB-OLD', 'age'],
      ]);
      expect(reviews.slice(1).map((r) => r.proposals)).toEqual([[], [], []]);
      expect(recorder.publications.map((p) => p.remove.map((r) => r.cadreId).sort())).toEqual([
        [],
        ['CB-LATER', 'CB-OLD'],
      ]);
      expect([...recorder.registry]).toEqual(['QA-CT-UBND/CB-YOUNG']);
      const kinds = recorder.kinds(handle.workflowId);
      expect(kinds.filter((k) => k === 'review_opened')).toHaveLength(4);
      expect(kinds.filter((k) => k === 'review_confirmed')).toHaveLength(3);
      expect(kinds[kinds.length - 1]).toBe('plan_ended');
    });
  });
});
