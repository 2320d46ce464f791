import { LIST_TOTAL_CAP, foldVietnamese } from '@personnel/contracts';
import { CadresRepository, RegistryInvalidError, type CadreFilter } from '../src/registry';
import { createTestDatabase, type TestDatabase } from '../src/testing';

/** 1,100 active and 105 retired cadres: more than the list counts exactly, written as the seed does. */
const ACTIVE = 1100;
const RETIRED = 105;

describe('registry: cadre list by key and the capped total (real Postgres)', () => {
  let db: TestDatabase;
  let cadres: CadresRepository;

  const insert = (code: string, fullName: string, status = 'active') =>
    db.dataSource.query(
      `INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
                          education, political_theory, state_management, party_member, status)
       VALUES ($1, $2, $3, 'male', '1980-01-01', 'QN-DH-QA', 'Kinh', 'bachelor', 'intermediate', 'specialist', true, $4)`,
      [code, fullName, foldVietnamese(fullName), status],
    );

  /** Every page of a filter walked by nextCursor; `between` runs after each page. */
  async function walk(filter: CadreFilter, limit: number, between?: (page: number) => Promise<void>) {
    const codes: string[] = [];
    let after: string | undefined;
    for (let page = 1; ; page++) {
      const answer = await cadres.list({ ...filter, limit, offset: 0, after });
      codes.push(...answer.items.map((c) => c.code));
      await between?.(page);
      if (!answer.nextCursor) return codes;
      expect(answer.items).toHaveLength(limit);
      after = answer.nextCursor;
    }
  }

  const everyCode = async (filter: CadreFilter) => {
    const all: string[] = [];
    for await (const batch of cadres.exportBatches(filter, 500)) all.push(...batch.map((c) => c.code));
    return all;
  };

  beforeAll(async () => {
    db = await createTestDatabase('cadre_paging');
    cadres = new CadresRepository(db.dataSource);
    // Names repeat (so the id breaks ties in the order), half of them with "Văn".
    await db.dataSource.query(
      `INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
                          education, political_theory, state_management, party_member, status)
       SELECT 'PG-' || lpad(i::text, 5, '0'), f.full, f.full, 'male', '1980-01-01', 'QN-DH-QA', 'Kinh',
              'bachelor', 'intermediate', 'specialist', true,
              CASE WHEN i > ${ACTIVE} THEN 'retired' ELSE 'active' END
         FROM generate_series(1, ${ACTIVE + RETIRED}) i
         CROSS JOIN LATERAL (SELECT CASE i % 4 WHEN 0 THEN 'Nguyễn Văn Nam' WHEN 1 THEN 'Trần Thị Hoa'
                                               WHEN 2 THEN 'Lê Văn Tám' ELSE 'Phạm Minh ' || (i % 37) END AS full) f`,
    );
    // search_name as the application folds it (the insert above put the unfolded name there).
    const rows: { code: string; full_name: string }[] = await db.dataSource.query(
      `SELECT code, full_name FROM cadre`,
    );
    for (const r of rows)
      await db.dataSource.query(`UPDATE cadre SET search_name = $2 WHERE code = $1`, [
        r.code,
        foldVietnamese(r.full_name),
      ]);
    await db.dataSource.query('ANALYZE cadre');
  }, 120_000);
  afterAll(() => db?.drop());

  it(`counts up to ${LIST_TOTAL_CAP} and then says "more than", in lists and searches alike`, async () => {
    expect(await cadres.list({ limit: 20, offset: 0 })).toMatchObject({
      total: LIST_TOTAL_CAP,
      totalCapped: true,
    });
    expect(await cadres.list({ status: 'active', limit: 20, offset: 0 })).toMatchObject({
      total: LIST_TOTAL_CAP,
      totalCapped: true,
    });
    expect(await cadres.list({ status: 'retired', limit: 20, offset: 0 })).toMatchObject({
      total: RETIRED,
      totalCapped: false,
    });
    // "van": every second cadre (602 of 1,205): exact. "a": all of them: capped.
    const van = (await everyCode({ q: 'van' })).length;
    expect(van).toBeLessThan(LIST_TOTAL_CAP);
    expect(await cadres.list({ q: 'van', limit: 20, offset: 0 })).toMatchObject({
      total: van,
      totalCapped: false,
    });
    expect(await cadres.list({ q: 'a', limit: 20, offset: 0 })).toMatchObject({
      total: LIST_TOTAL_CAP,
      totalCapped: true,
    });
  });

  it('walks a capped list by key: every row once, in the list order, the same rows as by offset', async () => {
    const all = await everyCode({ status: 'active' });
    expect(all).toHaveLength(ACTIVE);
    expect(await walk({ status: 'active' }, 100)).toEqual(all);
    const byOffset = await cadres.list({ status: 'active', limit: 100, offset: 500 });
    const byKey = await cadres.list({
      status: 'active',
      limit: 100,
      offset: 0,
      after: (await cadres.list({ status: 'active', limit: 500, offset: 0 })).nextCursor ?? undefined,
    });
    expect(byKey.items.map((c) => c.code)).toEqual(byOffset.items.map((c) => c.code));
    const searched = await everyCode({ q: 'van' });
    expect(await walk({ q: 'van' }, 64)).toEqual(searched);
  });

  it('applies the reader scope to a search: its count, its pages and its cursor walk', async () => {
    // None of these cadres ever held a post: a registry editor's scope reads them, a viewer's does not.
    const editor = { withinUnits: ['DH'], includeUnplaced: true };
    const viewer = { withinUnits: ['DH'], includeUnplaced: false };
    expect(await walk({ q: 'van', ...editor }, 64)).toEqual(await everyCode({ q: 'van' }));
    expect(await cadres.list({ q: 'a', ...editor, limit: 20, offset: 0 })).toMatchObject({
      total: LIST_TOTAL_CAP,
      totalCapped: true,
    });
    expect(await cadres.list({ q: 'van', ...viewer, limit: 20, offset: 0 })).toMatchObject({
      items: [],
      total: 0,
      totalCapped: false,
      nextCursor: null,
    });
  });

  it('neither skips nor repeats a row when cadres are written during the walk', async () => {
    const before = await everyCode({});
    const walked = await walk({}, 150, async (page) => {
      if (page !== 3) return;
      // One sorts before everything already read, one after the walk's position.
      await insert('PG-EARLY', 'A Ánh');
      await insert('PG-LATE', 'Ỵ Ý');
    });
    expect(walked).toEqual([...before, 'PG-LATE']);
    expect(new Set(walked).size).toBe(walked.length);
  });

  it('finds a code by its start in any case, and a name holding what looks like a code', async () => {
    const codes = async (q: string) => (await everyCode({ q })).sort();
    const nine = Array.from({ length: 9 }, (_, i) => `PG-0000${i + 1}`);
    expect(await codes('PG-0000')).toEqual(nine);
    expect(await codes('pg-0000')).toEqual(nine);
    // "a1" could start a code: the name is searched too. "minh 1" could not: names only.
    await insert('ZZ-1', 'Lò Văn A1');
    expect(await codes('a1')).toEqual(['ZZ-1']);
    expect((await codes('minh 1')).length).toBeGreaterThan(0);
    expect(await codes('zz-')).toEqual(['ZZ-1']);
  });

  it('refuses a cursor it did not answer, and a cursor together with an offset, naming the field', async () => {
    const refusal = (work: Promise<unknown>) =>
      work.then(
        () => undefined,
        (e: unknown) => (e instanceof RegistryInvalidError ? e.details.map((d) => d.field) : e),
      );
    expect(await refusal(cadres.list({ limit: 5, offset: 0, after: 'bm90IGEgY3Vyc29y' }))).toEqual(['after']);
    const next = (await cadres.list({ limit: 5, offset: 0 })).nextCursor ?? undefined;
    expect(await refusal(cadres.list({ limit: 5, offset: 10, after: next }))).toEqual(['offset']);
  });
});
