import request from 'supertest';
import type { Role, TaskView } from '@personnel/contracts';
import { authHeaders, startApiWithWorker, type ApiUnderTest } from './api-harness';
import {
  APPOINTMENTS,
  appointmentBody,
  MEMBERS,
  planFor,
  seedDirectory,
  seedRegistry,
  waitUntil,
} from './appointment-fixtures';

const POST = 'QA-RC-1';
const HR = 'U-HR';
const SECRETARY = 'U-M5';
const SHEET = 'b'.repeat(64);

/**
 * A conference that was not held (quorum not met) no longer ends the procedure: a `reconvene` task opens
 * for HR and the conference's secretary, and convening it again runs the step as a new attempt.
 */
describe('convening a conference again after it was not held (real worker)', () => {
  let api: ApiUnderTest;
  let id: string;
  const server = () => api.app.getHttpServer();
  const auth = (username: string, roles: Role[]) => authHeaders(api, username, roles);
  const hr = () => auth(HR, ['hr_officer']);
  const secretary = () => auth(SECRETARY, ['approver']);
  const pathOf = (appointmentId: string) => `${APPOINTMENTS}/${appointmentId.split('/').slice(1).join('/')}`;
  const conference = (index: number) => `${pathOf(id)}/conferences/${index}`;
  const reconvene = (index: number) => `${conference(index)}/reconvene`;
  const detail = async () =>
    (
      await request(server())
        .get(pathOf(id))
        .set(await hr())
    ).body;
  const taskOf = async (taskKey: string): Promise<TaskView | undefined> =>
    ((await detail()).tasks as TaskView[]).find((t) => t.taskKey === taskKey);
  const myTasks = async (username: string, roles: Role[]): Promise<string[]> =>
    (
      await request(server())
        .get('/api/v1/tasks?scope=mine&kind=reconvene')
        .set(await auth(username, roles))
    ).body.items
      .filter((t: TaskView) => t.workflowId === id && t.status === 'open')
      .map((t: TaskView) => t.taskKey);

  beforeAll(async () => {
    api = await startApiWithWorker();
    await seedRegistry(api, [POST]);
    await seedDirectory(api);
    await planFor(api, 'CB-A1', POST);
    const started = await request(server())
      .post(APPOINTMENTS)
      .set(await hr())
      .send(appointmentBody({ postId: POST }));
    expect(started.status).toBe(201);
    id = started.body.id;
    await waitUntil(
      'the first conference',
      async () =>
        (
          await request(server())
            .get(conference(1))
            .set(await secretary())
        ).status === 200,
    );
  }, 120_000);
  afterAll(() => api?.close());

  it('keeps the procedure at the step when the quorum is not met, with a reconvene task for HR and the secretary', async () => {
    const attended = await request(server())
      .post(`${conference(1)}/attendance`)
      .set(await secretary())
      .send({ present: MEMBERS.slice(0, 2) });
    expect(attended.status).toBe(200);
    expect(attended.body).toMatchObject({ stage: 'closed', quorumMet: false });

    await waitUntil('the reconvene task', async () => (await taskOf('reconvene-1-a1'))?.status === 'open');
    const after = await detail();
    expect(after).toMatchObject({ state: 'in_progress', stage: 'collective_proposes' });
    const task = await taskOf('reconvene-1-a1');
    expect(task).toMatchObject({ kind: 'reconvene', status: 'open' });
    expect([...(task?.assigneeIds ?? [])].sort()).toEqual([HR, SECRETARY].sort());
    expect(after.timeline.map((e: { kind: string }) => e.kind)).toContain('conference_not_held');

    expect(await myTasks(HR, ['hr_officer'])).toEqual(['reconvene-1-a1']);
    expect(await myTasks(SECRETARY, ['approver'])).toEqual(['reconvene-1-a1']);

    const view = await request(server())
      .get(conference(1))
      .set(await hr());
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ stepIndex: 1, attempt: 1, status: { stage: 'closed' } });
  });

  it('refuses a viewer (403), a user it is not assigned to (403) and another step (409)', async () => {
    const viewer = await request(server())
      .post(reconvene(1))
      .set(await auth('U-XEM', ['viewer']))
      .send({ reason: 'Triệu tập lại' });
    expect(viewer.status).toBe(403);

    const other = await request(server())
      .post(reconvene(1))
      .set(await auth('U-M1', ['approver']))
      .send({ reason: 'Triệu tập lại' });
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('not_authorised');

    const wrongStep = await request(server())
      .post(reconvene(2))
      .set(await hr())
      .send({ reason: 'Triệu tập lại' });
    expect(wrongStep.status).toBe(409);
    expect(wrongStep.body.code).toBe('wrong_stage');

    expect((await taskOf('reconvene-1-a1'))?.status).toBe('open');
    const badNumber = await request(server())
      .get(`${APPOINTMENTS}/QA-CT-UBND/x`)
      .set(await hr());
    expect(badNumber.status).toBe(400);
    expect(badNumber.body.details).toEqual([
      {
        field: 'id',
        code: 'not_appointment_id',
        params: { example: 'appointment/QA-CT-UBND/1' },
        problem:
          'Trường id phải là mã quy trình bổ nhiệm dạng appointment/<mã chức danh>/<số>, ví dụ appointment/QA-CT-UBND/1.',
        reason: 'must look like appointment/<postId>/<n>',
      },
    ]);
  });

  it('refuses a blank, missing or too long reason with 400 naming reason', async () => {
    for (const body of [{ reason: '   ' }, {}, { reason: 'x'.repeat(1001) }, { reason: 7 }]) {
      const res = await request(server())
        .post(reconvene(1))
        .set(await hr())
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain('reason');
    }
    const badIndex = await request(server())
      .post(`${pathOf(id)}/conferences/x/reconvene`)
      .set(await hr())
      .send({
        reason: 'Triệu tập lại',
      });
    expect(badIndex.status).toBe(400);
    expect(badIndex.body.details).toEqual([
      {
        field: 'index',
        code: 'not_step_index',
        params: {},
        problem: 'Trường index phải là số thứ tự bước (0, 1, 2, …).',
        reason: 'must be a step index (0, 1, 2, …)',
      },
    ]);
    const badIndexInEnglish = await request(server())
      .post(`${pathOf(id)}/conferences/x/reconvene`)
      .set({ ...(await hr()), 'accept-language': 'en' })
      .send({ reason: 'Triệu tập lại' });
    expect(badIndexInEnglish.body.details[0]).toMatchObject({
      code: 'not_step_index',
      problem: 'must be a step index (0, 1, 2, …)',
    });
    expect((await taskOf('reconvene-1-a1'))?.status).toBe('open');
    const badNumber = await request(server())
      .get(`${APPOINTMENTS}/QA-CT-UBND/x`)
      .set(await hr());
    expect(badNumber.status).toBe(400);
    expect(badNumber.body.details).toEqual([
      {
        field: 'id',
        code: 'not_appointment_id',
        params: { example: 'appointment/QA-CT-UBND/1' },
        problem:
          'Trường id phải là mã quy trình bổ nhiệm dạng appointment/<mã chức danh>/<số>, ví dụ appointment/QA-CT-UBND/1.',
        reason: 'must look like appointment/<postId>/<n>',
      },
    ]);
  });

  it('convenes the step again when HR asks: a new conference task, the routes act on it, the procedure moves on', async () => {
    const reconvened = await request(server())
      .post(reconvene(1))
      .set(await hr())
      .send({ reason: '  Không đủ số lượng; triệu tập lại.  ' });
    expect(reconvened.status).toBe(200);
    expect(reconvened.body.state).toBe('in_progress');

    await waitUntil('the second attempt', async () => (await taskOf('conference-1-a2'))?.status === 'open');
    expect(await taskOf('reconvene-1-a1')).toMatchObject({ status: 'done', outcome: 'reconvened' });
    const reconvenedEntry = (await detail()).timeline.find(
      (e: { kind: string }) => e.kind === 'conference_reconvened',
    );
    expect(reconvenedEntry).toMatchObject({ actor: HR });

    await waitUntil(
      'the new run of the conference',
      async () =>
        (
          await request(server())
            .get(conference(1))
            .set(await secretary())
        ).body.attempt === 2,
    );
    const view = await request(server())
      .get(conference(1))
      .set(await secretary());
    expect(view.body).toMatchObject({ stepIndex: 1, attempt: 2, status: { stage: 'convened' } });

    const again = await request(server())
      .post(reconvene(1))
      .set(await hr())
      .send({ reason: 'Lần nữa' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('wrong_stage');

    const attended = await request(server())
      .post(`${conference(1)}/attendance`)
      .set(await secretary())
      .send({ present: MEMBERS });
    expect(attended.status).toBe(200);
    expect(attended.body).toMatchObject({ stage: 'attendance_recorded', quorumMet: true });
    const tallied = await request(server())
      .post(`${conference(1)}/tally`)
      .set(await secretary())
      .send({
        ballotsCast: MEMBERS.length,
        votes: view.body.candidates.map((candidateId: string) => ({ candidateId, votes: MEMBERS.length })),
        sheetSha256: SHEET,
      });
    expect(tallied.status).toBe(200);
    expect(tallied.body.result).toMatchObject({ outcome: 'passed' });

    await waitUntil('step 2', async () => (await detail()).stage === 'expanded_conference');
    const moved = await detail();
    expect(moved.status.steps.find((s: { index: number }) => s.index === 1)).toMatchObject({
      attempt: 2,
      outcome: 'passed',
    });
    expect(await taskOf('conference-1-a2')).toMatchObject({ status: 'done' });
    await waitUntil(
      'conference 2',
      async () =>
        (
          await request(server())
            .get(conference(2))
            .set(await secretary())
        ).status === 200,
    );
    expect(
      (
        await request(server())
          .get(conference(2))
          .set(await secretary())
      ).body.attempt,
    ).toBe(1);
  });
});
