import { WorkflowNotFoundError, type WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import {
  changeBodiesUpdate,
  claimTaskUpdate,
  decideTaskUpdate,
  delegateTaskUpdate,
  grantExceptionUpdate,
  headDecisionUpdate,
  issueDecisionUpdate,
  reconveneUpdate,
  resubmitUpdate,
  submitSelfAssessmentUpdate,
  unclaimTaskUpdate,
  withdrawAppointmentUpdate,
  type ActorRef,
  type AppointmentResult,
  type DecideTaskCommand,
  SearchAttributes,
} from '@personnel/contracts';
import {
  actor,
  appointmentInput,
  MEMBERS,
  AppointmentRecorder,
  eligibleCadre,
  holdConference,
  localCadre,
  refusalCode,
  startAppointment,
  statusWhen,
} from './appointment-harness';
import { connectTestEnvironment, runWithWorker } from './harness';

const approve = (userId: string, taskKey: string): { args: [DecideTaskCommand] } => ({
  args: [{ actor: actor(userId), taskKey, verdict: 'approve' }],
});

/** Runs the outside candidate's three conferences, each passing with 5 of 6 votes. */
async function passConferences(env: TestWorkflowEnvironment, handle: WorkflowHandle, count = 3) {
  for (let i = 1; i <= count; i++) await holdConference(env, handle, i, 5);
}

describe('appointment workflow on the real Temporal dev server', () => {
  let env: TestWorkflowEnvironment;
  let bundle: WorkflowBundleWithSourceMap;
  let recorder: AppointmentRecorder;
  beforeAll(async () => {
    ({ env, bundle } = await connectTestEnvironment());
  });
  afterAll(async () => {
    await env?.teardown();
  });
  beforeEach(() => {
    recorder = new AppointmentRecorder();
  });

  const run = <T>(work: (taskQueue: string) => Promise<T>) =>
    runWithWorker(env, bundle, recorder.activities, work);

  it('takes an outside candidate through three conferences, two sign-offs and the decision, writing the assignment once', async () => {
    const input = appointmentInput();
    recorder.facts.set(input.candidateIds[0], eligibleCadre(input.candidateIds[0]));
    await run(async (taskQueue) => {
      const handle = await startAppointment(env, taskQueue, input);
      await passConferences(env, handle);
      await statusWhen(handle, (s) => s.stage === 'sign_off');
      expect(
        await refusalCode(() => handle.executeUpdate(decideTaskUpdate, approve('U-PBT', 'r1-deputy'))),
      ).toBe('wrong_stage');
      const first = await handle.executeUpdate(decideTaskUpdate, approve('U-TCNV', 'r1-org-office'));
      // The answer is what the command changed, at its step's journal position: not the whole status.
      const decidedSeq = (taskKey: string) =>
        recorder.steps.find((st) => st.kind === 'task_decided' && st.payload.taskKey === taskKey)?.seq;
      expect(first).toEqual({
        workflowId: handle.workflowId,
        state: 'in_progress',
        stage: 'sign_off',
        sequence: decidedSeq('r1-org-office'),
        tasks: [
          expect.objectContaining({ key: 'r1-org-office', status: 'done', outcome: 'approve' }),
          expect.objectContaining({ key: 'r1-deputy', status: 'open', assigneeIds: ['U-PBT'] }),
        ],
      });
      expect(
        await refusalCode(() => handle.executeUpdate(decideTaskUpdate, approve('U-TCNV', 'r1-org-office'))),
      ).toBe('task_closed');
      const afterChain = await handle.executeUpdate(decideTaskUpdate, approve('U-PBT', 'r1-deputy'));
      expect(afterChain.stage).toBe('awaiting_decision');
      expect(afterChain).toMatchObject({ sequence: decidedSeq('r1-deputy') });
      expect(afterChain.tasks.map((t) => [t.kind, t.status])).toEqual([
        ['sign_off', 'done'],
        ['decision', 'open'],
      ]);
      const answer = await handle.executeUpdate(issueDecisionUpdate, {
        args: [{ actor: actor('U-BT', ['leader']), number: '125/QĐ-UBND', effectiveDate: '2027-01-01' }],
      });
      // The answer is the state the decision produced: appointed, the assignment written and recorded.
      expect(answer).toMatchObject({ state: 'appointed', stage: 'in_term' });
      expect(recorder.kinds(handle.workflowId)).toContain('appointed');
      const inTerm = await statusWhen(handle, (s) => s.stage === 'in_term' && s.state === 'appointed');
      expect(inTerm.decision).toMatchObject({ number: '125/QĐ-UBND', termLastDay: '2031-12-31' });
    });
    expect(recorder.assignments).toEqual([
      expect.objectContaining({
        cadreId: input.candidateIds[0],
        decisionRef: '125/QĐ-UBND',
        kind: 'appointment',
      }),
    ]);
    const ids = new Set(recorder.steps.map((s) => s.workflowId));
    const main = [...ids].find((id) => !id.includes('/conference/'))!;
    expect(recorder.kinds(main)).toEqual(
      expect.arrayContaining([
        'proposed',
        'eligibility_checked',
        'conference_convened',
        'conference_closed',
        'sign_off_opened',
        'task_decided',
        'decision_signed',
        'appointed',
      ]),
    );
    const seqs = recorder.steps.filter((s) => s.workflowId === main).map((s) => s.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  async function describeOnceStarted(workflowId: string) {
    for (let tries = 0; ; tries++) {
      try {
        return await env.client.workflow.getHandle(workflowId).describe();
      } catch (error) {
        if (!(error instanceof WorkflowNotFoundError) || tries > 50) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  it('on the kernel it publishes every search attribute, its conferences carry unit and post, and each step journals a procedure row', async () => {
    const [a, b] = ['CB-SA1', 'CB-SA2'].map((x) => `${x}-${Math.random().toString(36).slice(2, 7)}`);
    const input = appointmentInput({ source: 'local', candidateIds: [a, b] });
    let workflowId = '';
    await run(async (taskQueue) => {
      const handle = await startAppointment(env, taskQueue, input);
      workflowId = handle.workflowId;
      const first = await statusWhen(handle, (s) => s.steps.length === 1);
      const attributes = (await handle.describe()).typedSearchAttributes;
      expect(attributes.get(SearchAttributes.procedureKind)).toBe('appointment');
      expect(attributes.get(SearchAttributes.candidateIds)).toEqual([a, b]);
      expect(attributes.get(SearchAttributes.unitCode)).toBe('QA');
      expect(attributes.get(SearchAttributes.postCode)).toBe('QA-CT-UBND');
      expect(attributes.get(SearchAttributes.legalBasis)).toBe('QD377-2025');
      expect(attributes.get(SearchAttributes.stage)).toBe('collective_proposes');
      expect(attributes.get(SearchAttributes.stageEnteredAt)).toBeInstanceOf(Date);
      // The step is in the status as it is convened, a moment before the child exists on the server.
      const child = await describeOnceStarted(first.steps[0].conferenceId);
      expect(child.typedSearchAttributes.get(SearchAttributes.unitCode)).toBe('QA');
      expect(child.typedSearchAttributes.get(SearchAttributes.postCode)).toBe('QA-CT-UBND');
      await handle.terminate('test finished');
    });
    const rows = recorder.procedureRows(workflowId);
    expect(rows.map((r) => r.kind)).toEqual([
      'proposed',
      'eligibility_checked',
      'dossier_checked',
      'conference_convened',
    ]);
    expect(rows.map((r) => r.procedure.stage)).toEqual([
      'eligibility_check',
      'collective_proposes',
      'collective_proposes',
      'collective_proposes',
    ]);
    expect(rows[2].procedure).toMatchObject({
      kind: 'appointment',
      subjectCadreIds: [a, b],
      postId: 'QA-CT-UBND',
      detail: { source: 'local', round: 1 },
    });
    expect(recorder.steps.some((s) => s.workflowId === workflowId && 'appointment' in s)).toBe(false);
  });

  it('stops an ineligible candidate until a leader grants a reasoned exception', async () => {
    const input = appointmentInput();
    recorder.facts.set(input.candidateIds[0], localCadre(input.candidateIds[0]));
    await run(async (taskQueue) => {
      const handle = await startAppointment(env, taskQueue, input);
      const waiting = await statusWhen(handle, (s) => s.stage === 'awaiting_exception');
      expect(waiting.eligibility[0].result?.checks.find((c) => !c.passed)?.rule).toBe('non_local_head');
      const grant = (userId: string, roles: ('leader' | 'approver' | 'admin')[], reason: string) =>
        handle.executeUpdate(grantExceptionUpdate, { args: [{ actor: actor(userId, roles), reason }] });
      expect(
        await refusalCode(() =>
          grant('U-BT', ['approver'], 'Cán bộ có năng lực nổi bật, được Ban Thường vụ thống nhất'),
        ),
      ).toBe('not_authorised');
      expect(await refusalCode(() => grant('U-BT', ['leader'], 'đồng ý'))).toBe('invalid');
      // admin holds every role (libs/domain holdsRole), here as in the API's guard; holding the role
      // does not make it a party: the exception is its assignees' to grant.
      expect(
        await refusalCode(() =>
          grant('U-ADMIN', ['admin'], 'Cán bộ có năng lực nổi bật, được Ban Thường vụ thống nhất'),
        ),
      ).toBe('not_assignee');
      const granted = await grant(
        'U-BT',
        ['leader'],
        'Cán bộ có năng lực nổi bật, được Ban Thường vụ thống nhất',
      );
      expect(granted.exception).toMatchObject({ grantedBy: 'U-BT', cadreIds: input.candidateIds });
      expect(granted.stage).toBe('collective_proposes');
      await holdConference(env, handle, 1, 5);
      await statusWhen(handle, (s) => s.steps.length === 2);
    });
  });

  it('a reject at a sign-off ends the procedure rejected and cancels what was left', async () => {
    const input = appointmentInput();
    recorder.facts.set(input.candidateIds[0], eligibleCadre(input.candidateIds[0]));
    let result: AppointmentResult | undefined;
    await run(async (taskQueue) => {
      const handle = await startAppointment(env, taskQueue, input);
      await passConferences(env, handle);
      await statusWhen(handle, (s) => s.stage === 'sign_off');
      expect(
        await refusalCode(() =>
          handle.executeUpdate(decideTaskUpdate, {
            args: [{ actor: actor('U-TCNV'), taskKey: 'r1-org-office', verdict: 'reject' }],
          }),
        ),
      ).toBe('invalid');
      const after = await handle.executeUpdate(decideTaskUpdate, {
        args: [
          {
            actor: actor('U-TCNV'),
            taskKey: 'r1-org-office',
            verdict: 'reject',
            comment: 'Hồ sơ sức khỏe quá 6 tháng',
          },
        ],
      });
      expect(after.tasks.find((t) => t.key === 'r1-deputy')?.status).toBe('cancelled');
      result = await handle.result();
    });
    expect(result).toMatchObject({ state: 'rejected', reason: 'Hồ sơ sức khỏe quá 6 tháng' });
    expect(recorder.assignments).toHaveLength(0);
  });

  it('a return goes back to HR; the resubmitted dossier starts a new round', async () => {
    const input = appointmentInput({ signOffMode: 'parallel' });
    recorder.facts.set(input.candidateIds[0], eligibleCadre(input.candidateIds[0]));
    await run(async (taskQueue) => {
      const handle = await startAppointment(env, taskQueue, input);
      await passConferences(env, handle);
      const parallel = await statusWhen(handle, (s) => s.stage === 'sign_off');
      expect(parallel.tasks.filter((t) => t.status === 'open').map((t) => t.key)).toEqual([
        'r1-org-office',
        'r1-deputy',
      ]);
      const returned = await handle.executeUpdate(decideTaskUpdate, {
        args: [
          {
            actor: actor('U-PBT'),
            taskKey: 'r1-deputy',
            verdict: 'return',
            comment: 'Bổ sung bản kê khai tài sản',
          },
        ],
      });
      expect(returned.stage).toBe('returned_for_revision');
      expect(
        await refusalCode(() =>
          handle.executeUpdate(resubmitUpdate, { args: [{ actor: actor('U-TCNV'), comment: 'x' }] }),
        ),
      ).toBe('not_authorised');
      const round2 = await handle.executeUpdate(resubmitUpdate, {
        args: [{ actor: actor('U-HR', ['hr_officer']), comment: 'Đã bổ sung bản kê khai' }],
      });
      expect(round2).toMatchObject({ round: 2, stage: 'sign_off' });
      await handle.executeUpdate(decideTaskUpdate, approve('U-TCNV', 'r2-org-office'));
      const done = await handle.executeUpdate(decideTaskUpdate, approve('U-PBT', 'r2-deputy'));
      expect(done.stage).toBe('awaiting_decision');
      await handle.executeUpdate(withdrawAppointmentUpdate, {
        args: [{ actor: actor('U-HR', ['hr_officer']), reason: 'Cán bộ xin rút' }],
      });
      expect(await handle.result()).toMatchObject({ state: 'withdrawn' });
    });
  });

  it('group tasks are claimed; a task claimed away or unclaimed refuses the old holder; a stand-in acts in their window', async () => {
    const input = appointmentInput({
      signOff: [{ key: 'standing', label: 'Thường trực', assigneeIds: ['U-A', 'U-B'] }],
    });
    recorder.facts.set(input.candidateIds[0], eligibleCadre(input.candidateIds[0]));
    await run(async (taskQueue) => {
      const handle = await startAppointment(env, taskQueue, input);
      await passConferences(env, handle);
      await statusWhen(handle, (s) => s.stage === 'sign_off');
      const claim = (u: string) =>
        handle.executeUpdate(claimTaskUpdate, { args: [{ actor: actor(u), taskKey: 'r1-standing' }] });
      expect(
        await refusalCode(() => handle.executeUpdate(decideTaskUpdate, approve('U-A', 'r1-standing'))),
      ).toBe('not_claimed');
      await claim('U-A');
      expect(await refusalCode(() => claim('U-B'))).toBe('claimed_by_other');
      expect(
        await refusalCode(() => handle.executeUpdate(decideTaskUpdate, approve('U-B', 'r1-standing'))),
      ).toBe('claimed_by_other');
      await handle.executeUpdate(unclaimTaskUpdate, {
        args: [{ actor: actor('U-A'), taskKey: 'r1-standing' }],
      });
      await claim('U-B');
      expect(
        await refusalCode(() => handle.executeUpdate(decideTaskUpdate, approve('U-A', 'r1-standing'))),
      ).toBe('claimed_by_other');
      const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
      await handle.executeUpdate(delegateTaskUpdate, {
        args: [
          {
            actor: actor('U-B'),
            taskKey: 'r1-standing',
            toUserId: 'U-C',
            validFrom: today,
            validUntil: today,
            reason: 'Đi công tác',
          },
        ],
      });
      expect(
        await refusalCode(() => handle.executeUpdate(decideTaskUpdate, approve('U-D', 'r1-standing'))),
      ).toBe('not_assignee');
      const decided = await handle.executeUpdate(decideTaskUpdate, approve('U-C', 'r1-standing'));
      expect(decided.tasks.find((t) => t.key === 'r1-standing')).toMatchObject({
        completedBy: 'U-C',
        outcome: 'approve',
      });
      expect(
        await refusalCode(() =>
          handle.executeUpdate(issueDecisionUpdate, {
            args: [
              {
                actor: actor('U-X', ['leader'], input.candidateIds[0]),
                number: '1/QĐ',
                effectiveDate: '2027-01-01',
              },
            ],
          }),
        ),
      ).toBe('own_case');
    });
  });

  it('reminds before the deadline, escalates after it, marks the procedure overdue, and never decides for anyone', async () => {
    const input = appointmentInput({
      signOff: [{ key: 'org-office', label: 'Thẩm định', assigneeIds: ['U-TCNV'], escalateToId: 'U-BT' }],
      timing: {
        taskWorkingDays: 2,
        procedureWorkingDays: 3,
        reminderWorkingDays: 1,
        conferenceDeadlineMs: 60_000,
        workingDayMs: 1_000,
      },
    });
    recorder.facts.set(input.candidateIds[0], eligibleCadre(input.candidateIds[0]));
    await run(async (taskQueue) => {
      const handle = await startAppointment(env, taskQueue, input);
      await passConferences(env, handle);
      const escalated = await statusWhen(
        handle,
        (s) => s.tasks.some((t) => t.key === 'r1-org-office' && t.escalated) && s.overdue,
      );
      const task = escalated.tasks.find((t) => t.key === 'r1-org-office')!;
      expect(task).toMatchObject({
        status: 'open',
        reminded: true,
        escalated: true,
        outcome: null,
        assigneeIds: ['U-TCNV', 'U-BT'],
      });
      expect(escalated.stage).toBe('sign_off');
    });
    const main = recorder.steps.find((s) => s.kind === 'proposed')!.workflowId;
    expect(recorder.kinds(main)).toEqual(
      expect.arrayContaining(['task_reminder', 'task_escalated', 'procedure_overdue']),
    );
  });

  it('a conference without its quorum is convened again by the secretary, and the procedure goes on', async () => {
    const input = appointmentInput();
    await run(async (taskQueue) => {
      const handle = await startAppointment(env, taskQueue, input);
      await holdConference(env, handle, 1, 5, ['TV-1', 'TV-2', 'TV-3']);
      const waiting = await statusWhen(handle, (s) => s.tasks.some((t) => t.kind === 'reconvene'));
      expect(waiting).toMatchObject({ state: 'in_progress', stage: 'collective_proposes' });
      expect(waiting.steps[0]).toMatchObject({ attempt: 1, outcome: 'quorum_not_met' });
      expect(waiting.tasks.find((t) => t.kind === 'reconvene')).toMatchObject({
        key: 'reconvene-1-a1',
        status: 'open',
        assigneeIds: ['U-HR', 'TV-1'],
      });
      const reconvene = (userId: string, reason: string, stepIndex = 1) =>
        handle.executeUpdate(reconveneUpdate, { args: [{ actor: actor(userId), stepIndex, reason }] });
      expect(await refusalCode(() => reconvene('TV-3', 'Triệu tập lại'))).toBe('not_authorised');
      expect(await refusalCode(() => reconvene('TV-1', '  '))).toBe('reason_required');
      expect(await refusalCode(() => reconvene('TV-1', 'Triệu tập lại', 2))).toBe('wrong_stage');
      await reconvene('TV-1', 'Lần trước chỉ 3/6 người có mặt');
      await holdConference(env, handle, 1, 5, MEMBERS, 2);
      const next = await statusWhen(handle, (s) => s.steps.length === 2);
      expect(next.steps[0]).toMatchObject({ index: 1, attempt: 2, outcome: 'passed' });
      expect(next.tasks.map((t) => [t.key, t.status])).toEqual(
        expect.arrayContaining([
          ['conference-1', 'done'],
          ['reconvene-1-a1', 'done'],
          ['conference-1-a2', 'done'],
        ]),
      );
      await handle.terminate('test finished');
    });
    const conferenceKeys = recorder.steps
      .filter((s) => s.workflowId.endsWith('/conference/1'))
      .map((s) => s.stepKey);
    expect(conferenceKeys).toEqual(
      expect.arrayContaining([
        'convened',
        'attendance',
        'closed',
        'a2/convened',
        'a2/attendance',
        'a2/tally',
        'a2/closed',
      ]),
    );
  });

  it('HR may withdraw instead of convening a conference again', async () => {
    await run(async (taskQueue) => {
      const handle = await startAppointment(env, taskQueue, appointmentInput());
      await holdConference(env, handle, 1, 5, ['TV-1', 'TV-2', 'TV-3']);
      await statusWhen(handle, (s) => s.tasks.some((t) => t.kind === 'reconvene'));
      const after = await handle.executeUpdate(withdrawAppointmentUpdate, {
        args: [{ actor: actor('U-HR', ['hr_officer']), reason: 'Không đủ điều kiện tổ chức lại' }],
      });
      expect(after.tasks.find((t) => t.kind === 'reconvene')?.status).toBe('cancelled');
      expect(await handle.result()).toMatchObject({ state: 'withdrawn' });
    });
  });

  it('a 50 % collective vote goes to the head; local candidates run five steps with a top-two run-off', async () => {
    const [a, b, c] = ['CB-A', 'CB-B', 'CB-C'].map((x) => `${x}-${Math.random().toString(36).slice(2, 7)}`);
    const input = appointmentInput({ source: 'local', candidateIds: [a, b, c] });
    for (const id of [a, b, c]) recorder.facts.set(id, eligibleCadre(id));
    await run(async (taskQueue) => {
      const handle = await startAppointment(env, taskQueue, input);
      await holdConference(env, handle, 1, { [a]: 5, [b]: 4, [c]: 4 });
      await holdConference(env, handle, 2, { [a]: 2, [b]: 3, [c]: 1 });
      const runOff = await statusWhen(handle, (s) => s.steps.length === 3);
      expect(runOff.steps[1]).toMatchObject({ outcome: 'top_two', forward: [b, a] });
      await holdConference(env, handle, 3, { [a]: 2, [b]: 5 });
      await statusWhen(handle, (s) => s.steps.length === 4);
      await holdConference(env, handle, 4, { [b]: 6 });
      await holdConference(env, handle, 5, { [b]: 3 });
      const tie = await statusWhen(handle, (s) => s.steps.length === 5);
      const child = env.client.workflow.getHandle(tie.steps[4].conferenceId);
      await child.executeUpdate(headDecisionUpdate, {
        args: [{ actorId: 'TV-2', candidateId: b, approve: true }],
      });
      const signOff = await statusWhen(handle, (s) => s.stage === 'sign_off');
      expect(signOff.appointee).toBe(b);
      expect(signOff.steps.map((s) => s.kind)).toEqual([
        'collective_proposes',
        'expanded_conference',
        'collective_selects',
        'key_cadre_conference',
        'collective_votes',
      ]);
    });
  });

  it('HR replaces a body for the conferences to come; the ones already held keep their members', async () => {
    const [a] = ['CB-BD'].map((x) => `${x}-${Math.random().toString(36).slice(2, 7)}`);
    const input = appointmentInput({ source: 'local', candidateIds: [a] });
    const newcomers = ['TV-1', 'TV-2', 'TV-3', 'TV-4', 'TV-5', 'TV-7'];
    const keyCadres = { summonedIds: newcomers, secretaryId: 'TV-1', headId: 'TV-7' };
    await run(async (taskQueue) => {
      const handle = await startAppointment(env, taskQueue, input);
      await holdConference(env, handle, 1, 5);
      const change = (
        userId: string,
        roles: ActorRef['roles'],
        body: typeof keyCadres,
        reason = 'TV-6 nghỉ hưu',
      ) =>
        handle.executeUpdate(changeBodiesUpdate, {
          args: [{ actor: actor(userId, roles), keyCadreConference: body, reason }],
        });
      expect(await refusalCode(() => change('U-TCNV', ['approver'], keyCadres))).toBe('not_authorised');
      expect(
        await refusalCode(() =>
          change('U-HR', ['hr_officer'], { ...keyCadres, summonedIds: [...newcomers, 'U-HR'] }),
        ),
      ).toBe('invalid');
      expect(await refusalCode(() => change('U-HR', ['hr_officer'], keyCadres, ' '))).toBe('invalid');
      const changed = await change('U-HR', ['hr_officer'], keyCadres);
      expect(changed.bodies.keyCadreConference).toEqual(keyCadres);
      expect(changed.steps[0].body).toEqual(input.collective);
      await holdConference(env, handle, 2, 5);
      await holdConference(env, handle, 3, 5);
      await holdConference(env, handle, 4, 6, newcomers);
      const after = await statusWhen(handle, (st) => st.steps.length === 5);
      expect(after.steps[3]).toMatchObject({
        kind: 'key_cadre_conference',
        body: keyCadres,
        outcome: 'passed',
      });
      expect((await handle.describe()).memo).toMatchObject({ bodies: { keyCadreConference: keyCadres } });
      await handle.terminate('test finished');
    });
    expect(recorder.steps.filter((st) => st.kind === 'bodies_changed')).toHaveLength(1);
  });

  it('the term timer fires the reappointment: self-assessment, two votes, then the next term continues as new', async () => {
    // An outside candidate's procedure names no key-cadre body: the collective holds the confidence vote.
    const input = appointmentInput({
      keyCadreConference: undefined,
      expandedConference: undefined,
      signOff: [{ key: 'org-office', label: 'Thẩm định', assigneeIds: ['U-TCNV'] }],
      timing: {
        taskWorkingDays: 10,
        procedureWorkingDays: 30,
        reminderWorkingDays: 0,
        conferenceDeadlineMs: 60_000,
        workingDayMs: 3_600_000,
        termMs: 4_000,
        reappointmentNoticeMs: 2_000,
      },
    });
    recorder.facts.set(input.candidateIds[0], eligibleCadre(input.candidateIds[0]));
    await run(async (taskQueue) => {
      const handle = await startAppointment(env, taskQueue, input);
      await passConferences(env, handle);
      await statusWhen(handle, (s) => s.stage === 'sign_off');
      await handle.executeUpdate(decideTaskUpdate, approve('U-TCNV', 'r1-org-office'));
      await handle.executeUpdate(issueDecisionUpdate, {
        args: [{ actor: actor('U-BT', ['leader']), number: '7/QĐ', effectiveDate: '2027-01-01' }],
      });
      const latest = env.client.workflow.getHandle(handle.workflowId);
      await statusWhen(
        latest,
        (s) => s.stage === 'reappointment' && s.tasks.some((t) => t.kind === 'self_assessment'),
      );
      await latest.executeUpdate(submitSelfAssessmentUpdate, {
        args: [
          { actor: actor('U-HR', ['hr_officer']), summary: 'Hoàn thành tốt nhiệm vụ trong cả nhiệm kỳ' },
        ],
      });
      // The key cadres' confidence vote takes QĐ 96's three levels: 1 of 6 low, retained.
      await holdConference(env, latest, 11, 0, MEMBERS, 1, 1);
      await holdConference(env, latest, 12, 5);
      await statusWhen(latest, (s) => s.tasks.some((t) => t.key === 'decision-t2' && t.status === 'open'));
      await latest.executeUpdate(issueDecisionUpdate, {
        args: [{ actor: actor('U-BT', ['leader']), number: '8/QĐ', effectiveDate: '2032-01-01' }],
      });
      const term2 = await statusWhen(latest, (s) => s.term === 2 && s.stage === 'in_term');
      expect(term2.decision?.number).toBe('8/QĐ');
      // Carried across both continue-as-new runs: what the procedure and the reappointment established.
      expect(term2.steps.map((st) => st.index)).toEqual([1, 2, 3, 11, 12]);
      expect(term2.steps.find((st) => st.index === 11)?.body).toEqual(input.collective);
      expect(term2.eligibility[0].result?.eligible).toBe(true);
      const { memo } = await latest.describe();
      expect(memo).toEqual({ proposedBy: 'U-HR' });
    });
    expect(recorder.assignments.map((a) => [a.decisionRef, a.kind])).toEqual([
      ['7/QĐ', 'appointment'],
      ['8/QĐ', 'reappointment'],
    ]);
    expect(recorder.confidenceResults).toHaveLength(1);
    expect(recorder.confidenceResults[0]).toMatchObject({
      conferenceId: expect.stringMatching(/\/conference\/11$/),
      unitCode: input.unitCode,
      results: [
        { cadreId: input.candidateIds[0], postId: input.postId, low: 1, summoned: 6, outcome: 'retained' },
      ],
    });
  });

  it('does not reappoint a holder the key cadres gave more than 1/2 low confidence (QĐ 96)', async () => {
    const input = appointmentInput({
      keyCadreConference: undefined,
      expandedConference: undefined,
      signOff: [{ key: 'org-office', label: 'Thẩm định', assigneeIds: ['U-TCNV'] }],
      timing: {
        taskWorkingDays: 10,
        procedureWorkingDays: 30,
        reminderWorkingDays: 0,
        conferenceDeadlineMs: 60_000,
        workingDayMs: 3_600_000,
        termMs: 4_000,
        reappointmentNoticeMs: 2_000,
      },
    });
    recorder.facts.set(input.candidateIds[0], eligibleCadre(input.candidateIds[0]));
    await run(async (taskQueue) => {
      const handle = await startAppointment(env, taskQueue, input);
      await passConferences(env, handle);
      await statusWhen(handle, (s) => s.stage === 'sign_off');
      await handle.executeUpdate(decideTaskUpdate, approve('U-TCNV', 'r1-org-office'));
      await handle.executeUpdate(issueDecisionUpdate, {
        args: [{ actor: actor('U-BT', ['leader']), number: '17/QĐ', effectiveDate: '2027-01-01' }],
      });
      const latest = env.client.workflow.getHandle(handle.workflowId);
      await statusWhen(latest, (s) => s.tasks.some((t) => t.kind === 'self_assessment'));
      await latest.executeUpdate(submitSelfAssessmentUpdate, {
        args: [{ actor: actor('U-HR', ['hr_officer']), summary: 'Hoàn thành nhiệm vụ trong nhiệm kỳ' }],
      });
      // 4 of 6 low: exactly 2/3, removal from post; a fortiori out of planning.
      await holdConference(env, latest, 11, 0, MEMBERS, 1, 4);
      const ended = await statusWhen(latest, (s) => s.state === 'term_ended');
      expect(ended.steps.find((st) => st.index === 11)?.result?.confidence).toEqual([
        { candidateId: input.candidateIds[0], high: 2, confidence: 0, low: 4, outcome: 'removal_from_post' },
      ]);
    });
    expect(recorder.confidenceResults[0]?.results[0]).toMatchObject({ low: 4, outcome: 'removal_from_post' });
  });
});
