import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import {
  claimTaskUpdate,
  decideTaskUpdate,
  SearchAttributes,
  type DecideTaskCommand,
} from '@personnel/contracts';
import { actor, AppointmentRecorder, refusalCode } from './appointment-harness';
import {
  issueReviewDecisionUpdate,
  reviewStatusQuery,
  type ReviewInput,
  type ReviewStatus,
} from './fixtures/review.workflow';
import { workflowBundlerHook, WORKFLOWS_ENTRY } from '@personnel/workflow-bundler';
import { connectTestEnvironment, quietLogger, runWithWorker } from './harness';

const approve = (userId: string, taskKey: string): { args: [DecideTaskCommand] } => ({
  args: [{ actor: actor(userId), taskKey, verdict: 'approve' }],
});

function reviewInput(): ReviewInput {
  return {
    subjectIds: [`CB-RV-${randomUUID().slice(0, 6)}`, `CB-RV-${randomUUID().slice(0, 6)}`],
    unitCode: 'QA',
    postId: null,
    proposedBy: 'U-HR',
    proposedAt: new Date().toISOString(),
    signOffMode: 'sequential',
    signOff: [
      { key: 'standing', label: 'Thường trực', assigneeIds: ['U-A', 'U-B'] },
      { key: 'deputy', label: 'Phó Bí thư', assigneeIds: ['U-PBT'] },
    ],
    signerId: 'U-BT',
    timing: { taskWorkingDays: 10, reminderWorkingDays: 2, workingDayMs: 3_600_000 },
  };
}

/**
 * A second procedure kind, composed of the kit in a test-only fixture and bundled from a test entry:
 * its task commands, journal rows and search attributes are the kit's, with no code of its own for them.
 */
describe('a second procedure kind on the kit (test-only review) on the real dev server', () => {
  let env: TestWorkflowEnvironment;
  let bundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    ({ env, bundle } = await connectTestEnvironment(join(__dirname, 'fixtures', 'test-workflows.ts')));
  });
  afterAll(async () => {
    await env?.teardown();
  });

  it('claims, decides and signs through the same task Updates as an appointment, journalling kind `review` procedure rows', async () => {
    const recorder = new AppointmentRecorder();
    const input = reviewInput();
    const workflowId = `review/${input.subjectIds[0]}/1`;
    let result: ReviewStatus | undefined;
    await runWithWorker(env, bundle, recorder.activities, async (taskQueue) => {
      const handle = await env.client.workflow.start('reviewWorkflow', {
        taskQueue,
        workflowId,
        args: [input],
      });
      for (let tries = 0; (await handle.query(reviewStatusQuery)).stage !== 'sign_off'; tries++) {
        if (tries > 100) throw new Error('the review never opened its round');
        await new Promise((r) => setTimeout(r, 100));
      }
      const claim = (u: string) =>
        handle.executeUpdate(claimTaskUpdate, { args: [{ actor: actor(u), taskKey: 'r1-standing' }] });
      expect(
        await refusalCode(() => handle.executeUpdate(decideTaskUpdate, approve('U-A', 'r1-standing'))),
      ).toBe('not_claimed');
      await claim('U-A');
      expect(await refusalCode(() => claim('U-B'))).toBe('claimed_by_other');
      expect(
        await refusalCode(() => handle.executeUpdate(decideTaskUpdate, approve('U-PBT', 'r1-deputy'))),
      ).toBe('wrong_stage');
      expect(
        await refusalCode(() =>
          handle.executeUpdate(claimTaskUpdate, {
            args: [{ actor: actor('U-A', ['approver'], input.subjectIds[1]), taskKey: 'r1-standing' }],
          }),
        ),
      ).toBe('own_case');
      await handle.executeUpdate(decideTaskUpdate, approve('U-A', 'r1-standing'));
      const decided = await handle.executeUpdate(decideTaskUpdate, approve('U-PBT', 'r1-deputy'));
      expect(decided.stage).toBe('awaiting_decision');
      expect(
        await refusalCode(() =>
          handle.executeUpdate(issueReviewDecisionUpdate, {
            args: [{ actor: actor('U-A'), number: '3/KL', effectiveDate: '2027-01-01' }],
          }),
        ),
      ).toBe('not_assignee');
      await handle.executeUpdate(issueReviewDecisionUpdate, {
        args: [{ actor: actor('U-BT', ['leader']), number: '3/KL', effectiveDate: '2027-01-01' }],
      });
      result = (await handle.result()) as ReviewStatus;
      expect(await handle.query(reviewStatusQuery)).toMatchObject({ state: 'decided', stage: 'closed' });
      const { typedSearchAttributes } = await handle.describe();
      expect(typedSearchAttributes.get(SearchAttributes.procedureKind)).toBe('review');
      expect(typedSearchAttributes.get(SearchAttributes.candidateIds)).toEqual(input.subjectIds);
      expect(typedSearchAttributes.get(SearchAttributes.unitCode)).toBe('QA');
      expect(typedSearchAttributes.get(SearchAttributes.stage)).toBe('closed');
      expect(typedSearchAttributes.get(SearchAttributes.stageEnteredAt)).toBeInstanceOf(Date);
    });
    expect(result).toMatchObject({ state: 'decided', decision: { number: '3/KL', signerId: 'U-BT' } });

    const rows = recorder.procedureRows(workflowId);
    expect(rows.map((r) => r.kind)).toEqual([
      'proposed',
      'sign_off_opened',
      'task_claimed',
      'task_decided',
      'task_decided',
      'decided',
    ]);
    expect(new Set(rows.map((r) => r.procedure.kind))).toEqual(new Set(['review']));
    expect(rows.map((r) => r.procedure.stage)).toEqual([
      'proposed',
      'sign_off',
      'sign_off',
      'sign_off',
      'awaiting_decision',
      'closed',
    ]);
    expect(rows[0].procedure).toMatchObject({
      subjectCadreIds: input.subjectIds,
      unitCode: 'QA',
      postId: null,
      state: 'in_progress',
    });
    expect(rows.map((r) => r.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rows[1].tasks.map((t) => [t.key, t.status])).toEqual([
      ['r1-standing', 'open'],
      ['r1-deputy', 'waiting'],
    ]);
    expect(rows[2].tasks).toEqual([expect.objectContaining({ key: 'r1-standing', claimedBy: 'U-A' })]);
    expect(rows[4].tasks.map((t) => [t.key, t.status, t.outcome])).toEqual([
      ['r1-deputy', 'done', 'approve'],
      ['decision', 'open', null],
    ]);
    expect(rows[5].procedure).toMatchObject({ state: 'decided', detail: { decision: { number: '3/KL' } } });
    // Milestones reach the subjects' timelines; a claim stays in the procedure's own journal.
    expect(rows[0].concerns).toEqual(input.subjectIds);
    expect(rows[2].concerns).toEqual([]);
    // Each stage change stamps when it was entered.
    expect(rows[4].procedure.stageEnteredAt > rows[1].procedure.stageEnteredAt).toBe(true);
  });

  it('stays out of the production bundle the worker loads', async () => {
    const { code } = await bundleWorkflowCode({
      workflowsPath: WORKFLOWS_ENTRY,
      webpackConfigHook: workflowBundlerHook,
      logger: quietLogger,
    });
    expect(code).toContain('appointmentWorkflow');
    expect(code).not.toContain('reviewWorkflow');
  });
});
