import { recordAppointmentStep } from '../src/journal';
import { InboxQueries, setTaskAnnotation } from '../src/procedures';
import { appointmentStepInput, createTestDatabase, procedureTask, type TestDatabase } from '../src/testing';
import type { ProcedureTask } from '@personnel/contracts';

/**
 * The inbox's search, its sorts across pages, the counts on its tabs, the done tab and the holder's
 * annotations, over real Postgres.
 */
describe('inbox search, sort across pages, counts and done-by-me (real Postgres)', () => {
  let db: TestDatabase;
  let inbox: InboxQueries;
  let seq = 0;

  const write = async (post: string, candidate: string, tasks: ProcedureTask[], unitCode = 'DH-QA') => {
    seq += 1;
    const input = appointmentStepInput({ workflowId: `appointment/${post}/1` });
    await recordAppointmentStep(db.dataSource, {
      ...input,
      stepKey: `s-${seq}`,
      seq,
      occurredAt: `2026-03-02T02:${String(seq).padStart(2, '0')}:00.000Z`,
      appointment: { ...input.appointment, unitCode, candidateIds: [candidate] },
      tasks,
    });
  };
  const list = (extra: Partial<Parameters<InboxQueries['list']>[0]> = {}) =>
    inbox.list({ userId: 'U-A', scope: 'all', limit: 50, offset: 0, ...extra });
  const posts = async (extra: Partial<Parameters<InboxQueries['list']>[0]> = {}) =>
    (await list(extra)).items.map((t) => t.postId);

  beforeAll(async () => {
    db = await createTestDatabase('inbox_search');
    inbox = new InboxQueries(db.dataSource);
    const q = (sql: string) => db.dataSource.query(sql);
    await q(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('DH', 'Huyện Đầm Hà', 'district', 'QN-DH')`,
    );
    await q(`INSERT INTO unit (code, name, level, locality_code, parent_id)
             SELECT c.code, c.name, 'commune', c.loc, u.id FROM unit u,
               (VALUES ('DH-QA', 'Xã Quảng An', 'QN-DH-QA'), ('DH-QL', 'Xã Quảng Lợi', 'QN-DH-QL')) AS c(code, name, loc)
             WHERE u.code = 'DH'`);
    await q(`INSERT INTO post (code, title, unit_id, level, standards)
             SELECT v.code, v.title, u.id, 'commune', '{"requiredCourseCodes":[]}'::jsonb FROM unit u,
               (VALUES ('QA-CT', 'Chủ tịch UBND xã'), ('QA-VP', 'Chánh Văn phòng')) AS v(code, title)
             WHERE u.code = 'DH-QA'`);
    await q(`INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
                                education, political_theory, state_management, party_member, status)
             VALUES ('CB-1', 'Nguyễn Văn An', 'nguyen van an', 'male', '1980-05-17', 'QN-DH-QL', 'Kinh',
                     'bachelor', 'advanced', 'principal', true, 'active'),
                    ('CB-2', 'Trần Thị Bình', 'tran thi binh', 'female', '1982-05-17', 'QN-DH-QL', 'Kinh',
                     'bachelor', 'advanced', 'principal', true, 'active')`);

    // 25 open sign-offs of U-A (more than a page of 10), due on days that do not follow their order of
    // creation, so a sort within one page and a sort across pages give different pages.
    for (let i = 0; i < 25; i++) {
      const day = String(1 + ((i * 7) % 25)).padStart(2, '0');
      await write(`X-${String(i).padStart(2, '0')}`, 'CB-9', [
        procedureTask({ key: 'r1', assigneeIds: ['U-A'], dueAt: `2099-01-${day}T00:00:00.000Z` }),
      ]);
    }
    // Named ones for the search, and a group task for the counts.
    await write('QA-CT', 'CB-1', [procedureTask({ key: 'r1', assigneeIds: ['U-A'], dueAt: null })]);
    await write(
      'QA-VP',
      'CB-2',
      [procedureTask({ key: 'r1', assigneeIds: ['U-A', 'U-B'], dueAt: null, label: 'Thẩm định hồ sơ' })],
      'DH-QL',
    );
    // Two tasks U-A finished, one U-B finished.
    await write('D-1', 'CB-9', [
      procedureTask({
        key: 'r1',
        assigneeIds: ['U-A'],
        status: 'done',
        outcome: 'approve',
        completedBy: 'U-A',
        completedAt: '2026-03-03T00:00:00.000Z',
      }),
      procedureTask({
        key: 'r2',
        assigneeIds: ['U-A'],
        status: 'done',
        outcome: 'return',
        completedBy: 'U-A',
        completedAt: '2026-03-05T00:00:00.000Z',
        comment: 'Thiếu bản kê khai tài sản',
      }),
      procedureTask({
        key: 'r3',
        assigneeIds: ['U-A', 'U-B'],
        claimedBy: 'U-B',
        status: 'done',
        outcome: 'approve',
        completedBy: 'U-B',
        completedAt: '2026-03-06T00:00:00.000Z',
      }),
    ]);
  });
  afterAll(() => db.drop());

  it('finds a task by the candidate’s name without diacritics, the post’s title, the unit’s name or a code', async () => {
    expect(await posts({ q: 'nguyen van' })).toEqual(['QA-CT']);
    expect(await posts({ q: 'Trần Thị' })).toEqual(['QA-VP']);
    expect(await posts({ q: 'chu tich' })).toEqual(['QA-CT']);
    expect(await posts({ q: 'Quảng Lợi' })).toEqual(['QA-VP']);
    expect(await posts({ q: 'CB-2' })).toEqual(['QA-VP']);
    expect(await posts({ q: 'hồ so' })).toEqual(['QA-VP']);
    // LIKE's wildcards are matched literally.
    expect(await posts({ q: '%' })).toEqual([]);
    expect((await list({ q: 'x-1' })).total).toBe(10);
  });

  it('sorts across every page, not within one: page 2 continues page 1 and no task is on both', async () => {
    const pageOf = async (offset: number, sort?: 'urgency' | 'created') =>
      (await list({ limit: 10, offset, sort, q: 'X-' })).items.map((t) => t.dueAt ?? t.createdAt);
    const all = [...(await pageOf(0)), ...(await pageOf(10)), ...(await pageOf(20))];
    expect(all).toHaveLength(25);
    expect(all).toEqual([...all].sort());
    expect(new Set(all).size).toBe(25);
    // Newest first: the last written comes first, on the first page.
    const created = await list({ limit: 3, offset: 0, sort: 'created', q: 'X-' });
    expect(created.items.map((t) => t.postId)).toEqual(['X-24', 'X-23', 'X-22']);
  });

  it('sorts by the holder’s follow-up date and priority, unset last (priority: unset counts as normal)', async () => {
    await setTaskAnnotation(db.dataSource, {
      workflowId: 'appointment/X-05/1',
      taskKey: 'r1',
      followUpOn: '2026-12-20',
      priority: 'low',
      updatedBy: 'U-A',
    });
    await setTaskAnnotation(db.dataSource, {
      workflowId: 'appointment/X-07/1',
      taskKey: 'r1',
      followUpOn: '2026-12-10',
      priority: 'high',
      updatedBy: 'U-A',
    });
    expect((await posts({ sort: 'followUp', q: 'X-' })).slice(0, 2)).toEqual(['X-07', 'X-05']);
    const byPriority = await posts({ sort: 'priority', q: 'X-' });
    expect(byPriority[0]).toBe('X-07');
    expect(byPriority.at(-1)).toBe('X-05');
    const [row] = (await list({ q: 'X-07' })).items;
    expect(row).toMatchObject({ followUpOn: '2026-12-10', priority: 'high' });
    // Clearing both clears the row; the etag of the page moves with it.
    const before = (await list()).etag;
    await setTaskAnnotation(db.dataSource, {
      workflowId: 'appointment/X-07/1',
      taskKey: 'r1',
      followUpOn: null,
      priority: null,
      updatedBy: 'U-A',
    });
    expect((await list({ q: 'X-07' })).items[0]).toMatchObject({ followUpOn: null, priority: null });
    expect((await list()).etag).not.toBe(before);
    await expect(
      db.dataSource.query(
        `INSERT INTO task_annotation (workflow_id, task_key, priority, updated_by) VALUES ('a', 'b', 'urgent', 'U-A')`,
      ),
    ).rejects.toThrow(/ck_task_annotation_priority/);
  });

  it('done: the tasks I finished myself, the latest first, with the comment I gave', async () => {
    const done = await list({ scope: 'done' });
    expect(done.items.map((t) => t.taskKey)).toEqual(['r2', 'r1']);
    expect(done.items[0]).toMatchObject({
      completedBy: 'U-A',
      outcome: 'return',
      comment: 'Thiếu bản kê khai tài sản',
    });
    expect(
      (await inbox.list({ userId: 'U-B', scope: 'done', limit: 5, offset: 0 })).items.map((t) => t.taskKey),
    ).toEqual(['r3']);
  });

  it('counts every tab in one pass, under the same narrowing as the list', async () => {
    expect(await inbox.counts('U-A', {})).toEqual({ mine: 26, claimable: 1, all: 27, done: 2 });
    expect(await inbox.counts('U-B', {})).toEqual({ mine: 0, claimable: 1, all: 1, done: 1 });
    expect(await inbox.counts('U-A', { q: 'tran thi' })).toEqual({ mine: 0, claimable: 1, all: 1, done: 0 });
    expect(await inbox.counts('U-A', { unitCodes: ['DH-QL'] })).toEqual({
      mine: 0,
      claimable: 1,
      all: 1,
      done: 0,
    });
    for (const scope of ['mine', 'claimable', 'all', 'done'] as const)
      expect((await list({ scope })).total).toBe((await inbox.counts('U-A', {}))[scope]);
  });
});
