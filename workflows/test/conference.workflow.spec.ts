import { randomUUID } from 'node:crypto';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import {
  CONFERENCE_REFUSED,
  conferenceStatusQuery,
  headDecisionUpdate,
  recordAttendanceUpdate,
  submitTallyUpdate,
  WorkflowTypes,
  type ConferenceInput,
  type ConferenceResult,
  type TallyCommand,
} from '@personnel/contracts';
import { connectTestEnvironment, RecordingActivities, runWithWorker } from './harness';

const SEAL = 'c0ffee'.padEnd(64, '0');
const MEMBERS = ['M1', 'M2', 'M3', 'M4', 'M5', 'M6'];

function conferenceInput(overrides: Partial<ConferenceInput> = {}): ConferenceInput {
  return {
    kind: 'collective',
    legalBasis: 'ND138-2020',
    subject: `appointment/QA-CT-UBND/${randomUUID().slice(0, 8)}`,
    summoned: MEMBERS,
    candidates: ['CB-1'],
    secretaryId: 'M1',
    headId: 'M2',
    convenedAt: '2026-06-01T01:00:00.000Z',
    deadlineMs: 60_000,
    ...overrides,
  };
}

/** The refused command's failure: its English words and its details, `[code, params]`. */
async function refused(
  run: () => Promise<unknown>,
): Promise<{ type?: string | null; message: string; details: unknown[] }> {
  try {
    await run();
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure)
      return {
        type: error.cause.type,
        message: error.cause.message,
        details: [...(error.cause.details ?? [])],
      };
    throw error;
  }
  throw new Error('the command was accepted');
}

async function refusal(run: () => Promise<unknown>): Promise<string> {
  return (await refused(run)).message;
}

const tally = (yes: number, overrides: Partial<TallyCommand> = {}): TallyCommand => ({
  actorId: 'M1',
  ballotsCast: 5,
  votes: [{ candidateId: 'CB-1', votes: yes }],
  sheetSha256: SEAL,
  ...overrides,
});

describe('conference workflow on the real Temporal dev server', () => {
  let env: TestWorkflowEnvironment;
  let bundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    ({ env, bundle } = await connectTestEnvironment());
  });
  afterAll(() => env?.teardown());

  const start = (taskQueue: string, input: ConferenceInput): Promise<WorkflowHandle> =>
    env.client.workflow.start(WorkflowTypes.conference, {
      taskQueue,
      workflowId: `conference/${input.subject}/${input.kind}`,
      args: [input],
    });

  it('passes a candidate with more than half of the members, recording each step once and no ballot', async () => {
    const journal = new RecordingActivities();
    const result = await runWithWorker(env, bundle, journal.activities, async (taskQueue) => {
      const handle = await start(taskQueue, conferenceInput());
      await handle.executeUpdate(recordAttendanceUpdate, {
        args: [{ actorId: 'M1', present: ['M1', 'M2', 'M3', 'M4', 'M5'] }],
      });
      expect(await handle.query(conferenceStatusQuery)).toMatchObject({
        stage: 'attendance_recorded',
        attending: 5,
        quorumMet: true,
      });
      await handle.executeUpdate(submitTallyUpdate, { args: [tally(4)] });
      return (await handle.result()) as ConferenceResult;
    });
    expect(result).toEqual({
      outcome: 'passed',
      forward: ['CB-1'],
      summoned: 6,
      attending: 5,
      ballotsCast: 5,
      votes: [{ candidateId: 'CB-1', votes: 4 }],
      sheetSha256: SEAL,
    });
    expect(journal.steps.map((s) => [s.seq, s.stepKey])).toEqual([
      [0, 'convened'],
      [1, 'attendance'],
      [2, 'tally'],
      [3, 'closed'],
    ]);
    expect(JSON.stringify(journal.steps)).not.toMatch(/"voter|ballots":\[/);
  });

  it('closes without a vote when the quorum is not met', async () => {
    const journal = new RecordingActivities();
    await runWithWorker(env, bundle, journal.activities, async (taskQueue) => {
      const handle = await start(taskQueue, conferenceInput());
      await handle.executeUpdate(recordAttendanceUpdate, {
        args: [{ actorId: 'M1', present: ['M1', 'M2', 'M3'] }],
      });
      expect(await handle.result()).toMatchObject({ outcome: 'quorum_not_met', attending: 3, forward: [] });
      await expect(handle.executeUpdate(submitTallyUpdate, { args: [tally(3)] })).rejects.toBeInstanceOf(
        WorkflowNotFoundError,
      );
    });
    expect(journal.steps.map((s) => s.stepKey)).toEqual(['convened', 'attendance', 'closed']);
  });

  it('leaves an exact 50 % to the head, who decides it', async () => {
    const journal = new RecordingActivities();
    await runWithWorker(env, bundle, journal.activities, async (taskQueue) => {
      const handle = await start(taskQueue, conferenceInput());
      await handle.executeUpdate(recordAttendanceUpdate, { args: [{ actorId: 'M1', present: MEMBERS }] });
      const afterTally = await handle.executeUpdate(submitTallyUpdate, {
        args: [tally(3, { ballotsCast: 6 })],
      });
      expect(afterTally).toMatchObject({ stage: 'awaiting_head', awaitingHead: ['CB-1'] });
      expect(
        await refusal(() =>
          handle.executeUpdate(headDecisionUpdate, {
            args: [{ actorId: 'M1', candidateId: 'CB-1', approve: true }],
          }),
        ),
      ).toMatch(/only the head/);
      expect(
        await refused(() =>
          handle.executeUpdate(headDecisionUpdate, {
            args: [{ actorId: 'M2', candidateId: 'CB-9', approve: true }],
          }),
        ),
      ).toEqual({
        type: CONFERENCE_REFUSED,
        message: 'no tie is waiting for a decision on CB-9',
        details: ['no_tie', { candidateId: 'CB-9' }],
      });
      await handle.executeUpdate(headDecisionUpdate, {
        args: [{ actorId: 'M2', candidateId: 'CB-1', approve: true }],
      });
      expect(await handle.result()).toMatchObject({
        outcome: 'passed',
        forward: ['CB-1'],
        decidedByHead: ['CB-1'],
      });
    });
    expect(journal.steps.map((s) => s.stepKey)).toEqual([
      'convened',
      'attendance',
      'tally',
      'head_decision/CB-1',
      'closed',
    ]);
  });

  it('refuses the wrong actor, a tally before attendance, a bad seal and impossible counts, writing nothing for them', async () => {
    const journal = new RecordingActivities();
    await runWithWorker(env, bundle, journal.activities, async (taskQueue) => {
      const handle = await start(taskQueue, conferenceInput());
      expect(await refusal(() => handle.executeUpdate(submitTallyUpdate, { args: [tally(4)] }))).toBe(
        'record attendance before the tally',
      );
      expect(
        await refused(() =>
          handle.executeUpdate(recordAttendanceUpdate, { args: [{ actorId: 'M3', present: MEMBERS }] }),
        ),
      ).toEqual({
        type: CONFERENCE_REFUSED,
        message: 'only the secretary (M1) records attendance',
        details: ['not_secretary', { secretaryId: 'M1' }],
      });
      expect(
        await refused(() =>
          handle.executeUpdate(recordAttendanceUpdate, { args: [{ actorId: 'M1', present: ['M1', 'X9'] }] }),
        ),
      ).toMatchObject({ message: 'X9 was not summoned', details: ['not_summoned', { memberId: 'X9' }] });
      await handle.executeUpdate(recordAttendanceUpdate, { args: [{ actorId: 'M1', present: MEMBERS }] });
      expect(
        await refusal(() =>
          handle.executeUpdate(submitTallyUpdate, { args: [tally(4, { sheetSha256: 'nope' })] }),
        ),
      ).toMatch(/SHA-256/);
      expect(
        await refusal(() =>
          handle.executeUpdate(submitTallyUpdate, { args: [tally(7, { ballotsCast: 6 })] }),
        ),
      ).toMatch(/0 to the 6 ballots/);
      expect(
        (
          await refused(() =>
            handle.executeUpdate(submitTallyUpdate, { args: [tally(7, { ballotsCast: 6 })] }),
          )
        ).details,
      ).toEqual(['votes_range', { candidateId: 'CB-1', ballotsCast: 6 }]);
      await handle.terminate('test finished');
    });
    expect(journal.steps.map((s) => s.stepKey)).toEqual(['convened', 'attendance']);
  });

  it('sends the top two forward from an expanded conference where nobody has a majority', async () => {
    const journal = new RecordingActivities();
    await runWithWorker(env, bundle, journal.activities, async (taskQueue) => {
      const handle = await start(
        taskQueue,
        conferenceInput({ kind: 'expanded', candidates: ['A', 'B', 'C'] }),
      );
      await handle.executeUpdate(recordAttendanceUpdate, { args: [{ actorId: 'M1', present: MEMBERS }] });
      const votes = [
        { candidateId: 'A', votes: 3 },
        { candidateId: 'B', votes: 2 },
        { candidateId: 'C', votes: 1 },
      ];
      await handle.executeUpdate(submitTallyUpdate, {
        args: [{ actorId: 'M1', ballotsCast: 6, votes, sheetSha256: SEAL }],
      });
      expect(await handle.result()).toMatchObject({ outcome: 'top_two', forward: ['A', 'B'] });
    });
  });

  it('expires when nothing happens before its deadline (a workflow input, shortened here)', async () => {
    const journal = new RecordingActivities();
    await runWithWorker(env, bundle, journal.activities, async (taskQueue) => {
      const handle = await start(taskQueue, conferenceInput({ deadlineMs: 1_500 }));
      expect(await handle.result()).toMatchObject({ outcome: 'expired', attending: 0 });
    });
    expect(journal.steps.map((s) => s.stepKey)).toEqual(['convened', 'closed']);
  });

  describe('with a confidence ballot (QĐ 96: high / confidence / low per holder)', () => {
    const holders = ['CB-1', 'CB-2', 'CB-3'];
    const confidenceInput = () =>
      conferenceInput({ kind: 'key_cadre', ballot: 'confidence', candidates: holders });
    const counts = (lows: number[]) =>
      holders.map((candidateId, i) => ({ candidateId, high: 6 - lows[i], confidence: 0, low: lows[i] }));

    it('closes with each holder’s counts and QĐ 96 outcome, sealed by the sheet, and nobody’s ballot', async () => {
      const journal = new RecordingActivities();
      const result = await runWithWorker(env, bundle, journal.activities, async (taskQueue) => {
        const handle = await start(taskQueue, confidenceInput());
        await handle.executeUpdate(recordAttendanceUpdate, { args: [{ actorId: 'M1', present: MEMBERS }] });
        // 3 of 6 low is exactly 1/2 (retained); 4 of 6 is exactly 2/3 (removal); 0 retained.
        await handle.executeUpdate(submitTallyUpdate, {
          args: [{ actorId: 'M1', ballotsCast: 6, confidence: counts([3, 4, 0]), sheetSha256: SEAL }],
        });
        return handle.result();
      });
      expect(result).toEqual({
        outcome: 'passed',
        forward: ['CB-1', 'CB-3'],
        summoned: 6,
        attending: 6,
        ballotsCast: 6,
        confidence: [
          { candidateId: 'CB-1', high: 3, confidence: 0, low: 3, outcome: 'retained' },
          { candidateId: 'CB-2', high: 2, confidence: 0, low: 4, outcome: 'removal_from_post' },
          { candidateId: 'CB-3', high: 6, confidence: 0, low: 0, outcome: 'retained' },
        ],
        sheetSha256: SEAL,
      });
      expect(journal.stepKeys).toEqual(['convened', 'attendance', 'tally', 'closed']);
      expect(journal.steps[0].payload).toMatchObject({ ballot: 'confidence' });
      // The tally's journal row holds counts and the seal: nothing about who voted what.
      expect(Object.keys(journal.steps[2].payload).sort()).toEqual([
        'ballot',
        'ballotsCast',
        'confidence',
        'forward',
        'sheetSha256',
      ]);
      expect(JSON.stringify(journal.steps)).not.toMatch(
        /present":\["M1","M2","M3","M4","M5","M6"\].*votedBy/,
      );
    });

    it('refuses approval votes, counts over the ballots cast, negative counts and a missing holder, writing nothing', async () => {
      const journal = new RecordingActivities();
      await runWithWorker(env, bundle, journal.activities, async (taskQueue) => {
        const handle = await start(taskQueue, confidenceInput());
        await handle.executeUpdate(recordAttendanceUpdate, {
          args: [{ actorId: 'M1', present: MEMBERS.slice(0, 5) }],
        });
        const send = (command: Partial<TallyCommand>) => () =>
          handle.executeUpdate(submitTallyUpdate, {
            args: [{ actorId: 'M1', ballotsCast: 5, sheetSha256: SEAL, ...command } as TallyCommand],
          });
        expect(await refusal(send({ votes: [{ candidateId: 'CB-1', votes: 3 }] }))).toContain(
          'confidence ballot',
        );
        expect(
          await refusal(
            send({
              confidence: [
                { candidateId: 'CB-1', high: 2, confidence: 2, low: 2 },
                ...counts([1, 1, 1]).slice(1),
              ],
            }),
          ),
        ).toContain('exceed the 5 ballots cast');
        expect(
          await refusal(
            send({
              confidence: [
                { candidateId: 'CB-1', high: 0, confidence: 0, low: -1 },
                ...counts([1, 1, 1]).slice(1),
              ],
            }),
          ),
        ).toContain('low for CB-1 must be a whole number');
        expect(await refusal(send({ confidence: counts([1, 1, 1]).slice(0, 2) }))).toContain(
          'every holder, once',
        );
        expect(await refusal(send({ ballotsCast: 6, confidence: counts([0, 0, 0]) }))).toContain(
          'ballotsCast must be',
        );
        expect(await handle.query(conferenceStatusQuery)).toMatchObject({ stage: 'attendance_recorded' });
      });
      expect(journal.stepKeys).toEqual(['convened', 'attendance']);
    });

    it('takes no vote when fewer than 2/3 of those summoned attend', async () => {
      const journal = new RecordingActivities();
      await runWithWorker(env, bundle, journal.activities, async (taskQueue) => {
        const handle = await start(taskQueue, confidenceInput());
        await handle.executeUpdate(recordAttendanceUpdate, {
          args: [{ actorId: 'M1', present: ['M1', 'M2', 'M3'] }],
        });
        expect(await handle.result()).toEqual({
          outcome: 'quorum_not_met',
          forward: [],
          summoned: 6,
          attending: 3,
        });
      });
    });
  });
});
