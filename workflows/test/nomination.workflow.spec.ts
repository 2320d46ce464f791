import { WorkflowNotFoundError, WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import {
  decideUpdate,
  SearchAttributes,
  statusQuery,
  withdrawUpdate,
  type DecisionCommand,
} from '@personnel/contracts';
import {
  connectTestEnvironment,
  nominationInput,
  RecordingActivities,
  runWithWorker,
  startNomination,
} from './harness';

async function refusalOf(
  update: Promise<unknown>,
): Promise<{ type?: string; code?: unknown; message: string }> {
  try {
    await update;
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
      return {
        type: error.cause.type ?? undefined,
        code: error.cause.details?.[0],
        message: error.cause.message,
      };
    }
    throw error;
  }
  throw new Error('the update was accepted');
}

/** The refusal a validator gave to a decision, as the client sees it. */
const refusal = (handle: WorkflowHandle, command: DecisionCommand) =>
  refusalOf(handle.executeUpdate(decideUpdate, { args: [command] }));

describe('nomination workflow on the real Temporal dev server', () => {
  let env: TestWorkflowEnvironment;
  let bundle: WorkflowBundleWithSourceMap;

  beforeAll(async () => {
    ({ env, bundle } = await connectTestEnvironment());
  });
  afterAll(() => env?.teardown());

  it('records the proposal, takes approvals in order and ends approved', async () => {
    const journal = new RecordingActivities();
    const input = nominationInput(['U-1', 'U-2']);
    await runWithWorker(env, bundle, journal.activities, async (taskQueue) => {
      const handle = await startNomination(env, taskQueue, input);
      await expect(
        handle.executeUpdate(decideUpdate, {
          args: [{ approverId: 'U-1', decision: 'approve', comment: 'Đủ tiêu chuẩn' }],
        }),
      ).resolves.toEqual({
        accepted: true,
        state: 'pending',
        nextApproverId: 'U-2',
      });
      expect(await handle.query(statusQuery)).toMatchObject({
        state: 'pending',
        stage: 'awaiting_approval',
        currentApproverId: 'U-2',
      });
      await handle.executeUpdate(decideUpdate, { args: [{ approverId: 'U-2', decision: 'approve' }] });
      const result = await handle.result();
      expect(result.state).toBe('approved');
      expect(result.decisions.map((d: { approverId: string }) => d.approverId)).toEqual(['U-1', 'U-2']);
      const description = await handle.describe();
      expect(description.typedSearchAttributes.get(SearchAttributes.stage)).toBe('approved');
    });
    expect(journal.stepKeys).toEqual(['proposed', 'decision/1/U-1', 'decision/2/U-2']);
    expect(journal.steps.map((s) => s.seq)).toEqual([0, 1, 2]);
    expect(journal.steps[1]).toMatchObject({
      actor: 'U-1',
      payload: { decision: 'approve', comment: 'Đủ tiêu chuẩn' },
      nomination: { state: 'pending', currentApproverId: 'U-2' },
    });
    expect(journal.steps[2]).toHaveProperty('nomination');
    expect((journal.steps[2] as { nomination: unknown }).nomination).toMatchObject({
      state: 'approved',
      currentApproverId: null,
    });
  });

  it('ends rejected on a reject and refuses every later decision', async () => {
    const journal = new RecordingActivities();
    await runWithWorker(env, bundle, journal.activities, async (taskQueue) => {
      const handle = await startNomination(env, taskQueue, nominationInput(['U-1', 'U-2']));
      await expect(
        handle.executeUpdate(decideUpdate, {
          args: [{ approverId: 'U-1', decision: 'reject', comment: 'Thiếu hồ sơ' }],
        }),
      ).resolves.toMatchObject({ state: 'rejected', nextApproverId: null });
      expect((await handle.result()).state).toBe('rejected');
      await expect(
        handle.executeUpdate(decideUpdate, { args: [{ approverId: 'U-2', decision: 'approve' }] }),
      ).rejects.toBeInstanceOf(WorkflowNotFoundError);
    });
    expect(journal.stepKeys).toEqual(['proposed', 'decision/1/U-1']);
  });

  it('refuses a wrong approver, an approver out of turn and a duplicate decision, writing nothing for them', async () => {
    const journal = new RecordingActivities();
    await runWithWorker(env, bundle, journal.activities, async (taskQueue) => {
      const handle = await startNomination(env, taskQueue, nominationInput(['U-1', 'U-2', 'U-3']));
      expect(await refusal(handle, { approverId: 'U-9', decision: 'approve' })).toMatchObject({
        type: 'DecisionRefused',
        code: 'not_in_chain',
      });
      expect(await refusal(handle, { approverId: 'U-2', decision: 'approve' })).toMatchObject({
        code: 'out_of_turn',
        message: expect.stringContaining("U-1's turn"),
      });
      await handle.executeUpdate(decideUpdate, { args: [{ approverId: 'U-1', decision: 'approve' }] });
      expect(await refusal(handle, { approverId: 'U-1', decision: 'reject' })).toMatchObject({
        code: 'already_decided',
      });
      expect(await refusal(handle, { approverId: 'U-2', decision: 'maybe' as never })).toMatchObject({
        type: 'InvalidCommand',
      });
      expect(await handle.query(statusQuery)).toMatchObject({
        state: 'pending',
        currentApproverId: 'U-2',
        decisions: [expect.objectContaining({ approverId: 'U-1' })],
      });
      await handle.terminate('test finished');
    });
    expect(journal.stepKeys).toEqual(['proposed', 'decision/1/U-1']);
  });

  it('refuses the proposer deciding on their own nomination (the refuse-self-approval patch)', async () => {
    const journal = new RecordingActivities();
    await runWithWorker(env, bundle, journal.activities, async (taskQueue) => {
      const handle = await startNomination(env, taskQueue, nominationInput(['U-HR', 'U-2']));
      expect(await refusal(handle, { approverId: 'U-HR', decision: 'approve' })).toMatchObject({
        type: 'DecisionRefused',
        code: 'own_case',
      });
      await handle.terminate('test finished');
    });
    expect(journal.stepKeys).toEqual(['proposed']);
  });

  it('holds a decision that arrives before the proposal is recorded, and records it after', async () => {
    const journal = new RecordingActivities();
    let releaseProposal: () => void = () => undefined;
    journal.proposalGate = new Promise((resolve) => (releaseProposal = resolve));
    await runWithWorker(env, bundle, journal.activities, async (taskQueue) => {
      const handle = await startNomination(env, taskQueue, nominationInput(['U-1']));
      const decision = handle.executeUpdate(decideUpdate, {
        args: [{ approverId: 'U-1', decision: 'approve' }],
      });
      await new Promise((r) => setTimeout(r, 500));
      expect(journal.stepKeys).toEqual([]);
      releaseProposal();
      await expect(decision).resolves.toMatchObject({ state: 'approved' });
      expect((await handle.result()).state).toBe('approved');
    });
    expect(journal.stepKeys).toEqual(['proposed', 'decision/1/U-1']);
  });

  it('lets the proposer withdraw mid-chain with a reason, and refuses everyone else and every later decision', async () => {
    const journal = new RecordingActivities();
    await runWithWorker(env, bundle, journal.activities, async (taskQueue) => {
      const handle = await startNomination(env, taskQueue, nominationInput(['U-1', 'U-2']));
      await handle.executeUpdate(decideUpdate, { args: [{ approverId: 'U-1', decision: 'approve' }] });
      const byOther = await refusalOf(
        handle.executeUpdate(withdrawUpdate, { args: [{ actorId: 'U-1', reason: 'x' }] }),
      );
      expect(byOther).toMatchObject({ code: 'not_proposer' });
      const status = await handle.executeUpdate(withdrawUpdate, {
        args: [{ actorId: 'U-HR', reason: ' Cán bộ xin rút ' }],
      });
      expect(status).toMatchObject({ state: 'withdrawn', stage: 'withdrawn', currentApproverId: null });
      expect(await handle.result()).toMatchObject({ state: 'withdrawn' });
    });
    expect(journal.stepKeys).toEqual(['proposed', 'decision/1/U-1', 'withdrawn']);
    expect(journal.steps[2]).toMatchObject({ seq: 2, actor: 'U-HR', payload: { reason: 'Cán bộ xin rút' } });
  });
});
