import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import {
  decideTaskUpdate,
  reconveneConfidenceVoteUpdate,
  SearchAttributes,
  withdrawConfidenceVoteUpdate,
  type DecideTaskCommand,
} from '@personnel/contracts';
import { actor, refusalCode } from './appointment-harness';
import {
  attend,
  COLLECTIVE_HEAD,
  conferenceOf,
  ConfidenceRecorder,
  confidenceInput,
  confidenceWhen,
  holdConfidenceConference,
  KEY_CADRES,
  PROPOSER,
  SECRETARY,
  startConfidenceVote,
} from './confidence-harness';
import { connectTestEnvironment, runWithWorker } from './harness';

const decide = (
  userId: string,
  taskKey: string,
  verdict: DecideTaskCommand['verdict'],
  comment?: string,
  cadreId: string | null = null,
): { args: [DecideTaskCommand] } => ({
  args: [{ actor: actor(userId, ['leader'], cadreId), taskKey, verdict, ...(comment ? { comment } : {}) }],
});
const REASON = 'Tập thể lãnh đạo đã xem xét kết quả lấy phiếu';

/** The confidence vote (QĐ 96) on the kit, on the real dev server: every path. */
describe('confidence-vote workflow on the real dev server', () => {
  let env: TestWorkflowEnvironment;
  let bundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    ({ env, bundle } = await connectTestEnvironment());
  });
  afterAll(async () => {
    await env?.teardown();
  });

  it('completes when every holder is retained: results written once, each on its holder’s timeline only', async () => {
    const recorder = new ConfidenceRecorder();
    const input = confidenceInput();
    const status = await runWithWorker(env, bundle, recorder.activities, async (taskQueue) => {
      const handle = await startConfidenceVote(env, taskQueue, input);
      // 4 of 9 low is under 1/2.
      await holdConfidenceConference(env, handle, [0, 2, 4]);
      const done = await confidenceWhen(handle, (s) => s.state === 'completed');
      const described = await handle.describe();
      expect(described.typedSearchAttributes.get(SearchAttributes.procedureKind)).toBe('confidence_vote');
      expect(described.typedSearchAttributes.get(SearchAttributes.candidateIds)).toEqual([
        'CB-A',
        'CB-B',
        'CB-C',
      ]);
      expect(described.typedSearchAttributes.get(SearchAttributes.unitCode)).toBe(input.unitCode);
      return done;
    });
    expect(status.results.map((r) => [r.cadreId, r.low, r.outcome])).toEqual([
      ['CB-A', 0, 'retained'],
      ['CB-B', 2, 'retained'],
      ['CB-C', 4, 'retained'],
    ]);
    expect(status.outOfPlanning).toEqual([]);
    expect(status.dismissals).toEqual([]);
    expect(status.stage).toBe('closed');
    expect(recorder.results).toHaveLength(3);
    expect(recorder.results[0]).toMatchObject({
      ballotsCast: 9,
      summoned: 9,
      postId: input.holders[0].postId,
    });
    const id = `confidence_vote/${input.unitCode}/2025/1`;
    expect(recorder.kinds(id)).toEqual([
      'proposed',
      'conference_convened',
      'conference_closed',
      'confidence_result',
      'confidence_result',
      'confidence_result',
      'completed',
    ]);
    expect(recorder.timelineOf(id, 'CB-B')).toEqual(['proposed', 'confidence_result']);
    const ofB = recorder
      .procedureSteps(id)
      .find((s) => s.kind === 'confidence_result' && s.concerns.includes('CB-B'));
    expect(ofB?.payload).toMatchObject({
      cadreId: 'CB-B',
      low: 2,
      outcome: 'retained',
      citation: 'QĐ 96-QĐ/TW 2023',
    });
    expect(recorder.procedureSteps(id).at(-1)?.procedure).toMatchObject({
      kind: 'confidence_vote',
      subjectCadreIds: ['CB-A', 'CB-B', 'CB-C'],
      unitCode: input.unitCode,
      state: 'completed',
    });
  });

  it('proposes removal from planning over 1/2 low and opens a dismissal task at 2/3, which the collective’s head accepts with a reason', async () => {
    const recorder = new ConfidenceRecorder();
    const input = confidenceInput();
    const id = `confidence_vote/${input.unitCode}/2025/1`;
    const status = await runWithWorker(env, bundle, recorder.activities, async (taskQueue) => {
      const handle = await startConfidenceVote(env, taskQueue, input);
      // A: 4/9 retained; B: 5/9 just over 1/2 → out of planning; C: 6/9 exactly 2/3 → removal from post.
      await holdConfidenceConference(env, handle, [4, 5, 6]);
      const open = await confidenceWhen(handle, (s) => s.stage === 'dismissal_proposals');
      expect(open.outOfPlanning).toEqual(['CB-B', 'CB-C']);
      expect(open.dismissals).toEqual([
        {
          cadreId: 'CB-C',
          taskKey: 'dismissal-CB-C',
          accepted: null,
          decidedBy: null,
          decidedAt: null,
          reason: null,
        },
      ]);
      expect(open.tasks.find((t) => t.key === 'dismissal-CB-C')).toMatchObject({
        kind: 'dismissal_proposal',
        assigneeIds: [COLLECTIVE_HEAD],
        status: 'open',
      });
      const key = 'dismissal-CB-C';
      expect(
        await refusalCode(() =>
          handle.executeUpdate(decideTaskUpdate, decide(COLLECTIVE_HEAD, key, 'approve')),
        ),
      ).toBe('invalid');
      expect(
        await refusalCode(() =>
          handle.executeUpdate(decideTaskUpdate, decide(COLLECTIVE_HEAD, key, 'return', REASON)),
        ),
      ).toBe('invalid');
      expect(
        await refusalCode(() =>
          handle.executeUpdate(decideTaskUpdate, decide('U-OTHER', key, 'approve', REASON)),
        ),
      ).toBe('not_assignee');
      expect(
        await refusalCode(() =>
          handle.executeUpdate(decideTaskUpdate, decide(PROPOSER, key, 'approve', REASON)),
        ),
      ).toBe('own_case');
      expect(
        await refusalCode(() =>
          handle.executeUpdate(decideTaskUpdate, decide('U-C', key, 'reject', REASON, 'CB-C')),
        ),
      ).toBe('own_case');
      await handle.executeUpdate(decideTaskUpdate, decide(COLLECTIVE_HEAD, key, 'approve', REASON));
      return confidenceWhen(handle, (s) => s.state === 'completed');
    });
    expect(status.dismissals).toEqual([
      {
        cadreId: 'CB-C',
        taskKey: 'dismissal-CB-C',
        accepted: true,
        decidedBy: COLLECTIVE_HEAD,
        decidedAt: expect.any(String),
        reason: REASON,
      },
    ]);
    expect(status.results.map((r) => r.outcome)).toEqual([
      'retained',
      'out_of_planning',
      'removal_from_post',
    ]);
    expect(recorder.timelineOf(id, 'CB-A')).toEqual(['proposed', 'confidence_result']);
    expect(recorder.timelineOf(id, 'CB-B')).toEqual([
      'proposed',
      'confidence_result',
      'out_of_planning_proposed',
    ]);
    expect(recorder.timelineOf(id, 'CB-C')).toEqual([
      'proposed',
      'confidence_result',
      'out_of_planning_proposed',
      'dismissal_proposed',
      'task_decided',
    ]);
    const decided = recorder.procedureSteps(id).find((s) => s.kind === 'task_decided');
    expect(decided?.payload).toMatchObject({
      verdict: 'approve',
      comment: REASON,
      dismissal: { cadreId: 'CB-C', accepted: true },
    });
    expect(recorder.results).toHaveLength(3);
  });

  it('records a rejected dismissal proposal beside an accepted one, each on its own holder’s timeline', async () => {
    const recorder = new ConfidenceRecorder();
    const input = confidenceInput();
    const id = `confidence_vote/${input.unitCode}/2025/1`;
    const status = await runWithWorker(env, bundle, recorder.activities, async (taskQueue) => {
      const handle = await startConfidenceVote(env, taskQueue, input);
      await holdConfidenceConference(env, handle, [7, 1, 8]);
      await confidenceWhen(handle, (s) => s.dismissals.length === 2);
      await handle.executeUpdate(
        decideTaskUpdate,
        decide(COLLECTIVE_HEAD, 'dismissal-CB-A', 'reject', REASON),
      );
      expect((await confidenceWhen(handle, (s) => s.dismissals[0].accepted === false)).state).toBe(
        'in_progress',
      );
      await handle.executeUpdate(
        decideTaskUpdate,
        decide(COLLECTIVE_HEAD, 'dismissal-CB-C', 'approve', REASON),
      );
      return confidenceWhen(handle, (s) => s.state === 'completed');
    });
    expect(status.dismissals.map((d) => [d.cadreId, d.accepted])).toEqual([
      ['CB-A', false],
      ['CB-C', true],
    ]);
    expect(recorder.timelineOf(id, 'CB-A').filter((k) => k === 'task_decided')).toHaveLength(1);
    expect(recorder.timelineOf(id, 'CB-B')).toEqual(['proposed', 'confidence_result']);
  });

  it('convenes the conference again after the quorum was not met, and completes on the second attempt', async () => {
    const recorder = new ConfidenceRecorder();
    const input = confidenceInput();
    const status = await runWithWorker(env, bundle, recorder.activities, async (taskQueue) => {
      const handle = await startConfidenceVote(env, taskQueue, input);
      await attend(await conferenceOf(env, handle), KEY_CADRES.slice(0, 5));
      const waiting = await confidenceWhen(handle, (s) => s.stage === 'awaiting_reconvening');
      expect(waiting.conferenceOutcome).toBe('quorum_not_met');
      expect(waiting.tasks.find((t) => t.kind === 'reconvene')).toMatchObject({
        key: 'reconvene-1-a1',
        assigneeIds: [PROPOSER, SECRETARY],
        status: 'open',
      });
      const reconvene = (userId: string, reason: string) => () =>
        handle.executeUpdate(reconveneConfidenceVoteUpdate, {
          args: [{ actor: actor(userId, ['hr_officer']), stepIndex: 1, reason }],
        });
      expect(await refusalCode(reconvene('U-OTHER', 'Triệu tập lại'))).toBe('not_authorised');
      expect(await refusalCode(reconvene(SECRETARY, '  '))).toBe('reason_required');
      await reconvene(SECRETARY, 'Đủ thành phần vào tuần sau')();
      await holdConfidenceConference(env, handle, [0, 0, 0], 2);
      return confidenceWhen(handle, (s) => s.state === 'completed');
    });
    expect(status.attempt).toBe(2);
    expect(status.results).toHaveLength(3);
    expect(recorder.results.every((r) => r.conferenceId.endsWith('/conference/1'))).toBe(true);
  });

  it('is withdrawn by HR after a conference that was not held, with a reason; nobody else may withdraw it', async () => {
    const recorder = new ConfidenceRecorder();
    const input = confidenceInput();
    const status = await runWithWorker(env, bundle, recorder.activities, async (taskQueue) => {
      const handle = await startConfidenceVote(env, taskQueue, input);
      await attend(await conferenceOf(env, handle), KEY_CADRES.slice(0, 3));
      await confidenceWhen(handle, (s) => s.stage === 'awaiting_reconvening');
      const withdraw = (userId: string, reason: string) => () =>
        handle.executeUpdate(withdrawConfidenceVoteUpdate, {
          args: [{ actor: actor(userId, ['hr_officer']), reason }],
        });
      expect(await refusalCode(withdraw(SECRETARY, REASON))).toBe('not_authorised');
      expect(await refusalCode(withdraw(PROPOSER, 'ngắn'))).toBe('invalid');
      await withdraw(PROPOSER, 'Đơn vị sáp nhập, lấy phiếu sau khi kiện toàn')();
      return handle.result();
    });
    expect(status).toMatchObject({ state: 'withdrawn', stage: 'closed', results: [] });
    expect(status.tasks.find((t: { kind: string }) => t.kind === 'reconvene')?.status).toBe('cancelled');
    expect(recorder.results).toHaveLength(0);
  });

  it('cancels a running conference when withdrawn, and refuses a withdrawal once the conference has voted', async () => {
    const recorder = new ConfidenceRecorder();
    await runWithWorker(env, bundle, recorder.activities, async (taskQueue) => {
      const first = await startConfidenceVote(env, taskQueue, confidenceInput());
      await conferenceOf(env, first);
      await first.executeUpdate(withdrawConfidenceVoteUpdate, {
        args: [{ actor: actor(PROPOSER, ['hr_officer']), reason: 'Danh sách người được lấy phiếu chưa đủ' }],
      });
      expect(await first.result()).toMatchObject({ state: 'withdrawn' });
      expect(recorder.kinds(first.workflowId)).toEqual([
        'proposed',
        'conference_convened',
        'withdrawn',
        'conference_cancelled',
      ]);

      const second = await startConfidenceVote(env, taskQueue, confidenceInput());
      await holdConfidenceConference(env, second, [7, 0, 0]);
      await confidenceWhen(second, (s) => s.stage === 'dismissal_proposals');
      expect(
        await refusalCode(() =>
          second.executeUpdate(withdrawConfidenceVoteUpdate, {
            args: [
              { actor: actor(PROPOSER, ['hr_officer']), reason: 'Danh sách người được lấy phiếu chưa đủ' },
            ],
          }),
        ),
      ).toBe('wrong_stage');
    });
  });
});
