import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import {
  decideTaskUpdate,
  grantRotationExceptionUpdate,
  issueRotationDecisionUpdate,
  confirmHandOverUpdate,
  SearchAttributes,
  withdrawRotationUpdate,
  resubmitRotationUpdate,
  type DecideTaskCommand,
  type RotationDecisionCommand,
  type RotationExceptionCommand,
  type ResubmitRotationCommand,
} from '@personnel/contracts';
import { vietnamDate } from '@personnel/domain';
import { actor, localCadre, refusalCode } from './appointment-harness';
import { connectTestEnvironment, runWithWorker } from './harness';
import {
  holdConsultation,
  rotationInput,
  RotationRecorder,
  rotationWhen,
  startRotation,
} from './rotation-harness';

const approve = (userId: string, taskKey: string): { args: [DecideTaskCommand] } => ({
  args: [{ actor: actor(userId), taskKey, verdict: 'approve' }],
});
const decide = (
  userId: string,
  number = 'QĐ 12/QĐ-UBND',
  effectiveDate = vietnamDate(new Date().toISOString()),
): { args: [RotationDecisionCommand] } => ({ args: [{ actor: actor(userId), number, effectiveDate }] });

/** The rotation procedure before and at its decision, on the real dev server. */
describe('rotation workflow on the real dev server', () => {
  let env: TestWorkflowEnvironment;
  let bundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    ({ env, bundle } = await connectTestEnvironment());
  });
  afterAll(async () => {
    await env?.teardown();
  });

  it('runs eligibility → consultation → sign-off → decision, writes the assignment once and opens the hand-over', async () => {
    const recorder = new RotationRecorder();
    const input = rotationInput();
    await runWithWorker(env, bundle, recorder.activities, async (taskQueue) => {
      const handle = await startRotation(env, taskQueue, input);
      const checked = await rotationWhen(handle, (s) => s.stage === 'consultation');
      expect(checked.eligibility?.eligible).toBe(true);
      expect(checked.eligibility?.checks.map((c) => c.rule)).toContain('destination_available');
      await holdConsultation(env, handle, 6);
      await rotationWhen(handle, (s) => s.stage === 'sign_off');
      await handle.executeUpdate(decideTaskUpdate, approve('U-TCNV', 'r1-org-office'));
      await rotationWhen(handle, (s) => s.stage === 'awaiting_decision');
      expect(
        await refusalCode(() => handle.executeUpdate(issueRotationDecisionUpdate, decide('U-TCNV'))),
      ).toBe('not_assignee');
      const decided = await handle.executeUpdate(issueRotationDecisionUpdate, decide('U-BT'));
      expect(decided).toMatchObject({ state: 'rotating', stage: 'hand_over' });
      expect(decided.decision?.number).toBe('QĐ 12/QĐ-UBND');
      expect(decided.tasks.find((t) => t.kind === 'hand_over')).toMatchObject({
        status: 'open',
        assigneeIds: ['U-QA'],
      });
      expect(await refusalCode(() => handle.executeUpdate(issueRotationDecisionUpdate, decide('U-BT')))).toBe(
        'wrong_stage',
      );
      const handedOver = await handle.executeUpdate(confirmHandOverUpdate, {
        args: [{ actor: actor('U-QA'), note: 'Đã bàn giao hồ sơ, công việc' }],
      });
      expect(handedOver.stage).toBe('in_rotation');

      expect(recorder.assignments).toEqual([
        expect.objectContaining({
          cadreId: input.cadreId,
          postId: 'QA-CT-UBND',
          kind: 'rotation',
          endsPostId: 'TB-PCT-UBND',
          decisionRef: 'QĐ 12/QĐ-UBND',
        }),
      ]);
      const rows = recorder.procedureRows(handle.workflowId);
      expect(rows.map((r) => r.kind)).toEqual(
        expect.arrayContaining([
          'proposed',
          'eligibility_checked',
          'conference_convened',
          'conference_closed',
          'sign_off_opened',
          'task_decided',
          'decided',
          'handed_over',
        ]),
      );
      expect(rows.every((r) => r.procedure.kind === 'rotation' && r.procedure.unitCode === 'QA')).toBe(true);
      expect(rows.at(-1)?.procedure.detail).toMatchObject({
        cadreId: input.cadreId,
        fromPostId: 'TB-PCT-UBND',
      });
      expect(new Set(rows.map((r) => r.stepKey)).size).toBe(rows.length);
      const description = await handle.describe();
      expect(description.typedSearchAttributes.get(SearchAttributes.procedureKind)).toBe('rotation');
      expect(description.typedSearchAttributes.get(SearchAttributes.candidateIds)).toEqual([input.cadreId]);
    });
  });

  it('a failing rule waits for a leader’s reasoned exception, and the rotation then goes on', async () => {
    const recorder = new RotationRecorder();
    recorder.facts = { ...recorder.facts, cadre: localCadre('CB-L') };
    const input = rotationInput();
    await runWithWorker(env, bundle, recorder.activities, async (taskQueue) => {
      const handle = await startRotation(env, taskQueue, input);
      const waiting = await rotationWhen(handle, (s) => s.stage === 'awaiting_exception');
      expect(waiting.eligibility?.checks.find((c) => !c.passed)).toMatchObject({
        rule: 'non_local_head',
        citation: expect.stringContaining('45-CT/TW'),
      });
      const grant = (
        userId: string,
        reason: string,
        roles: ('leader' | 'approver')[] = ['leader'],
      ): { args: [RotationExceptionCommand] } => ({
        args: [{ actor: actor(userId, roles), reason }],
      });
      expect(
        await refusalCode(() => handle.executeUpdate(grantRotationExceptionUpdate, grant('U-BT', 'ngắn'))),
      ).toBe('invalid');
      expect(
        await refusalCode(() =>
          handle.executeUpdate(
            grantRotationExceptionUpdate,
            grant('U-BT', 'Thiếu nguồn cán bộ ngoài địa phương đủ chuẩn', ['approver']),
          ),
        ),
      ).toBe('not_authorised');
      await handle.executeUpdate(
        grantRotationExceptionUpdate,
        grant('U-BT', 'Thiếu nguồn cán bộ ngoài địa phương đủ chuẩn'),
      );
      await rotationWhen(handle, (s) => s.stage === 'consultation' && s.exception !== null);
      expect(recorder.kinds(handle.workflowId)).toContain('exception_granted');
    });
  });

  it('a decision the registry refuses is answered with the reason and records nothing; signed again once fixed', async () => {
    const recorder = new RotationRecorder();
    const input = rotationInput();
    await runWithWorker(env, bundle, recorder.activities, async (taskQueue) => {
      const handle = await startRotation(env, taskQueue, input);
      await holdConsultation(env, handle, 5);
      await rotationWhen(handle, (s) => s.stage === 'sign_off');
      await handle.executeUpdate(decideTaskUpdate, approve('U-TCNV', 'r1-org-office'));
      await rotationWhen(handle, (s) => s.stage === 'awaiting_decision');
      const before = recorder.kinds(handle.workflowId).length;
      recorder.refuseNextWrite = 'Post QA-CT-UBND is held by CB-0042';
      expect(await refusalCode(() => handle.executeUpdate(issueRotationDecisionUpdate, decide('U-BT')))).toBe(
        'registry_conflict',
      );
      expect(recorder.kinds(handle.workflowId)).toHaveLength(before);
      expect((await rotationWhen(handle, () => true)).stage).toBe('awaiting_decision');
      const decided = await handle.executeUpdate(issueRotationDecisionUpdate, decide('U-BT'));
      expect(decided.state).toBe('rotating');
      expect(recorder.assignments).toHaveLength(1);
    });
  });

  it('a returned round goes back to the proposer, who resubmits; the proposer may withdraw before the decision', async () => {
    const recorder = new RotationRecorder();
    const input = rotationInput();
    await runWithWorker(env, bundle, recorder.activities, async (taskQueue) => {
      const handle = await startRotation(env, taskQueue, input);
      await holdConsultation(env, handle, 6);
      await rotationWhen(handle, (s) => s.stage === 'sign_off');
      await handle.executeUpdate(decideTaskUpdate, {
        args: [
          {
            actor: actor('U-TCNV'),
            taskKey: 'r1-org-office',
            verdict: 'return',
            comment: 'Bổ sung nhận xét',
          },
        ],
      });
      await rotationWhen(handle, (s) => s.stage === 'revision');
      const resubmit = (userId: string): { args: [ResubmitRotationCommand] } => ({
        args: [{ actor: actor(userId), comment: 'Đã bổ sung' }],
      });
      expect(await refusalCode(() => handle.executeUpdate(resubmitRotationUpdate, resubmit('U-TCNV')))).toBe(
        'not_authorised',
      );
      const again = await handle.executeUpdate(resubmitRotationUpdate, resubmit('U-HR'));
      expect(again).toMatchObject({ stage: 'sign_off', round: 2 });
      expect(again.tasks.find((t) => t.key === 'r2-org-office')?.status).toBe('open');
      const withdrawn = await handle.executeUpdate(withdrawRotationUpdate, {
        args: [{ actor: actor('U-HR', ['hr_officer']), reason: 'Đơn vị nhận đã bố trí được cán bộ khác' }],
      });
      expect(withdrawn).toMatchObject({ state: 'withdrawn', stage: 'closed' });
      expect(withdrawn.tasks.filter((t) => t.status === 'open')).toEqual([]);
      await handle.result();
      expect(recorder.assignments).toEqual([]);
    });
  });
});
