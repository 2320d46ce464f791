import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import {
  confirmHandOverUpdate,
  decideRotationEndUpdate,
  decideTaskUpdate,
  endRotationEarlyUpdate,
  evaluateRotationUpdate,
  issueRotationDecisionUpdate,
  type EndEarlyCommand,
  type EndOfTermCommand,
  type EvaluateRotationCommand,
  type RotationInput,
  type RotationStatus,
} from '@personnel/contracts';
import { addDays, addMonths, vietnamDate } from '@personnel/domain';
import { actor, refusalCode } from './appointment-harness';
import {
  holdConsultation,
  rotationInput,
  RotationRecorder,
  rotationWhen,
  startRotation,
} from './rotation-harness';
import { useTimeSkipping } from './time-skipping';

const DAY_MS = 24 * 3600 * 1000;

/**
 * A rotation's years on the time-skipping test server: the yearly evaluations by the receiving unit
 * (a late one escalates to the signer), the end-of-term decision and each of its choices, the early end.
 */
describe('rotation term on the time-skipping test server', () => {
  const ts = useTimeSkipping();

  async function withRotation(
    input: RotationInput,
    work: (handle: WorkflowHandle, recorder: RotationRecorder, effectiveDate: string) => Promise<void>,
  ): Promise<RotationRecorder> {
    const recorder = new RotationRecorder();
    const { worker, taskQueue } = await ts.worker('rotation-term', recorder.activities);
    await worker.runUntil(async () => {
      const handle = await startRotation(ts.env, taskQueue, input);
      await holdConsultation(ts.env, handle, 6);
      await rotationWhen(handle, (s) => s.stage === 'sign_off');
      await handle.executeUpdate(decideTaskUpdate, {
        args: [{ actor: actor('U-TCNV'), taskKey: 'r1-org-office', verdict: 'approve' }],
      });
      await rotationWhen(handle, (s) => s.stage === 'awaiting_decision');
      const effectiveDate = vietnamDate(new Date(await ts.env.currentTimeMs()).toISOString());
      await handle.executeUpdate(issueRotationDecisionUpdate, {
        args: [{ actor: actor('U-BT'), number: 'QĐ 1/QĐ-LC', effectiveDate }],
      });
      await handle.executeUpdate(confirmHandOverUpdate, { args: [{ actor: actor('U-QA') }] });
      try {
        await work(handle, recorder, effectiveDate);
      } finally {
        // A rotation left running without its worker would hold the test server's clock for the next test.
        await handle.terminate('test over').catch(() => undefined);
      }
    });
    return recorder;
  }

  const evaluate = (year: number, userId = 'U-QA'): { args: [EvaluateRotationCommand] } => ({
    args: [
      { actor: actor(userId), year, rating: 'good', comment: `Hoàn thành tốt nhiệm vụ năm thứ ${year}` },
    ],
  });
  const end = (command: Omit<EndOfTermCommand, 'actor' | 'number'>): { args: [EndOfTermCommand] } => ({
    args: [{ actor: actor('U-BT'), number: `QĐ ${randomUUID().slice(0, 4)}/QĐ-KT`, ...command }],
  });
  const evaluationTask = (s: RotationStatus, year: number) =>
    s.tasks.find((t) => t.key === `evaluation-${year}`);

  it('36 months on the real calendar: three evaluations on the anniversaries, a late one escalates, then the return home', async () => {
    const input = rotationInput({
      timing: { taskWorkingDays: 10, reminderWorkingDays: 2, conferenceDeadlineMs: 30 * DAY_MS },
    });
    const recorder = await withRotation(input, async (handle, _recorder, effectiveDate) => {
      await ts.env.sleep(360 * DAY_MS);
      expect(evaluationTask(await rotationWhen(handle, () => true), 1)).toBeUndefined();
      await ts.env.sleep(6 * DAY_MS);
      const year1 = await rotationWhen(handle, (s) => evaluationTask(s, 1) !== undefined);
      expect(evaluationTask(year1, 1)).toMatchObject({ status: 'open', assigneeIds: ['U-QA'] });
      expect(await refusalCode(() => handle.executeUpdate(evaluateRotationUpdate, evaluate(2)))).toBe(
        'unknown_task',
      );
      expect(
        await refusalCode(() => handle.executeUpdate(evaluateRotationUpdate, evaluate(1, 'U-OTHER'))),
      ).toBe('not_assignee');
      await handle.executeUpdate(evaluateRotationUpdate, evaluate(1));

      await ts.env.sleep(365 * DAY_MS + 30 * DAY_MS);
      const late = await rotationWhen(handle, (s) => evaluationTask(s, 2)?.escalated === true);
      expect(evaluationTask(late, 2)?.assigneeIds).toEqual(['U-QA', 'U-BT']);
      await handle.executeUpdate(evaluateRotationUpdate, evaluate(2, 'U-BT'));

      await ts.env.sleep(336 * DAY_MS);
      const due = await rotationWhen(handle, (s) => s.stage === 'end_of_term');
      expect(evaluationTask(due, 3)?.status).toBe('open');
      expect(due.lastDay).toBe(addDays(addMonths(effectiveDate, 36), -1));
      const returnHome = end({
        choice: 'return',
        postId: 'TB-PCT-UBND',
        effectiveDate: addMonths(effectiveDate, 36),
      });
      expect(await refusalCode(() => handle.executeUpdate(decideRotationEndUpdate, returnHome))).toBe(
        'wrong_stage',
      );
      await handle.executeUpdate(evaluateRotationUpdate, evaluate(3));
      const ended = await handle.executeUpdate(decideRotationEndUpdate, returnHome);
      expect(ended).toMatchObject({
        state: 'ended',
        stage: 'closed',
        end: { choice: 'return', postId: 'TB-PCT-UBND', early: false },
      });
      expect(ended.evaluations.map((e) => [e.year, e.late])).toEqual([
        [1, false],
        [2, true],
        [3, false],
      ]);
      await handle.result();
    });
    expect(recorder.assignments.map((a) => [a.kind, a.postId, a.endsPostId])).toEqual([
      ['rotation', 'QA-CT-UBND', 'TB-PCT-UBND'],
      ['transfer', 'TB-PCT-UBND', 'QA-CT-UBND'],
    ]);
  }, 120_000);

  const shortYears = () =>
    rotationInput({
      timing: {
        taskWorkingDays: 10,
        reminderWorkingDays: 2,
        conferenceDeadlineMs: 30 * DAY_MS,
        workingDayMs: 3_600_000,
        yearMs: 10 * DAY_MS,
        evaluationGraceMs: DAY_MS,
      },
    });

  /** Evaluates years `from`..`to` as each opens (10 short days apart), then waits for the end of term. */
  async function evaluateUntilEnd(handle: WorkflowHandle, from: number, to: number): Promise<RotationStatus> {
    for (let year = from; year <= to; year++) {
      await ts.env.sleep(10 * DAY_MS);
      await rotationWhen(handle, (st) => evaluationTask(st, year)?.status === 'open');
      await handle.executeUpdate(evaluateRotationUpdate, evaluate(year));
    }
    return rotationWhen(handle, (st) => st.stage === 'end_of_term');
  }

  it.each([
    ['reassign', { choice: 'reassign', postId: 'DY-PCT-UBND' }, 'DY-PCT-UBND'],
    ['keep', { choice: 'keep' }, 'QA-CT-UBND'],
  ] as const)(
    'end of term: %s writes the post the cadre takes, as an ordinary assignment',
    async (_name, choice, post) => {
      const recorder = await withRotation(shortYears(), async (handle, _r, effectiveDate) => {
        const due = await evaluateUntilEnd(handle, 1, 3);
        expect(due.evaluations).toHaveLength(3);
        const ended = await handle.executeUpdate(
          decideRotationEndUpdate,
          end({ ...choice, effectiveDate: addMonths(effectiveDate, 36) }),
        );
        expect(ended).toMatchObject({ state: 'ended', end: { choice: choice.choice, postId: post } });
      });
      expect(recorder.assignments.at(-1)).toMatchObject({
        kind: 'transfer',
        postId: post,
        endsPostId: 'QA-CT-UBND',
      });
    },
    60_000,
  );

  it('end of term: extend adds a year and its evaluation, then a second end-of-term decision', async () => {
    await withRotation(shortYears(), async (handle, _r, effectiveDate) => {
      await evaluateUntilEnd(handle, 1, 3);
      expect(
        await refusalCode(() =>
          handle.executeUpdate(
            decideRotationEndUpdate,
            end({ choice: 'extend', months: 0, effectiveDate: addMonths(effectiveDate, 36) }),
          ),
        ),
      ).toBe('invalid');
      const extended = await handle.executeUpdate(
        decideRotationEndUpdate,
        end({ choice: 'extend', months: 12, effectiveDate: addMonths(effectiveDate, 36) }),
      );
      expect(extended).toMatchObject({
        state: 'rotating',
        stage: 'in_rotation',
        lastDay: expect.any(String),
      });
      const again = await evaluateUntilEnd(handle, 4, 4);
      expect(again.tasks.filter((t) => t.kind === 'end_of_term').map((t) => t.key)).toEqual([
        'end-of-term-1',
        'end-of-term-2',
      ]);
      const ended = await handle.executeUpdate(
        decideRotationEndUpdate,
        end({ choice: 'return', postId: 'TB-PCT-UBND', effectiveDate: addMonths(effectiveDate, 48) }),
      );
      expect(ended.evaluations).toHaveLength(4);
      expect(ended.extensions.map((e) => e.months)).toEqual([12]);
    });
  }, 60_000);

  it('an early end, with a reason, at any time: the open evaluation is cancelled and no later year opens', async () => {
    const recorder = await withRotation(shortYears(), async (handle, _r, effectiveDate) => {
      await ts.env.sleep(10 * DAY_MS);
      await rotationWhen(handle, (s) => evaluationTask(s, 1)?.status === 'open');
      const early = (
        reason: string,
        roles: ('leader' | 'approver')[] = ['approver'],
      ): { args: [EndEarlyCommand] } => ({
        args: [
          {
            actor: actor('U-BT', roles),
            choice: 'return',
            postId: 'TB-PCT-UBND',
            reason,
            number: 'QĐ 9/QĐ-KT',
            effectiveDate: addMonths(effectiveDate, 14),
          },
        ],
      });
      expect(await refusalCode(() => handle.executeUpdate(endRotationEarlyUpdate, early('sức khỏe')))).toBe(
        'invalid',
      );
      const ended = await handle.executeUpdate(
        endRotationEarlyUpdate,
        early('Cán bộ xin thôi luân chuyển vì lý do sức khỏe'),
      );
      expect(ended).toMatchObject({
        state: 'ended',
        end: { early: true, reason: 'Cán bộ xin thôi luân chuyển vì lý do sức khỏe' },
      });
      expect(evaluationTask(ended, 1)?.status).toBe('cancelled');
      await handle.result();
    });
    expect(recorder.kinds(recorder.steps[0].workflowId)).not.toContain('end_of_term_due');
  }, 60_000);
});
