import request from 'supertest';
import type { Role, TrainingClassPage, TrainingClassStatus, TrainingGaps } from '@personnel/contracts';
import { authHeaders, startApiWithWorker, type ApiUnderTest } from './api-harness';
import { STANDARDS } from './registry-fixtures';

const CLASSES = '/api/v1/training-classes';
const fields = (body: { details?: { field: string }[] }) => (body.details ?? []).map((d) => d.field);

describe('training classes API over HTTP (real Temporal, Postgres and worker)', () => {
  let api: ApiUnderTest;
  const server = () => api.app.getHttpServer();
  const auth = (username: string, roles: Role[], unitCode: string | null = 'DH') =>
    authHeaders(api, username, roles, unitCode);
  const hr = () => auth('U-THR', ['hr_officer']);
  const q = (sql: string, params: unknown[] = []) => api.db.dataSource.query(sql, params);
  const body = (over: Record<string, unknown> = {}) => ({
    classCode: `CT05-${Math.random().toString(36).slice(2, 8)}`,
    courseCode: 'CT05',
    title: 'Lớp học tập Chỉ thị 05-CT/TW',
    startDate: '2099-08-15',
    endDate: '2099-08-19',
    place: 'Trung tâm Chính trị huyện Đầm Hà',
    unitCode: 'DH',
    ...over,
  });
  const open = async (over: Record<string, unknown> = {}) => {
    const res = await request(server())
      .post(CLASSES)
      .set(await hr())
      .send(body(over));
    expect(res.status).toBe(201);
    return res.body.classCode as string;
  };
  const post = async (code: string, path: string, payload: unknown = {}, headers?: Record<string, string>) =>
    request(server())
      .post(`${CLASSES}/${code}/${path}`)
      .set(headers ?? (await hr()))
      .send(payload as object);
  const page = async (code: string): Promise<TrainingClassPage> =>
    (
      await request(server())
        .get(`${CLASSES}/${code}`)
        .set(await hr())
    ).body;

  beforeAll(async () => {
    api = await startApiWithWorker();
    await q(
      `INSERT INTO training_course (code, title) VALUES ('CT05', 'Chỉ thị 05-CT/TW'), ('OLD', 'Khóa cũ')`,
    );
    await q(`UPDATE training_course SET active = false WHERE code = 'OLD'`);
    await q(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('DH', 'Huyện Đầm Hà', 'district', 'QN-DH')`,
    );
    for (const [code, name] of [
      ['TA', 'Xã Quảng An'],
      ['TB', 'Xã Tân Bình'],
    ])
      await q(
        `INSERT INTO unit (code, name, level, parent_id, locality_code)
         SELECT $1, $2, 'commune', id, 'QN-DH-' || $1 FROM unit WHERE code = 'DH'`,
        [code, name],
      );
    await q(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('OUT', 'Huyện khác', 'district', 'QN-X')`,
    );
    await q(
      `INSERT INTO post (code, title, unit_id, level, standards)
       SELECT u.code || '-CV', 'Công chức ' || u.name, u.id, 'commune', $1 FROM unit u WHERE u.code IN ('TA', 'TB')`,
      [JSON.stringify({ ...STANDARDS, partyMember: false })],
    );
    await q(
      `INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
         education, political_theory, state_management, party_member, status)
       SELECT code, 'Nguyễn Văn ' || code, lower(code), 'male', '1985-01-01', 'QN-DH-TB', 'Kinh', 'bachelor',
         'intermediate', 'specialist', true, 'active'
       FROM unnest(ARRAY['CB-T1', 'CB-T2', 'CB-T3', 'CB-T4', 'CB-T5']) AS code`,
    );
    // CB-T1…T3 work in Quảng An, CB-T4 in Tân Bình; CB-T3 already completed CT05; CB-T5 has no post.
    for (const [cadre, post] of [
      ['CB-T1', 'TA-CV'],
      ['CB-T2', 'TA-CV'],
      ['CB-T3', 'TA-CV'],
      ['CB-T4', 'TB-CV'],
    ])
      await q(
        `INSERT INTO assignment (cadre_id, kind, unit_id, post_id, from_date)
         SELECT c.id, 'appointment', p.unit_id, p.id, '2022-01-01' FROM cadre c, post p WHERE c.code = $1 AND p.code = $2`,
        [cadre, post],
      );
    await q(`INSERT INTO training_completion (cadre_id, course_id, completed_at)
             SELECT c.id, t.id, '2023-05-01' FROM cadre c, training_course t WHERE c.code = 'CB-T3' AND t.code = 'CT05'`);
    // CB-T1 is planned for Tân Bình's post, which requires CT05.
    await q(`INSERT INTO planning_entry (cadre_id, post_id, term, from_date)
             SELECT c.id, p.id, '2025-2030', '2025-01-01' FROM cadre c, post p WHERE c.code = 'CB-T1' AND p.code = 'TB-CV'`);
  }, 90_000);
  afterAll(() => api?.close());

  describe('opening a class: each bad field named, nothing started', () => {
    it.each([
      [{ endDate: '2099-08-14' }, 400, 'endDate'],
      [{ startDate: '2099-02-30' }, 400, 'startDate'],
      [{ courseCode: 'NOPE' }, 400, 'courseCode'],
      [{ courseCode: 'OLD' }, 400, 'courseCode'],
      [{ unitCode: 'NO-UNIT' }, 400, 'unitCode'],
      [{ capacity: 0 }, 400, 'capacity'],
      [{ title: '   ' }, 400, 'title'],
      [{ place: undefined }, 400, 'place'],
      [{ classCode: 'bad code/x' }, 400, 'classCode'],
      [{ timing: { sessionStartsAfterMs: 0 } }, 400, 'timing'],
      [{ organiserId: 'U-OTHER' }, 400, 'organiserId'],
    ])('%j → %i naming %s', async (over, status, field) => {
      const res = await request(server())
        .post(CLASSES)
        .set(await hr())
        .send(body(over));
      expect(res.status).toBe(status);
      expect(fields(res.body)).toContain(field);
    });

    it('refuses an organising unit outside the HR officer’s scope (403) and a non-HR user (403)', async () => {
      const res = await request(server())
        .post(CLASSES)
        .set(await hr())
        .send(body({ unitCode: 'OUT' }));
      expect(res.status).toBe(403);
      for (const roles of [['leader'], ['viewer'], ['org_office']] as Role[][]) {
        const other = await request(server())
          .post(CLASSES)
          .set(await auth(`U-T-${roles[0]}`, roles))
          .send(body());
        expect(other.status).toBe(403);
      }
      expect(await q(`SELECT count(*)::int AS n FROM procedure WHERE kind = 'training'`)).toEqual([{ n: 0 }]);
    });

    it('refuses a class code already in use (409 naming classCode)', async () => {
      const code = await open();
      const again = await request(server())
        .post(CLASSES)
        .set(await hr())
        .send(body({ classCode: code }));
      expect(again.status).toBe(409);
      expect(fields(again.body)).toEqual(['classCode']);
    });
  });

  it('runs a class through enrolment, attendance and completion; the completion makes the post’s course rule pass', async () => {
    // Class codes are unique on the Temporal server, which outlives this test's database.
    const code = await open({ capacity: 3 });
    const id = `training/${code}`;
    const first = await page(code);
    expect(first).toMatchObject({
      id,
      stage: 'opened',
      courseTitle: 'Chỉ thị 05-CT/TW',
      unitName: 'Huyện Đầm Hà',
      enrolledCount: 0,
    });
    // Before: CB-T1 lacks CT05 for the post they are planned for.
    const before = await request(server())
      .get('/api/v1/cadres/CB-T1/training-gaps')
      .set(await hr());
    expect(before.status).toBe(200);
    expect((before.body as TrainingGaps).posts).toEqual([
      expect.objectContaining({
        postCode: 'TB-CV',
        postTitle: 'Công chức Xã Tân Bình',
        missingCourses: [{ code: 'CT05', title: 'Chỉ thị 05-CT/TW' }],
      }),
    ]);

    expect((await post(code, 'enrolments', { cadreId: 'CB-T4' })).status).toBe(200);
    const unit = await post(code, 'enrolments', { unitCode: 'TA' });
    expect(unit.status).toBe(200);
    const status = unit.body as TrainingClassStatus;
    expect(status.enrolments.map((e) => e.cadreId)).toEqual(['CB-T4', 'CB-T1', 'CB-T2']);
    expect(status.lastSkipped).toEqual([{ cadreId: 'CB-T3', reason: 'already_completed' }]);
    // The class is full: capacity 3.
    const full = await post(code, 'enrolments', { cadreId: 'CB-T5' });
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('capacity_reached');
    expect((await post(code, 'withdrawals', { cadreId: 'CB-T4', reason: 'Đi công tác' })).status).toBe(200);

    expect((await post(code, 'session/start')).body.stage).toBe('in_session');
    const marked = await post(code, 'attendance', {
      entries: [
        { cadreId: 'CB-T1', attended: true },
        { cadreId: 'CB-T2', attended: false, note: 'Nghỉ ốm' },
      ],
    });
    expect(marked.status).toBe(200);
    expect((await post(code, 'session/close')).body.stage).toBe('closing');

    const upload = await request(server())
      .post('/api/v1/documents?kind=certificate&fileName=gcn-ct05-cb-t1.pdf')
      .set(await hr())
      .set('content-type', 'application/pdf')
      .send(Buffer.from('%PDF-1.4 certificate'));
    expect(upload.status).toBe(201);
    const unknownDoc = await post(code, 'completion', {
      results: [
        {
          cadreId: 'CB-T1',
          passed: true,
          certificateNumber: 'GCN-001',
          certificateDocumentId: '00000000-0000-4000-8000-000000000000',
        },
      ],
    });
    expect(unknownDoc.status).toBe(422);
    expect(fields(unknownDoc.body)).toEqual(['results[0].certificateDocumentId']);
    const noNumber = await post(code, 'completion', { results: [{ cadreId: 'CB-T1', passed: true }] });
    expect(noNumber.status).toBe(400);
    expect(noNumber.body.message).toMatch(/results\[0\]\.certificateNumber/);

    const done = await post(code, 'completion', {
      results: [
        {
          cadreId: 'CB-T1',
          passed: true,
          certificateNumber: 'GCN-001',
          certificateDocumentId: upload.body.id,
        },
      ],
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      state: 'completed',
      completion: { written: ['CB-T1'], alreadyHeld: [] },
    });

    const rows = await q(
      `SELECT c.code, t.workflow_id, t.certificate_number, t.certificate_document_id FROM training_completion t
       JOIN cadre c ON c.id = t.cadre_id ORDER BY c.code`,
    );
    expect(rows).toEqual([
      {
        code: 'CB-T1',
        workflow_id: id,
        certificate_number: 'GCN-001',
        certificate_document_id: upload.body.id,
      },
      { code: 'CB-T3', workflow_id: null, certificate_number: null, certificate_document_id: null },
    ]);
    const eligibility = await request(server())
      .post('/api/v1/eligibility')
      .set(await hr())
      .send({ cadreId: 'CB-T1', postId: 'TB-CV', kind: 'appointment' });
    expect(eligibility.status).toBe(200);
    expect(
      eligibility.body.checks.find((c: { rule: string }) => c.rule === 'required_training'),
    ).toMatchObject({
      passed: true,
    });
    const after = await request(server())
      .get('/api/v1/cadres/CB-T1/training-gaps')
      .set(await hr());
    expect(after.body.posts[0].missingCourses).toEqual([]);

    const final = await page(code);
    expect(final.cadreNames).toMatchObject({ 'CB-T1': 'Nguyễn Văn CB-T1', 'CB-T4': 'Nguyễn Văn CB-T4' });
    expect(final.timeline.map((t) => t.kind)).toEqual([
      'class_opened',
      'enrolled',
      'enrolled',
      'withdrawn_from_class',
      'session_started',
      'attendance_recorded',
      'session_closed',
      'class_completed',
    ]);
    const timeline = await request(server())
      .get('/api/v1/cadres/CB-T1/timeline')
      .set(await hr());
    expect(timeline.body.items.map((i: { kind: string }) => i.kind)).toEqual(['class_completed', 'enrolled']);

    const list = await request(server())
      .get(`${CLASSES}?courseCode=CT05&state=completed`)
      .set(await hr());
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(id);
    const none = await request(server())
      .get(`${CLASSES}?courseCode=QLNN`)
      .set(await hr());
    expect(none.body).toMatchObject({ items: [], total: 0 });
  });

  describe('commands: validation edges', () => {
    let code: string;
    beforeAll(async () => {
      code = await open();
    });

    it.each([
      [{ cadreId: 'CB-NOBODY' }, 422, ['cadreId']],
      [{ unitCode: 'NO-UNIT' }, 422, ['unitCode']],
      [{}, 400, ['cadreId', 'unitCode']],
      [{ cadreId: 'CB-T1', unitCode: 'TA' }, 400, ['cadreId', 'unitCode']],
      [{ cadreId: 'bad code' }, 400, ['cadreId']],
    ])('enrolment %j → %i naming %j', async (payload, status, named) => {
      const res = await post(code, 'enrolments', payload);
      expect(res.status).toBe(status);
      expect(fields(res.body)).toEqual(named);
    });

    it('refuses a cadre twice (409 already_enrolled) and one who completed the course (409 already_completed)', async () => {
      expect((await post(code, 'enrolments', { cadreId: 'CB-T2' })).status).toBe(200);
      const twice = await post(code, 'enrolments', { cadreId: 'CB-T2' });
      expect([twice.status, twice.body.code]).toEqual([409, 'already_enrolled']);
      const done = await post(code, 'enrolments', { cadreId: 'CB-T3' });
      expect([done.status, done.body.code]).toEqual([409, 'already_completed']);
    });

    it('refuses a unit outside the HR officer’s scope (403)', async () => {
      expect((await post(code, 'enrolments', { unitCode: 'OUT' })).status).toBe(403);
      const outsider = await post(
        code,
        'enrolments',
        { unitCode: 'TB' },
        await auth('U-THR-TA', ['hr_officer'], 'TA'),
      );
      // The class belongs to the district, outside a commune officer's scope: it does not exist for them.
      expect(outsider.status).toBe(404);
    });

    it.each([
      ['attendance', { entries: [] }, 'entries'],
      ['attendance', { entries: [{ cadreId: 'CB-T2', attended: 'yes' }] }, 'entries[0].attended'],
      ['withdrawals', {}, 'cadreId'],
      [
        'completion',
        { results: [{ cadreId: 'CB-T2', passed: true, certificateDocumentId: 'x' }] },
        'results[0].certificateDocumentId',
      ],
      ['cancel', { reason: 'ngắn' }, 'reason'],
    ])('%s %j → 400 naming %s', async (path, payload, field) => {
      const res = await post(code, path, payload);
      expect(res.status).toBe(400);
      expect(fields(res.body)).toContain(field);
    });

    it('answers the workflow’s stage refusals with 409', async () => {
      const early = await post(code, 'attendance', { entries: [{ cadreId: 'CB-T2', attended: true }] });
      expect([early.status, early.body.code]).toEqual([409, 'wrong_stage']);
      const notEnrolled = await post(code, 'withdrawals', { cadreId: 'CB-T5' });
      expect(notEnrolled.status).toBe(400);
    });

    it('takes commands from HR only (403), and cancels with a reason', async () => {
      for (const roles of [['leader'], ['viewer'], ['approver'], ['org_office']] as Role[][]) {
        const res = await post(
          code,
          'enrolments',
          { cadreId: 'CB-T1' },
          await auth(`U-T-${roles[0]}`, roles),
        );
        expect(res.status).toBe(403);
      }
      const viewer = await request(server())
        .get(`${CLASSES}/${code}`)
        .set(await auth('U-T-viewer', ['viewer']));
      expect(viewer.status).toBe(200);
      const cancelled = await post(code, 'cancel', { reason: 'Hoãn lớp theo chỉ đạo' });
      expect(cancelled.body).toMatchObject({ state: 'cancelled' });
      const after = await post(code, 'enrolments', { cadreId: 'CB-T1' });
      expect(after.status).toBe(409);
    });
  });

  it('answers 404 for an unknown class and an unknown cadre’s training gaps', async () => {
    expect(
      (
        await request(server())
          .get(`${CLASSES}/NOPE`)
          .set(await hr())
      ).status,
    ).toBe(404);
    expect((await post('NOPE', 'enrolments', { cadreId: 'CB-T1' })).status).toBe(404);
    expect(
      (
        await request(server())
          .get('/api/v1/cadres/CB-NOBODY/training-gaps')
          .set(await hr())
      ).status,
    ).toBe(404);
  });
});
