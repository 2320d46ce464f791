import { foldVietnamese } from '@personnel/contracts';
import { recordProcedureStep } from '../src/journal';
import { InboxQueries, cadreUnitCodes } from '../src/procedures';
import { CadresRepository, type CadreFilter } from '../src/registry';
import {
  createTestDatabase,
  laterStep,
  procedureStepInput,
  procedureTask,
  type TestDatabase,
} from '../src/testing';

/**
 * The columns migration 1766000000000 keeps on the rows the registry's lists and the inbox read
 * (`cadre.unit_codes`, `procedure_task.unit_code`, the folded `search_label` / `search_title` /
 * `search_name`) answer what the per-row SQL they replace answered, and follow every write.
 */
describe('registry and inbox read columns (real Postgres)', () => {
  let db: TestDatabase;
  let cadres: CadresRepository;
  let inbox: InboxQueries;
  const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);

  /**
   * The unit scope as the list tested it per row before the stored column (CADRE_UNITS_OF): the units
   * of every open assignment; with none open, the unit of the assignment that ended last.
   */
  const oracleUnits = async (): Promise<Record<string, string[]>> => {
    const rows: { code: string; units: string[] }[] = await q(`
      SELECT c.code, COALESCE((SELECT array_agg(DISTINCT u.code ORDER BY u.code)
        FROM assignment a JOIN unit u ON u.id = a.unit_id
       WHERE a.cadre_id = c.id AND (a.to_date IS NULL OR (
             NOT EXISTS (SELECT 1 FROM assignment o WHERE o.cadre_id = c.id AND o.to_date IS NULL)
             AND a.to_date = (SELECT max(l.to_date) FROM assignment l WHERE l.cadre_id = c.id)))), '{}') AS units
        FROM cadre c ORDER BY c.code`);
    return Object.fromEntries(rows.map((r) => [r.code, r.units]));
  };
  const storedUnits = async (): Promise<Record<string, string[]>> => {
    const rows: { code: string; unit_codes: string[] }[] = await q(
      `SELECT code, unit_codes FROM cadre ORDER BY code`,
    );
    return Object.fromEntries(rows.map((r) => [r.code, r.unit_codes]));
  };
  const assign = (cadre: string, post: string, from: string, to: string | null = null) =>
    q(
      `INSERT INTO assignment (cadre_id, post_id, unit_id, kind, from_date, to_date, decision_ref)
       SELECT c.id, p.id, p.unit_id, 'appointment', $3::date, $4::date, 'QĐ-' || $1 || '-' || $3::text
         FROM cadre c, post p WHERE c.code = $1 AND p.code = $2`,
      [cadre, post, from, to],
    );
  /** Every code a filter lists, walked page by page in the list's order. */
  const listed = async (filter: CadreFilter): Promise<string[]> => {
    const codes: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await cadres.list({ ...filter, limit: 3, offset: 0, after });
      codes.push(...page.items.map((c) => c.code));
      if (!page.nextCursor) return codes;
      after = page.nextCursor;
    }
  };
  /** What the scope admitted by the rule, in the list's order (folded name, id). */
  const expectedInScope = async (units: string[], includeUnplaced: boolean, q0?: string) => {
    const oracle = await oracleUnits();
    const rows: { code: string; search_name: string }[] = await q(
      `SELECT code, search_name FROM cadre ORDER BY search_name, id`,
    );
    return rows
      .filter((r) => (q0 === undefined ? true : r.search_name.includes(foldVietnamese(q0))))
      .filter(
        (r) =>
          oracle[r.code].some((u) => units.includes(u)) || (includeUnplaced && oracle[r.code].length === 0),
      )
      .map((r) => r.code);
  };

  beforeAll(async () => {
    db = await createTestDatabase('read_columns');
    cadres = new CadresRepository(db.dataSource);
    inbox = new InboxQueries(db.dataSource);
    await q(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('DH', 'Huyện Đầm Hà', 'district', 'QN-DH')`,
    );
    await q(`INSERT INTO unit (code, name, level, locality_code, parent_id)
             SELECT c.code, c.name, 'commune', c.loc, u.id FROM unit u,
               (VALUES ('DH-QA', 'Xã Quảng An', 'QN-DH-QA'), ('DH-QL', 'Xã Quảng Lợi', 'QN-DH-QL'),
                       ('DH-TT', 'Thị trấn Đầm Hà', 'QN-DH-TT')) AS c(code, name, loc)
             WHERE u.code = 'DH'`);
    await q(`INSERT INTO post (code, title, unit_id, level, standards)
             SELECT v.code, v.title, u.id, 'commune', '{"requiredCourseCodes":[]}'::jsonb FROM unit u
             JOIN (VALUES ('QA-CT', 'Chủ tịch UBND xã', 'DH-QA'), ('QA-VP', 'Chánh Văn phòng', 'DH-QA'),
                          ('QL-CT', 'Chủ tịch UBND xã', 'DH-QL'), ('TT-BT', 'Bí thư Đảng ủy', 'DH-TT'))
                  AS v(code, title, unit) ON v.unit = u.code`);
    const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Nguyễn Văn Đức'];
    for (const [i, name] of names.entries())
      await q(
        `INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
                            education, political_theory, state_management, party_member, status)
         VALUES ($1, $2, $3, 'male', '1980-01-01', 'QN-DH-QA', 'Kinh', 'bachelor', 'intermediate', 'specialist', true, 'active')`,
        [`CB-${i + 1}`, name, foldVietnamese(name)],
      );
    // CB-1: one open post in QA. CB-2: two posts (QA and QL) that ended on the same day: both units.
    // CB-3: only ended posts, the last one in TT. CB-4: QL ended, then QA open. CB-5: never held a post.
    await assign('CB-1', 'QA-CT', '2020-01-01');
    await assign('CB-2', 'QA-VP', '2019-01-01', '2022-12-31');
    await assign('CB-2', 'QL-CT', '2021-01-01', '2022-12-31');
    await assign('CB-3', 'QL-CT', '2010-01-01', '2014-12-31');
    await assign('CB-3', 'TT-BT', '2015-01-01', '2020-12-31');
    await assign('CB-4', 'QL-CT', '2012-01-01', '2016-12-31');
    await assign('CB-4', 'QA-CT', '2017-01-01');
  }, 60_000);
  afterAll(() => db?.drop());

  it('cadre.unit_codes is the rule the scope tested per row, after inserts, updates, deletes and a renamed unit', async () => {
    expect(await storedUnits()).toEqual(await oracleUnits());
    expect((await storedUnits())['CB-3']).toEqual(['DH-TT']);
    expect((await storedUnits())['CB-5']).toEqual([]);
    expect((await storedUnits())['CB-2']).toEqual(['DH-QA', 'DH-QL']);

    // CB-1 leaves QA and (the next day) takes TT; CB-2's QL post is undone; CB-3's last post was in QA.
    await q(`UPDATE assignment SET to_date = '2025-06-30'
              WHERE cadre_id = (SELECT id FROM cadre WHERE code = 'CB-1') AND to_date IS NULL`);
    expect((await storedUnits())['CB-1']).toEqual(['DH-QA']);
    await assign('CB-1', 'TT-BT', '2025-07-01');
    await q(`DELETE FROM assignment WHERE post_id = (SELECT id FROM post WHERE code = 'QL-CT')
              AND cadre_id = (SELECT id FROM cadre WHERE code = 'CB-2')`);
    await q(`UPDATE assignment SET post_id = p.id, unit_id = p.unit_id FROM post p
              WHERE p.code = 'QA-VP' AND assignment.to_date = '2020-12-31'
                AND assignment.cadre_id = (SELECT id FROM cadre WHERE code = 'CB-3')`);
    await q(`UPDATE unit SET code = 'DH-TTR' WHERE code = 'DH-TT'`);
    try {
      expect(await storedUnits()).toEqual(await oracleUnits());
      expect((await storedUnits())['CB-1']).toEqual(['DH-TTR']);
      expect((await storedUnits())['CB-2']).toEqual(['DH-QA']);
      expect((await storedUnits())['CB-3']).toEqual(['DH-QA']);
      expect(await cadreUnitCodes(db.dataSource, 'CB-1')).toEqual(['DH-TTR']);
      expect(await cadreUnitCodes(db.dataSource, 'CB-5')).toEqual([]);
      expect(await cadreUnitCodes(db.dataSource, 'CB-404')).toBeNull();
    } finally {
      await q(`UPDATE unit SET code = 'DH-TT' WHERE code = 'DH-TTR'`);
    }
    expect(await storedUnits()).toEqual(await oracleUnits());
  });

  it('a scoped list and search answer the cadres the rule admits, in order, with and without the unplaced', async () => {
    for (const units of [['DH-QA'], ['DH-QL'], ['DH-TT'], ['DH', 'DH-QA', 'DH-QL', 'DH-TT']])
      for (const includeUnplaced of [false, true]) {
        expect(await listed({ withinUnits: units, includeUnplaced })).toEqual(
          await expectedInScope(units, includeUnplaced),
        );
        // A search with and without diacritics: the same cadres, the scope applied to the matches.
        for (const text of ['nguyen van', 'Nguyễn Văn', 'thị'])
          expect(await listed({ withinUnits: units, includeUnplaced, q: text })).toEqual(
            await expectedInScope(units, includeUnplaced, text),
          );
      }
    // After the moves of the test before: CB-1 holds TT now; CB-5 never held a post.
    expect(await listed({ withinUnits: ['DH-TT'], q: 'Nguyễn Văn' })).toEqual(['CB-1']);
    expect(await listed({ withinUnits: ['DH-TT'], includeUnplaced: true, q: 'nguyen van' })).toEqual([
      'CB-1',
      'CB-5',
    ]);
  });

  it('a task carries its procedure’s unit, also when a later step moves the procedure; a task without one is never read', async () => {
    const first = procedureStepInput({
      workflowId: 'rotation/CB-1/1',
      procedure: { unitCode: 'DH-QA', postId: 'QA-CT', subjectCadreIds: ['CB-1'] },
      tasks: [
        procedureTask({ key: 'a', assigneeIds: ['U-A'], label: 'Thẩm định hồ sơ luân chuyển' }),
        procedureTask({ key: 'b', assigneeIds: ['U-A'], label: 'Ký duyệt tờ trình' }),
      ],
    });
    await recordProcedureStep(db.dataSource, first);
    const unitsOfTasks = async () =>
      (
        (await q(
          `SELECT task_key, unit_code FROM procedure_task WHERE workflow_id = 'rotation/CB-1/1' ORDER BY 1`,
        )) as {
          task_key: string;
          unit_code: string;
        }[]
      ).map((r) => `${r.task_key}:${r.unit_code}`);
    expect(await unitsOfTasks()).toEqual(['a:DH-QA', 'b:DH-QA']);
    const inQa = () =>
      inbox.list({ userId: 'U-A', scope: 'all', limit: 10, offset: 0, unitCodes: ['DH-QA'] });
    expect((await inQa()).items.map((t) => t.taskKey)).toEqual(['a', 'b']);

    // The next step moves the procedure to QL and writes task b only: task a follows all the same.
    await recordProcedureStep(db.dataSource, {
      ...laterStep(first, 1, 'consultation', { unitCode: 'DH-QL' }),
      tasks: [procedureTask({ key: 'b', assigneeIds: ['U-A'], label: 'Ký duyệt tờ trình' })],
    });
    expect(await unitsOfTasks()).toEqual(['a:DH-QL', 'b:DH-QL']);
    expect((await inQa()).total).toBe(0);
    const inQl = await inbox.list({
      userId: 'U-A',
      scope: 'all',
      limit: 10,
      offset: 0,
      unitCodes: ['DH-QL'],
    });
    expect(inQl.items.map((t) => `${t.taskKey}:${t.unitCode}`)).toEqual(['a:DH-QL', 'b:DH-QL']);

    // A task row whose procedure is missing: the inbox joined `procedure` and never showed it; still not.
    await q(`INSERT INTO procedure_task (workflow_id, task_key, kind, label, assignee_ids, status, created_at, updated_at, last_seq)
             VALUES ('rotation/CB-9/1', 'x', 'sign_off', 'Thẩm định hồ sơ', '{U-A}', 'open', now(), now(), 1)`);
    const all = await inbox.list({ userId: 'U-A', scope: 'all', limit: 10, offset: 0 });
    expect(all.items.map((t) => t.workflowId)).toEqual(['rotation/CB-1/1', 'rotation/CB-1/1']);
    expect(all.total).toBe(2);
    expect((await inbox.counts('U-A', {})).all).toBe(2);
    // The total comes with the page's rows, and on its own for a page past the end.
    const second = await inbox.list({ userId: 'U-A', scope: 'all', limit: 1, offset: 1 });
    expect([second.total, second.items.map((t) => t.taskKey)]).toEqual([2, ['b']]);
    const past = await inbox.list({ userId: 'U-A', scope: 'all', limit: 1, offset: 5 });
    expect([past.total, past.items]).toEqual([2, []]);
    expect(
      (await inbox.list({ userId: 'U-A', scope: 'all', limit: 10, offset: 0, q: 'tham dinh' })).total,
    ).toBe(1);
  });

  it('the search reads the folded label, title and name as they are now, with or without diacritics', async () => {
    const find = async (text: string) =>
      (await inbox.list({ userId: 'U-A', scope: 'all', limit: 10, offset: 0, q: text })).items.map(
        (t) => t.taskKey,
      );
    expect(await find('thẩm định')).toEqual(['a']);
    expect(await find('THAM DINH HO SO')).toEqual(['a']);
    expect(await find('quang loi')).toEqual(['a', 'b']); // the unit's name, the procedure is in QL now
    expect(await find('Chủ tịch')).toEqual(['a', 'b']); // the post's title
    expect(await find('nguyen van an')).toEqual(['a', 'b']); // the candidate's name

    // A label, a title and a unit's name rewritten: the search follows the rows, not what they said.
    await q(
      `UPDATE procedure_task SET label = 'Hoàn thiện hồ sơ' WHERE workflow_id = 'rotation/CB-1/1' AND task_key = 'a'`,
    );
    await q(`UPDATE post SET title = 'Phó Chủ tịch UBND xã' WHERE code = 'QA-CT'`);
    await q(`UPDATE unit SET name = 'Xã Quảng Lâm' WHERE code = 'DH-QL'`);
    expect(await find('tham dinh')).toEqual([]);
    expect(await find('hoàn thiện')).toEqual(['a']);
    expect(await find('pho chu tich')).toEqual(['a', 'b']);
    expect(await find('quang loi')).toEqual([]);
    expect(await find('Quảng Lâm')).toEqual(['a', 'b']);
    const stored: { search_label: string; search_title: string; search_name: string }[] = await q(
      `SELECT t.search_label, po.search_title, u.search_name
         FROM procedure_task t, post po, unit u
        WHERE t.task_key = 'a' AND t.workflow_id = 'rotation/CB-1/1' AND po.code = 'QA-CT' AND u.code = 'DH-QL'`,
    );
    expect(stored).toEqual([
      {
        search_label: foldVietnamese('Hoàn thiện hồ sơ'),
        search_title: foldVietnamese('Phó Chủ tịch UBND xã'),
        search_name: foldVietnamese('Xã Quảng Lâm'),
      },
    ]);
  });
});
