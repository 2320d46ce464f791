import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import {
  claimTaskUpdate,
  commentTaskUpdate,
  decideTaskUpdate,
  reassignTaskUpdate,
  type Role,
} from '@personnel/contracts';
import { actor, AppointmentRecorder, refusalCode } from './appointment-harness';
import { reviewStatusQuery, type ReviewInput } from './fixtures/review.workflow';
import { connectTestEnvironment, runWithWorker } from './harness';

function reviewInput(): ReviewInput {
  return {
    subjectIds: [`CB-TN-${randomUUID().slice(0, 6)}`],
    unitCode: 'QA',
    postId: null,
    proposedBy: 'U-HR',
    proposedAt: new Date().toISOString(),
    signOffMode: 'sequential',
    signOff: [{ key: 'standing', label: 'Thường trực', assigneeIds: ['U-A', 'U-B'] }],
    signerId: 'U-BT',
    timing: { taskWorkingDays: 10, reminderWorkingDays: 2, workingDayMs: 3_600_000 },
  };
}

/**
 * The kit's two newer task Updates, on the real dev server through the test-only review kind (which
 * takes the kit's task commands unchanged): a comment without a verdict is a journaled step that
 * changes no task; a manager's reassignment changes who may decide, and the workflow's validators
 * follow it at once.
 */
describe('comments and reassignment through the kit’s task Updates (real dev server)', () => {
  let env: TestWorkflowEnvironment;
  let bundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    ({ env, bundle } = await connectTestEnvironment(join(__dirname, 'fixtures', 'test-workflows.ts')));
  });
  afterAll(async () => {
    await env?.teardown();
  });

  it('journals a comment, refuses a non-manager’s reassignment, and lets only the new holder decide', async () => {
    const recorder = new AppointmentRecorder();
    const input = reviewInput();
    const workflowId = `review/${input.subjectIds[0]}/1`;
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
      const taskKey = 'r1-standing';
      const comment = (userId: string, text: string, roles?: Role[]) =>
        handle.executeUpdate(commentTaskUpdate, {
          args: [{ actor: actor(userId, roles), taskKey, comment: text }],
        });
      const reassign = (userId: string, roles: Role[], toUserId: string) =>
        handle.executeUpdate(reassignTaskUpdate, {
          args: [{ actor: actor(userId, roles), taskKey, toUserId, reason: 'U-B nghỉ ốm dài ngày' }],
        });

      await comment('U-B', '  Hồ sơ thiếu bản kê khai tài sản?  ');
      expect(await refusalCode(() => comment('U-X', 'Tôi không liên quan'))).toBe('not_assignee');
      expect(await refusalCode(() => comment('U-A', '   '))).toBe('invalid');

      await handle.executeUpdate(claimTaskUpdate, { args: [{ actor: actor('U-B'), taskKey }] });
      expect(await refusalCode(() => reassign('U-A', ['approver'], 'U-Z'))).toBe('not_authorised');
      expect(await refusalCode(() => reassign('U-HR', ['org_office'], 'U-Z'))).toBe('own_case');
      await reassign('U-BTC', ['org_office'], 'U-Z');

      // The old claimer may no longer decide; the new holder may, without claiming.
      const approve = (userId: string) =>
        handle.executeUpdate(decideTaskUpdate, {
          args: [{ actor: actor(userId), taskKey, verdict: 'approve' }],
        });
      expect(await refusalCode(() => approve('U-B'))).toBe('not_assignee');
      const after = await approve('U-Z');
      expect(after.stage).toBe('awaiting_decision');
    });

    const rows = recorder.procedureRows(workflowId);
    expect(rows.map((r) => r.kind)).toEqual([
      'proposed',
      'sign_off_opened',
      'task_commented',
      'task_claimed',
      'task_reassigned',
      'task_decided',
    ]);
    expect(rows[2]).toMatchObject({
      actor: 'U-B',
      payload: { taskKey: 'r1-standing', comment: 'Hồ sơ thiếu bản kê khai tài sản?' },
      tasks: [],
    });
    expect(rows[4]).toMatchObject({
      actor: 'U-BTC',
      payload: { taskKey: 'r1-standing', from: 'U-B', to: 'U-Z', reason: 'U-B nghỉ ốm dài ngày' },
    });
    expect(rows[4].tasks).toEqual([
      expect.objectContaining({ key: 'r1-standing', assigneeIds: ['U-Z'], claimedBy: null, delegations: [] }),
    ]);
    expect(rows[5].tasks[0]).toMatchObject({ completedBy: 'U-Z', outcome: 'approve' });
  });
});
