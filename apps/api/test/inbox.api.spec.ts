import request from 'supertest';
import type { Role } from '@personnel/contracts';
import { authHeaders, signIn, startApiWithWorker, type ApiUnderTest } from './api-harness';
import {
  APPOINTMENTS,
  appointmentBody,
  holdConference,
  planFor,
  seedDirectory,
  seedRegistry,
  waitUntil,
} from './appointment-fixtures';

const LOCAL_CONFERENCES = [1, 2, 3, 4, 5];
const SHEET = 'b'.repeat(64);

/**
 * The inbox over HTTP with a real worker: its search, sort and counts, the done tab, comments without a
 * verdict, a manager's reassignment (and a non-manager refused, saying why), the holder's follow-up date
 * and priority.
 */
describe('the inbox over HTTP: search, counts, done, comments, reassignment, annotations (real worker)', () => {
  let api: ApiUnderTest;
  let personal: string;
  let group: string;
  const server = () => api.app.getHttpServer();
  const auth = (username: string, roles: Role[]) => authHeaders(api, username, roles);
  const hr = () => auth('U-HR', ['hr_officer']);
  const app = () => auth('U-APP', ['approver']);
  const tasks = async (query: string, who = app()) =>
    request(server())
      .get(`/api/v1/tasks?${query}`)
      .set(await who);
  const stageOf = async (id: string) =>
    (
      await request(server())
        .get(`${APPOINTMENTS}/${id.split('/').slice(1).join('/')}`)
        .set(await hr())
    ).body.stage as string;

  async function atSignOff(over: Record<string, unknown>): Promise<string> {
    const started = await request(server())
      .post(APPOINTMENTS)
      .set(await hr())
      .send(appointmentBody(over));
    expect(started.status).toBe(201);
    const id: string = started.body.id;
    for (const index of LOCAL_CONFERENCES) await holdConference(api, id, index, SHEET);
    await waitUntil(`the sign-offs of ${id}`, async () => (await stageOf(id)) === 'sign_off');
    return id;
  }

  beforeAll(async () => {
    api = await startApiWithWorker();
    await seedRegistry(api, ['QA-IN-1', 'QA-IN-2']);
    await seedDirectory(api);
    await planFor(api, 'CB-A1', 'QA-IN-1');
    await planFor(api, 'CB-A2', 'QA-IN-2');
    await signIn(api, 'U-BTC', ['org_office']);
    personal = await atSignOff({ postId: 'QA-IN-1' });
    group = await atSignOff({
      postId: 'QA-IN-2',
      candidateIds: ['CB-A2'],
      signOff: [{ key: 'org-office', label: 'Thẩm định', assigneeIds: ['U-APP', 'U-M1'] }],
    });
  }, 240_000);
  afterAll(() => api?.close());

  it('counts every tab, so a group task waiting to be claimed is seen from "mine"', async () => {
    const counts = await request(server())
      .get('/api/v1/tasks/counts')
      .set(await app());
    expect(counts.status).toBe(200);
    expect(counts.body).toEqual({ mine: 1, claimable: 1, all: 2, done: 0 });
    const searched = await request(server())
      .get('/api/v1/tasks/counts?q=CB-A2')
      .set(await app());
    expect(searched.body).toEqual({ mine: 0, claimable: 1, all: 1, done: 0 });
  });

  it('searches by candidate, post or unit, sorts on the server, and refuses an unknown sort naming the field', async () => {
    const byCandidate = await tasks('scope=all&q=cb-a2');
    expect(byCandidate.body.items.map((t: { workflowId: string }) => t.workflowId)).toEqual([group]);
    const byPost = await tasks(`scope=all&q=${encodeURIComponent('chủ tịch')}`);
    expect(byPost.body.total).toBe(2);
    const byUnit = await tasks(`scope=all&q=${encodeURIComponent('quang an')}&sort=created&limit=1`);
    expect(byUnit.body).toMatchObject({ total: 2, limit: 1 });
    expect(byUnit.body.items[0].workflowId).toBe(group);
    // The task's label, stored folded: with or without its diacritics, in any case, the same tasks.
    const ids = (res: { body: { items: { workflowId: string }[] } }) =>
      res.body.items.map((t) => t.workflowId);
    const accented = await tasks(`scope=all&q=${encodeURIComponent('Thẩm định')}`);
    expect(ids(accented)).toContain(group);
    expect(ids(await tasks('scope=all&q=THAM%20DINH'))).toEqual(ids(accented));
    const bad = await tasks('scope=all&sort=random');
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['sort']);
  });

  it('lets HR list their own tasks (the inbox has no role gate)', async () => {
    const mine = await tasks('scope=mine', hr());
    expect(mine.status).toBe(200);
  });

  it('takes a comment without a verdict into the timeline; an empty one is refused naming the field', async () => {
    const empty = await request(server())
      .post(`/api/v1/tasks/${personal}/r1-org-office/comment`)
      .set(await app())
      .send({ comment: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.details.map((d: { field: string }) => d.field)).toEqual(['comment']);
    // A path that names no task, and none of a procedure: coded, in Vietnamese by default and in English.
    const badKey = await request(server())
      .post(`/api/v1/tasks/${personal}/r1~org/comment`)
      .set(await app())
      .send({ comment: 'x' });
    expect(badKey.status).toBe(400);
    expect(badKey.body.details).toEqual([
      {
        field: 'taskKey',
        code: 'not_task_key',
        params: { example: 'r1-org-office' },
        problem: 'Trường taskKey phải là mã nhiệm vụ, ví dụ r1-org-office hoặc decision.',
        reason: 'must be a task key such as r1-org-office or decision',
      },
    ]);
    const badId = await request(server())
      .post('/api/v1/tasks/nope/r1-org-office/comment')
      .set({ ...(await app()), 'accept-language': 'en' })
      .send({ comment: 'x' });
    expect(badId.body.details).toEqual([
      expect.objectContaining({
        field: 'workflowId',
        code: 'not_procedure_id',
        params: { example: 'appointment/QA-CT/1' },
        problem: 'must look like <kind>/<code>[/<code>…], e.g. appointment/QA-CT/1',
      }),
    ]);
    const outsider = await request(server())
      .post(`/api/v1/tasks/${personal}/r1-org-office/comment`)
      .set(await auth('U-M2', ['approver']))
      .send({ comment: 'Tôi không liên quan' });
    expect(outsider.status).toBe(403);
    const ok = await request(server())
      .post(`/api/v1/tasks/${personal}/r1-org-office/comment`)
      .set(await app())
      .send({ comment: 'Đề nghị bổ sung bản kê khai tài sản' });
    expect(ok.status).toBe(200);
    // A comment moves no task: the answer is where the procedure stands and the step's journal position.
    expect(ok.body).toEqual({
      workflowId: personal,
      state: 'in_progress',
      stage: 'sign_off',
      sequence: expect.any(Number),
      tasks: [],
    });
    await waitUntil('the comment in the timeline', async () => {
      const detail = await request(server())
        .get(`/api/v1/procedures/${personal}`)
        .set(await hr());
      return detail.body.timeline?.some(
        (e: { kind: string; payload?: { comment?: string } }) =>
          e.kind === 'task_commented' && e.payload?.comment === 'Đề nghị bổ sung bản kê khai tài sản',
      );
    });
  });

  it('sets the holder’s follow-up date and priority; anyone else is refused', async () => {
    const put = async (who: Promise<{ authorization: string }>, body: Record<string, unknown>) =>
      request(server())
        .put(`/api/v1/tasks/${personal}/r1-org-office/annotation`)
        .set(await who)
        .send(body);
    expect((await put(app(), { followUpOn: '2030-01-05', priority: 'high' })).status).toBe(204);
    const [row] = (await tasks('scope=mine&q=CB-A1')).body.items;
    expect(row).toMatchObject({ followUpOn: '2030-01-05', priority: 'high' });
    const stranger = await put(auth('U-M2', ['approver']), { priority: 'low' });
    expect(stranger.status).toBe(403);
    expect(stranger.body.message).toMatch(/Only the holder/);
    const bad = await put(app(), { priority: 'urgent', followUpOn: '05/01/2030' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'followUpOn',
      'priority',
    ]);
    const claimFirst = await request(server())
      .put(`/api/v1/tasks/${group}/r1-org-office/annotation`)
      .set(await app())
      .send({ priority: 'low' });
    expect(claimFirst.status).toBe(403);
  });

  it('lets a manager reassign a task, and refuses a non-manager with a 403 naming the role', async () => {
    const reassign = async (who: Promise<{ authorization: string }>, toUserId: string) =>
      request(server())
        .post(`/api/v1/tasks/${group}/r1-org-office/reassign`)
        .set(await who)
        .send({ toUserId, reason: 'U-APP đi công tác dài ngày' });
    const refused = await reassign(app(), 'U-M2');
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe('This needs the role org_office or leader; you have approver');
    const nobody = await reassign(auth('U-BTC', ['org_office']), 'U-NOBODY');
    expect(nobody.status).toBe(400);
    expect(nobody.body.details.map((d: { field: string }) => d.field)).toEqual(['toUserId']);
    const ok = await reassign(auth('U-BTC', ['org_office']), 'U-M2');
    expect(ok.status).toBe(200);
    // The reassigned task as the manager sees it now: U-M2's, nothing left for the manager to do.
    expect(ok.body.tasks).toEqual([
      expect.objectContaining({
        taskKey: 'r1-org-office',
        assigneeIds: ['U-M2'],
        claimedBy: null,
        relation: 'other',
        actions: [],
      }),
    ]);
    await waitUntil('the reassigned task in U-M2’s inbox', async () => {
      const body = (await tasks('scope=mine', auth('U-M2', ['approver']))).body;
      return body.items?.some((t: { workflowId: string }) => t.workflowId === group);
    });
    const [task] = (await tasks('scope=mine', auth('U-M2', ['approver']))).body.items;
    expect(task).toMatchObject({ assigneeIds: ['U-M2'], relation: 'assigned' });
    expect(task.actions).toEqual(expect.arrayContaining(['approve', 'reject', 'return']));
    expect((await tasks('scope=claimable')).body.total).toBe(0);
  });

  it('shows what I decided on the done tab, with my comment', async () => {
    const decided = await request(server())
      .post(`/api/v1/tasks/${personal}/r1-org-office/decide`)
      .set(await app())
      .send({ verdict: 'return', comment: 'Thiếu bản kê khai tài sản' });
    expect(decided.status).toBe(200);
    // The answer holds what the return changed: the task done, the proposer's revision opened.
    expect(decided.body).toMatchObject({ workflowId: personal, stage: 'returned_for_revision' });
    expect(
      decided.body.tasks.map((t: { kind: string; status: string; relation: string }) => [
        t.kind,
        t.status,
        t.relation,
      ]),
    ).toEqual([
      ['sign_off', 'done', 'assigned'],
      ['revision', 'open', 'other'],
    ]);
    expect(decided.body.tasks[0]).toMatchObject({ outcome: 'return', completedBy: 'U-APP', actions: [] });
    await waitUntil(
      'the decided task on the done tab',
      async () => (await tasks('scope=done')).body.total === 1,
    );
    const [done] = (await tasks('scope=done')).body.items;
    expect(done).toMatchObject({
      workflowId: personal,
      completedBy: 'U-APP',
      outcome: 'return',
      comment: 'Thiếu bản kê khai tài sản',
    });
    const counts = await request(server())
      .get('/api/v1/tasks/counts')
      .set(await app());
    expect(counts.body).toMatchObject({ done: 1, mine: 0 });
  });
});
