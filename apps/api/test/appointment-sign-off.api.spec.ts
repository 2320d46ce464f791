import request from 'supertest';
import type { Role } from '@personnel/contracts';
import { addLocalUsers, authHeaders, startApiWithWorker, type ApiUnderTest } from './api-harness';
import {
  APPOINTMENTS,
  appointmentBody,
  MEMBERS,
  planFor,
  seedDirectory,
  seedRegistry,
  waitUntil,
  holdConference as holdAppointmentConference,
} from './appointment-fixtures';
import { expectFieldProblems } from './coded-problems';

const SECRETARY = 'U-M5';
const LOCAL_CONFERENCES = [1, 2, 3, 4, 5];
const SHEET = 'a'.repeat(64);

describe('appointment sign-off over HTTP: bulk approval and the actor of a decision (real worker)', () => {
  let api: ApiUnderTest;
  const server = () => api.app.getHttpServer();
  const auth = (username: string, roles: Role[]) => authHeaders(api, username, roles);
  const approver = () => auth('U-APP', ['approver']);
  const pathOf = (id: string) => `${APPOINTMENTS}/${id.split('/').slice(1).join('/')}`;
  const stageOf = async (id: string) =>
    (
      await request(server())
        .get(pathOf(id))
        .set(await auth('U-HR', ['hr_officer']))
    ).body.stage as string;

  const holdConference = (appointmentId: string, index: number) =>
    holdAppointmentConference(api, appointmentId, index, SHEET);

  /** HR proposes an eligible local candidate; the five conferences are held; the sign-offs open. */
  async function appointmentAtSignOff(over: Record<string, unknown>): Promise<string> {
    const started = await request(server())
      .post(APPOINTMENTS)
      .set(await auth('U-HR', ['hr_officer']))
      .send(appointmentBody(over));
    expect(started.status).toBe(201);
    const id: string = started.body.id;
    for (const index of LOCAL_CONFERENCES) await holdConference(id, index);
    await waitUntil(`the sign-offs of ${id}`, async () => (await stageOf(id)) === 'sign_off');
    return id;
  }

  beforeAll(async () => {
    api = await startApiWithWorker();
    await seedRegistry(api, ['QA-SO-1', 'QA-SO-2']);
    await seedDirectory(api);
    for (const [username, roles, unitCode] of [
      ['U-OTHER', ['approver'], 'DH'],
      ['U-DH-VIEW', ['viewer'], 'DH'],
      ['U-QL-APP', ['approver'], 'DH-QL'],
    ] as const)
      await addLocalUsers(api, [{ username, fullName: `Member ${username}`, roles: [...roles], unitCode }]);
    for (const post of ['QA-SO-1', 'QA-SO-2']) await planFor(api, 'CB-A1', post);
    const eligibility = await request(server())
      .post('/api/v1/eligibility')
      .set(await auth('U-HR', ['hr_officer']))
      .send({ cadreId: 'CB-A1', postId: 'QA-SO-1', kind: 'appointment' });
    expect(eligibility.body.checks.filter((c: { passed: boolean }) => !c.passed)).toEqual([]);
  }, 90_000);
  afterAll(() => api?.close());

  describe('a task decision records the token’s user, never an actor the body names', () => {
    let id: string;

    beforeAll(async () => {
      id = await appointmentAtSignOff({ postId: 'QA-SO-1' });
    }, 120_000);

    it('refuses bodies naming an actor, on task, bulk and conference commands, naming the field', async () => {
      const headers = await approver();
      const forgedDecision = await request(server())
        .post(`/api/v1/tasks/${id}/r1-org-office/decide`)
        .set(headers)
        .send({
          verdict: 'approve',
          actor: { userId: 'U-FORGED' },
          actorId: 'U-FORGED',
          proposedBy: 'U-FORGED',
        });
      expect(forgedDecision.status).toBe(400);
      expect(forgedDecision.body.details.map((d: { field: string }) => d.field)).toEqual(
        expect.arrayContaining(['actor', 'actorId', 'proposedBy']),
      );

      const forgedBulk = await request(server())
        .post('/api/v1/tasks/bulk-decide')
        .set(headers)
        .send({ items: [{ workflowId: id, taskKey: 'r1-org-office' }], actorId: 'U-FORGED' });
      expect(forgedBulk.status).toBe(400);
      expect(forgedBulk.body.details.map((d: { field: string }) => d.field)).toContain('actorId');

      const forgedAttendance = await request(server())
        .post(`${pathOf(id)}/conferences/1/attendance`)
        .set(await auth(SECRETARY, ['approver']))
        .send({ present: MEMBERS, actorId: 'U-FORGED' });
      expect(forgedAttendance.status).toBe(400);
      expect(forgedAttendance.body.details.map((d: { field: string }) => d.field)).toContain('actorId');

      expect(await stageOf(id)).toBe('sign_off');
    });

    it('delegates a sign-off only to an approver who can act in the procedure’s unit, naming toUserId', async () => {
      const delegate = async (toUserId: string) =>
        request(server())
          .post(`/api/v1/tasks/${id}/r1-org-office/delegate`)
          .set(await approver())
          .send({ toUserId, validFrom: '2030-01-01', validUntil: '2030-01-02', reason: 'Đi công tác' });
      const viewer = await delegate('U-DH-VIEW');
      expectFieldProblems(viewer, [
        {
          field: 'toUserId',
          code: 'delegate_role',
          params: { user: 'U-DH-VIEW', kind: 'sign_off', roles: ['approver', 'org_office', 'leader'] },
          problem: 'Chỉ ủy quyền nhiệm vụ này cho người có vai trò approver hoặc org_office hoặc leader.',
          reason: 'a sign_off task goes only to a user with the role approver or org_office or leader',
        },
      ]);
      const commune = await delegate('U-QL-APP');
      expect(commune.status).toBe(400);
      expect(commune.body.details[0]).toMatchObject({
        code: 'user_out_of_reach',
        params: { user: 'U-QL-APP', userUnit: 'DH-QL', unit: 'DH-QA' },
        reason: 'names U-QL-APP of unit DH-QL, who can neither see nor act in unit DH-QA',
      });
      expect((await delegate('U-NOBODY')).body.details[0].field).toBe('toUserId');
      const accepted = await delegate('U-OTHER');
      expect(accepted.status).toBe(200);
    });

    it('records the signed-in approver as the actor of the decision in workflow_step', async () => {
      const decided = await request(server())
        .post(`/api/v1/tasks/${id}/r1-org-office/decide`)
        .set(await approver())
        .send({ verdict: 'approve', comment: 'Hồ sơ đủ' });
      expect(decided.status).toBe(200);
      // Not the procedure: what the decision changed, as the approver sees it now.
      expect(Object.keys(decided.body).sort()).toEqual(['sequence', 'stage', 'state', 'tasks', 'workflowId']);
      expect(decided.body.tasks[0]).toMatchObject({
        taskKey: 'r1-org-office',
        status: 'done',
        outcome: 'approve',
        completedBy: 'U-APP',
        comment: 'Hồ sơ đủ',
        actions: [],
      });

      let rows: { actor: string; seq: number }[] = [];
      await waitUntil('the recorded decision', async () => {
        rows = await api.db.dataSource.query(
          `SELECT actor, seq FROM workflow_step
           WHERE workflow_id = $1 AND kind = 'task_decided' AND payload->>'taskKey' = 'r1-org-office'`,
          [id],
        );
        return rows.length > 0;
      });
      // The answer's sequence is the journal position of the decision's own step.
      expect(rows).toEqual([{ actor: 'U-APP', seq: decided.body.sequence }]);
      const forged = await api.db.dataSource.query(
        `SELECT count(*)::int AS n FROM workflow_step WHERE workflow_id = $1 AND actor = 'U-FORGED'`,
        [id],
      );
      expect(forged).toEqual([{ n: 0 }]);
    });
  });

  describe('POST /tasks/bulk-decide', () => {
    let id: string;

    beforeAll(async () => {
      id = await appointmentAtSignOff({
        postId: 'QA-SO-2',
        signOffMode: 'parallel',
        signOff: [
          { key: 'org-office', label: 'Thẩm định', assigneeIds: ['U-APP'] },
          { key: 'finance', label: 'Tài chính', assigneeIds: ['U-APP'] },
          { key: 'deputy', label: 'Phó Bí thư', assigneeIds: ['U-OTHER'] },
        ],
      });
      const closed = await request(server())
        .post(`/api/v1/tasks/${id}/r1-finance/decide`)
        .set(await approver())
        .send({ verdict: 'approve' });
      expect(closed.status).toBe(200);
    }, 120_000);

    it('answers one result per item, in order, and approves only what the user may approve', async () => {
      const unknown = 'appointment/QA-SO-1/99';
      const res = await request(server())
        .post('/api/v1/tasks/bulk-decide')
        .set(await approver())
        .send({
          comment: 'Đồng ý',
          items: [
            { workflowId: id, taskKey: 'r1-org-office' },
            { workflowId: id, taskKey: 'r1-deputy' },
            { workflowId: unknown, taskKey: 'r1-org-office' },
            { workflowId: id, taskKey: 'r1-finance' },
          ],
        });
      expect(res.status).toBe(200);
      expect(res.body).toEqual([
        { workflowId: id, taskKey: 'r1-org-office', ok: true },
        {
          workflowId: id,
          taskKey: 'r1-deputy',
          ok: false,
          code: 'not_assignee',
          message: expect.any(String),
        },
        {
          workflowId: unknown,
          taskKey: 'r1-org-office',
          ok: false,
          code: 'Not Found',
          message: `No procedure ${unknown}`,
        },
        {
          workflowId: id,
          taskKey: 'r1-finance',
          ok: false,
          code: 'task_closed',
          message: expect.any(String),
        },
      ]);

      // The Update answered once the workflow applied it; the read model follows from the worker's journal.
      const tasks = async () =>
        new Map<string, { status: string; outcome: string | null }>(
          (
            await request(server())
              .get(pathOf(id))
              .set(await approver())
          ).body.tasks.map((t: { taskKey: string; status: string; outcome: string | null }) => [
            t.taskKey,
            t,
          ]),
        );
      await waitUntil(
        'the approved task done',
        async () => (await tasks()).get('r1-org-office')?.status === 'done',
      );
      const after = await tasks();
      expect(after.get('r1-org-office')).toMatchObject({ status: 'done', outcome: 'approve' });
      expect(after.get('r1-deputy')).toMatchObject({ status: 'open' });
    });

    it('refuses more than 50 items with 400 naming the field, and decides none of them', async () => {
      const items = Array.from({ length: 51 }, () => ({ workflowId: id, taskKey: 'r1-deputy' }));
      const res = await request(server())
        .post('/api/v1/tasks/bulk-decide')
        .set(await auth('U-OTHER', ['approver']))
        .send({ items });
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain('items');
      expect(await stageOf(id)).toBe('sign_off');
    });
  });
});
