import request from 'supertest';
import type { Role } from '@personnel/contracts';
import { addMonths, vietnamDate } from '@personnel/domain';
import { authHeaders, startApiWithWorker, type ApiUnderTest } from './api-harness';
import {
  APPOINTMENTS,
  appointmentBody,
  planFor,
  seedDirectory,
  seedRegistry,
  waitUntil,
} from './appointment-fixtures';
import { expectFieldProblems } from './coded-problems';

const POSTS = ['QA-DOS-1', 'QA-DOS-2'];

/**
 * The dossier over HTTP: uploads name their cadre, issue day and assessment year (each bad field named),
 * and an appointment whose candidate's dossier is incomplete waits before its first conference until HR
 * adds the missing documents, or a leader excuses it with a reason.
 */
describe('dossier API (real Temporal, Postgres and worker)', () => {
  let api: ApiUnderTest;
  const server = () => api.app.getHttpServer();
  const auth = (username: string, roles: Role[]) => authHeaders(api, username, roles);
  const hr = () => auth('U-HR', ['hr_officer']);
  const today = vietnamDate(new Date().toISOString());
  const year = Number(today.slice(0, 4));

  const upload = async (query: Record<string, string | number>, headers?: Record<string, string>) =>
    request(server())
      .post('/api/v1/documents')
      .query({ fileName: 'ho-so.pdf', ...query })
      .set(headers ?? (await hr()))
      .set('content-type', 'application/pdf')
      .send(Buffer.from(`%PDF-1.4 ${JSON.stringify(query)}\n`));

  const procedure = async (id: string) =>
    (
      await request(server())
        .get(`/api/v1/procedures/${id}`)
        .set(await hr())
    ).body;

  beforeAll(async () => {
    api = await startApiWithWorker({ DOCUMENT_STORE: 'pg' });
    await seedRegistry(api, POSTS);
    await seedDirectory(api);
    const q = (sql: string, params: unknown[]) => api.db.dataSource.query(sql, params);
    for (const code of ['CB-D1', 'CB-D2']) {
      await q(
        `INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
           education, political_theory, state_management, party_member, status)
         VALUES ($1, 'Phạm Thị ' || $1, lower($1), 'female', '1982-03-01', 'QN-DH-QL', 'Kinh', 'bachelor',
           'intermediate', 'specialist', true, 'active')`,
        [code],
      );
    }
    await planFor(api, 'CB-D1', POSTS[0]);
    await planFor(api, 'CB-D2', POSTS[1]);
  }, 90_000);
  afterAll(() => api?.close());

  it('refuses an upload of a dossier kind without its cadre, a valid day or an assessment year, naming each field', async () => {
    const none = await upload({ kind: 'health_certificate' });
    expect(none.status).toBe(400);
    expect(none.body.details.map((d: { field: string }) => d.field)).toEqual(['cadreId', 'issuedOn']);
    const future = await upload({ kind: 'cv', cadreId: 'CB-D1', issuedOn: '2999-01-01' });
    expectFieldProblems(future, [
      {
        field: 'issuedOn',
        code: 'after_today',
        params: { today },
        problem: `Trường issuedOn không được sau hôm nay (${today}).`,
        reason: `must not be after today (${today})`,
      },
    ]);
    const noYear = await upload({ kind: 'assessment', cadreId: 'CB-D1', issuedOn: today });
    expect(noYear.body.details.map((d: { field: string }) => d.field)).toEqual(['periodYear']);
    const yearOnCv = await upload({ kind: 'cv', cadreId: 'CB-D1', issuedOn: today, periodYear: 2024 });
    expect(yearOnCv.status).toBe(400);
    expect((await upload({ kind: 'cv', cadreId: 'CB-D1', issuedOn: 'yesterday' })).status).toBe(400);
    const stranger = await upload({ kind: 'cv', cadreId: 'CB-NOBODY', issuedOn: today });
    expectFieldProblems(
      stranger,
      [
        {
          field: 'cadreId',
          code: 'unknown_cadre',
          params: { cadre: 'CB-NOBODY' },
          problem: 'Không có cán bộ CB-NOBODY trong danh mục.',
          reason: 'names no cadre you may read (CB-NOBODY)',
        },
      ],
      422,
    );
    // Nothing half-written: none of the refused uploads left a row.
    const [{ n }] = await api.db.dataSource.query(
      `SELECT count(*)::int AS n FROM dossier_document WHERE cadre_code IN ('CB-D1', 'CB-NOBODY')`,
    );
    expect(n).toBe(0);
    const fine = await upload({
      kind: 'assessment',
      cadreId: 'CB-D1',
      issuedOn: today,
      periodYear: year - 1,
    });
    expect(fine.status).toBe(201);
    expect(fine.body).toMatchObject({
      kind: 'assessment',
      cadreId: 'CB-D1',
      issuedOn: today,
      periodYear: year - 1,
    });
  });

  it('holds an appointment before its first conference until HR completes the dossier', async () => {
    const started = await request(server())
      .post(APPOINTMENTS)
      .set(await hr())
      .send(appointmentBody({ postId: POSTS[0], candidateIds: ['CB-D1'] }));
    expect(started.status).toBe(201);
    const id: string = started.body.id;
    await waitUntil('the dossier gate', async () => (await procedure(id)).stage === 'awaiting_dossier');
    const waiting = await procedure(id);
    // The assessment of last year was uploaded above; the rest is missing.
    expect(waiting.detail.dossier.checklists[0].missing).toEqual([
      'cv',
      'asset_declaration',
      'health_certificate',
      `assessment-${year - 2}`,
      `assessment-${year - 3}`,
      'party_cell_comment',
    ]);
    expect(waiting.tasks.find((t: { taskKey: string }) => t.taskKey === 'dossier')).toMatchObject({
      kind: 'dossier',
      status: 'open',
      assigneeIds: ['U-HR'],
    });

    const add = async (documentIds: string[], headers?: Record<string, string>) =>
      request(server())
        .post(`/api/v1/procedures/${id}/dossier/documents`)
        .set(headers ?? (await hr()))
        .send({ documentIds });
    expect((await add(['not-a-uuid'])).body.details[0].field).toBe('documentIds');
    const unknown = await add(['00000000-0000-4000-8000-00000000abcd']);
    expect(unknown.status).toBe(400);
    expect(unknown.body.details[0].field).toBe('documentIds[0]');
    expect(
      (await add(['00000000-0000-4000-8000-00000000abcd'], await auth('U-DOS-VIEW', ['viewer']))).status,
    ).toBe(403);
    const issued = addMonths(today, -1);
    const ids: string[] = [];
    for (const kind of ['cv', 'declaration', 'health_certificate', 'party_cell_comment'])
      ids.push((await upload({ kind, cadreId: 'CB-D1', issuedOn: issued })).body.id);
    for (const back of [2, 3])
      ids.push(
        (await upload({ kind: 'assessment', cadreId: 'CB-D1', issuedOn: issued, periodYear: year - back }))
          .body.id,
      );
    // A document of another cadre is refused by the workflow (409 invalid), nothing recorded.
    const otherDoc = (await upload({ kind: 'cv', cadreId: 'CB-D2', issuedOn: issued })).body.id;
    const refused = await add([otherDoc]);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('invalid');

    const half = await add(ids.slice(0, 3));
    expect(half.status).toBe(200);
    expect(half.body.stage).toBe('awaiting_dossier');
    const done = await add(ids.slice(3));
    expect(done.status).toBe(200);
    expect(done.body.stage).toBe('collective_proposes');
    expect(done.body.dossier).toMatchObject({ complete: true, completedOn: today });
    await waitUntil('the first conference', async () =>
      (await procedure(id)).timeline.some((s: { kind: string }) => s.kind === 'conference_convened'),
    );
    const after = await procedure(id);
    expect(after.tasks.find((t: { taskKey: string }) => t.taskKey === 'dossier')).toMatchObject({
      status: 'done',
      outcome: 'completed',
    });
  });

  it('lets a leader excuse an incomplete dossier with a reason, and no one else', async () => {
    const started = await request(server())
      .post(APPOINTMENTS)
      .set(await hr())
      .send(appointmentBody({ postId: POSTS[1], candidateIds: ['CB-D2'] }));
    const id: string = started.body.id;
    await waitUntil('the dossier gate', async () => (await procedure(id)).stage === 'awaiting_dossier');
    const excuse = async (reason: string, headers: Record<string, string>) =>
      request(server()).post(`/api/v1/procedures/${id}/dossier/exception`).set(headers).send({ reason });
    const reason = 'Giấy khám sức khỏe nộp bổ sung trước hội nghị cán bộ chủ chốt';
    expect((await excuse(reason, await hr())).status).toBe(403);
    const short = await excuse('thiếu', await auth('U-LEAD', ['leader']));
    expect(short.status).toBe(400);
    expect(short.body.details[0].field).toBe('reason');
    const granted = await excuse(reason, await auth('U-LEAD', ['leader']));
    expect(granted.status).toBe(200);
    expect(granted.body.stage).toBe('collective_proposes');
    expect(granted.body.dossier.exception).toMatchObject({ grantedBy: 'U-LEAD', reason });
    const again = await excuse(reason, await auth('U-LEAD', ['leader']));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('wrong_stage');
  });
});
