import { vietnamDate } from '@personnel/domain';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import {
  addPlanCandidateUpdate,
  decidePlanUpdate,
  planStatusQuery,
  removePlanCandidateUpdate,
  submitPlanUpdate,
  withdrawPlanUpdate,
  type AddPlanCandidateCommand,
  type DecidePlanCommand,
  type PlanStatus,
} from '@personnel/contracts';
import { actor, refusalCode } from './appointment-harness';
import { connectTestEnvironment, runWithWorker } from './harness';
import { holdPlanConference, planInput, PlanRecorder, planWhen, startPlan, viceChair } from './plan-harness';

const hr = actor('U-HR');
const add = (postCode: string, cadreId: string): { args: [AddPlanCandidateCommand] } => ({
  args: [{ actor: hr, postCode, cadreId }],
});
/** The refusal of a command as `<code>: <message>`. */
async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure)
      return `${String(error.cause.details?.[0])}: ${error.cause.message}`;
    throw error;
  }
  throw new Error('the command was accepted');
}
// The day in Vietnam, as the workflow counts it (after 17:00 UTC it is already tomorrow there).
const today = () => vietnamDate(new Date().toISOString());
const approve = (number = '15-QĐ/HU'): { args: [DecidePlanCommand] } => ({
  args: [{ actor: actor('U-BT'), choice: 'approve', number, effectiveDate: today() }],
});

/** The planning procedure on the real dev server: composition, votes, approval, publication, review. */
describe('plan workflow on the real dev server', () => {
  let env: TestWorkflowEnvironment;
  let bundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    ({ env, bundle } = await connectTestEnvironment());
  });
  afterAll(async () => {
    await env?.teardown();
  });

  it('composes the pool with the live limits, votes it, and publishes exactly the approved changes once', async () => {
    const recorder = new PlanRecorder();
    recorder.baseline = [
      { postCode: 'QA-CT-UBND', postLevel: 'commune', cadreId: 'CB-OLD1', from: '2025-03-01' },
      { postCode: 'QA-CT-UBND', postLevel: 'commune', cadreId: 'CB-OLD2', from: '2025-03-01' },
    ];
    recorder.registry.add('QA-CT-UBND/CB-OLD1').add('QA-CT-UBND/CB-OLD2');
    recorder.inAppointment.add('CB-APPT');
    recorder.cadres.set('CB-SAME', {
      ...viceChair('CB-SAME'),
      assignments: [{ ...viceChair('CB-SAME').assignments[0], postCode: 'TB-CT-UBND', rankGroup: 'chair' }],
    });
    const input = planInput();
    await runWithWorker(env, bundle, recorder.activities, async (taskQueue) => {
      const handle = await startPlan(env, taskQueue, input);
      const opened = await planWhen(handle, (s) => s.tasks.some((t) => t.key === 'compose-1'));
      expect(opened.entries.map((e) => [e.cadreId, e.status])).toEqual([
        ['CB-OLD1', 'published'],
        ['CB-OLD2', 'published'],
      ]);
      expect(opened.structure.map((c) => c.rule)).toEqual([
        'planning_young_share',
        'planning_women_share',
        'planning_age_bands',
      ]);

      // Third candidate for the chair: admitted with every check passed and cited.
      const third = await handle.executeUpdate(addPlanCandidateUpdate, add('QA-CT-UBND', 'CB-NEW1'));
      // The answer leaves the entries out (a district's run to hundreds); the query and the items have them.
      expect(third).toMatchObject({ entryCount: 3 });
      expect(third).not.toHaveProperty('entries');
      const pool = await handle.query(planStatusQuery);
      expect(pool.entries.filter((e) => e.postCode === 'QA-CT-UBND')).toHaveLength(3);
      const addedStep = recorder.steps.find(
        (s) => s.workflowId === handle.workflowId && s.kind === 'candidate_added',
      );
      expect(addedStep && 'items' in addedStep ? addedStep.items : undefined).toEqual([
        {
          key: 'QA-CT-UBND/CB-NEW1',
          data: expect.objectContaining({ status: 'candidate', addedBy: 'U-HR' }),
        },
      ]);
      expect(addedStep && 'procedure' in addedStep ? addedStep.procedure.detail : {}).not.toHaveProperty(
        'entries',
      );
      // A fourth is refused by the 3-candidates rule, naming it and its citation.
      expect(
        await refusal(() => handle.executeUpdate(addPlanCandidateUpdate, add('QA-CT-UBND', 'CB-NEW2'))),
      ).toMatch(/candidates_per_post.*QĐ 377/);
      // Not while proposed for appointment to the post; not an equivalent post; not by someone outside HR.
      expect(
        await refusal(() => handle.executeUpdate(addPlanCandidateUpdate, add('QA-PBT', 'CB-APPT'))),
      ).toMatch(/not_in_appointment/);
      expect(
        await refusal(() => handle.executeUpdate(addPlanCandidateUpdate, add('QA-CT-UBND', 'CB-SAME'))),
      ).toMatch(/planned_post_higher/);
      expect(
        await refusalCode(() =>
          handle.executeUpdate(addPlanCandidateUpdate, {
            args: [{ actor: actor('U-X'), postCode: 'QA-PBT', cadreId: 'CB-Y' }],
          }),
        ),
      ).toBe('not_authorised');

      await handle.executeUpdate(addPlanCandidateUpdate, add('QA-PBT', 'CB-NEW3'));
      await handle.executeUpdate(removePlanCandidateUpdate, {
        args: [
          { actor: hr, postCode: 'QA-CT-UBND', cadreId: 'CB-OLD2', reason: 'chuyển công tác khỏi huyện' },
        ],
      });
      await handle.executeUpdate(submitPlanUpdate, { args: [{ actor: hr }] });

      // The key cadres pass CB-NEW1 and not CB-NEW3 (3 of 6 → the head decides, and is not asked here: 2 of 6).
      await planWhen(handle, (s) => s.stage === 'key_cadre_vote');
      await holdPlanConference(env, handle, 1, { 'CB-NEW1': 5, 'CB-NEW3': 2 });
      await planWhen(handle, (s) => s.stage === 'collective_vote');
      await holdPlanConference(env, handle, 2, { 'CB-NEW1': 6 });
      await planWhen(handle, (s) => s.stage === 'approval');
      expect(
        await refusalCode(() =>
          handle.executeUpdate(decidePlanUpdate, { args: [{ ...approve().args[0], actor: actor('U-HR') }] }),
        ),
      ).toBe('own_case');
      await handle.executeUpdate(decidePlanUpdate, approve());
      const published = await planWhen(handle, (s) => s.state === 'in_force');

      // The state is set as the publication's step is recorded: wait for its row.
      for (let i = 0; i < 100 && !recorder.kinds(handle.workflowId).includes('published'); i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(recorder.publications).toHaveLength(1);
      expect(recorder.publications[0]).toMatchObject({
        add: [{ postCode: 'QA-CT-UBND', cadreId: 'CB-NEW1' }],
        remove: [{ postCode: 'QA-CT-UBND', cadreId: 'CB-OLD2', reason: 'chuyển công tác khỏi huyện' }],
        approvedBy: 'U-BT',
        decisionNumber: '15-QĐ/HU',
      });
      expect([...recorder.registry].sort()).toEqual(['QA-CT-UBND/CB-NEW1', 'QA-CT-UBND/CB-OLD1']);
      expect(published.entries.find((e) => e.cadreId === 'CB-NEW3')?.status).toBe('removed');
      expect(recorder.kinds(handle.workflowId)).toEqual(
        expect.arrayContaining([
          'proposed',
          'candidate_added',
          'candidate_removed',
          'submitted',
          'approved',
          'published',
        ]),
      );
      const publishedStep = recorder.steps.find(
        (s) => s.workflowId === handle.workflowId && s.kind === 'published',
      );
      expect(publishedStep && 'concerns' in publishedStep ? publishedStep.concerns : []).toEqual([
        'CB-NEW1',
        'CB-OLD2',
      ]);
      await handle.terminate('test done');
    });
  });

  it('returns to HR on the signer’s return, and HR may withdraw before any publication', async () => {
    const recorder = new PlanRecorder();
    // Proposed at 20:00 UTC: 03:00 of the next day in Hà Nội, the day the approval may take effect from.
    const utcDay = new Date().toISOString().slice(0, 10);
    const input = planInput({ proposedAt: `${utcDay}T20:00:00.000Z` });
    await runWithWorker(env, bundle, recorder.activities, async (taskQueue) => {
      const handle = await startPlan(env, taskQueue, input);
      await planWhen(handle, (s) => s.tasks.some((t) => t.key === 'compose-1'));
      expect(await refusalCode(() => handle.executeUpdate(submitPlanUpdate, { args: [{ actor: hr }] }))).toBe(
        'invalid',
      );
      await handle.executeUpdate(addPlanCandidateUpdate, add('QA-CT-UBND', 'CB-A'));
      await handle.executeUpdate(submitPlanUpdate, { args: [{ actor: hr }] });
      await planWhen(handle, (s) => s.stage === 'key_cadre_vote');
      await holdPlanConference(env, handle, 1, { 'CB-A': 6 });
      await holdPlanConference(env, handle, 2, { 'CB-A': 6 });
      await planWhen(handle, (s) => s.stage === 'approval');
      const early = await refusal(() =>
        handle.executeUpdate(decidePlanUpdate, {
          args: [{ actor: actor('U-BT'), choice: 'approve', number: '1-QĐ/HU', effectiveDate: utcDay }],
        }),
      );
      expect(early).toMatch(/^invalid: effectiveDate may not be before the day of the proposal/);
      await handle.executeUpdate(decidePlanUpdate, {
        args: [{ actor: actor('U-BT'), choice: 'return', comment: 'bổ sung cán bộ nữ trẻ' }],
      });
      const returned = await planWhen(handle, (s) => s.stage === 'drafting');
      expect(returned.round).toBe(2);
      expect(returned.tasks.find((t) => t.key === 'compose-2')?.status).toBe('open');
      await handle.executeUpdate(withdrawPlanUpdate, {
        args: [{ actor: hr, reason: 'đơn vị sáp nhập theo đề án' }],
      });
      const result: PlanStatus = await handle.result();
      expect(result).toMatchObject({
        state: 'withdrawn',
        stage: 'closed',
        closedReason: 'đơn vị sáp nhập theo đề án',
      });
      expect(result.tasks.filter((t) => t.status === 'open')).toEqual([]);
      expect(recorder.publications).toEqual([]);
    });
  });

  it('opens a yearly review with the rules’ removal proposals, and continues as new once it is published', async () => {
    const recorder = new PlanRecorder();
    const input = planInput({
      timing: {
        taskWorkingDays: 10,
        reminderWorkingDays: 2,
        conferenceDeadlineMs: 60_000,
        workingDayMs: 3_600_000,
        yearMs: 4_000,
      },
    });
    await runWithWorker(env, bundle, recorder.activities, async (taskQueue) => {
      const handle = await startPlan(env, taskQueue, input);
      await planWhen(handle, (s) => s.tasks.some((t) => t.key === 'compose-1'));
      await handle.executeUpdate(addPlanCandidateUpdate, add('QA-CT-UBND', 'CB-R1'));
      await handle.executeUpdate(addPlanCandidateUpdate, add('QA-PBT', 'CB-R2'));
      await handle.executeUpdate(submitPlanUpdate, { args: [{ actor: hr }] });
      await holdPlanConference(env, handle, 1, { 'CB-R1': 6, 'CB-R2': 6 });
      await holdPlanConference(env, handle, 2, { 'CB-R1': 6, 'CB-R2': 6 });
      await planWhen(handle, (s) => s.stage === 'approval');
      await handle.executeUpdate(decidePlanUpdate, approve());
      await planWhen(handle, (s) => s.state === 'in_force');
      // A reprimand after publication: the review proposes CB-R2's removal, with the rule.
      recorder.cadres.set('CB-R2', {
        ...viceChair('CB-R2'),
        disciplines: [{ form: 'reprimand', decidedAt: today() }],
      });
      const review = await planWhen(handle, (s) => s.stage === 'review', 15_000);
      expect(review.reviews[0].proposals).toEqual([
        expect.objectContaining({ cadreId: 'CB-R2', postCode: 'QA-PBT', reason: 'discipline' }),
      ]);
      const firstRun = (await handle.describe()).runId;
      await handle.executeUpdate(removePlanCandidateUpdate, {
        args: [{ actor: hr, postCode: 'QA-PBT', cadreId: 'CB-R2', reason: 'kỷ luật khiển trách năm nay' }],
      });
      await handle.executeUpdate(submitPlanUpdate, { args: [{ actor: hr }] });
      await planWhen(handle, (s) => s.stage === 'review_approval');
      await handle.executeUpdate(decidePlanUpdate, approve('16-QĐ/HU'));
      const next = env.client.workflow.getHandle(handle.workflowId);
      for (let i = 0; i < 100 && (await next.describe()).runId === firstRun; i++)
        await new Promise((r) => setTimeout(r, 100));
      expect((await next.describe()).runId).not.toBe(firstRun);
      const carried = await planWhen(next, (s) => s.reviews.length === 1 && s.stage === 'published');
      expect(carried.reviews[0].approval?.number).toBe('16-QĐ/HU');
      expect(recorder.publications.map((p) => p.remove.map((r) => r.cadreId))).toEqual([[], ['CB-R2']]);
      expect([...recorder.registry]).toEqual(['QA-CT-UBND/CB-R1']);
      await next.terminate('test done');
    });
  });
});
