import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@personnel/persistence/testing';
import { TABLE_ORDER, type SeedDataset } from './dataset';
import { generateDataset } from './generate';
import { seedDatabase } from './index';
import { RegistryMissingError, writeDataset } from './writer';

const dataset: SeedDataset = generateDataset({ cadres: 800, seed: 'writer-test' });

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function tableCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const counts: Record<string, number> = {};
    for (const table of TABLE_ORDER) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
      counts[table] = Number(rows[0].n);
    }
    return counts;
  });
}

describe('writeDataset', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('seed_writer');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('writes every generated row into an empty registry, in small batches', async () => {
    const result = await withClient(db.url, (client) => writeDataset(client, dataset, { batchSize: 1000 }));
    const expected = Object.fromEntries(TABLE_ORDER.map((t) => [t, dataset.tables[t].length]));
    expect(result).toEqual({ written: true, counts: expected });
    expect(await tableCounts(db.url)).toEqual(expected);
  });

  it('stores the rows as generated (ids, dates, JSON standards, folded names)', async () => {
    const cadre = dataset.tables.cadre[17];
    const post = dataset.tables.post.find((p) => p.code === 'DH-QA-BT');
    const [rows, postRows] = await withClient(db.url, async (client) => [
      (
        await client.query(
          `SELECT id, code, full_name, search_name, gender, birth_date::text, hometown_locality_code, ethnicity,
                  education, political_theory, state_management, party_member, status
             FROM cadre WHERE id = $1`,
          [cadre.id],
        )
      ).rows,
      (await client.query(`SELECT standards FROM post WHERE code = 'DH-QA-BT'`)).rows,
    ]);
    expect(rows).toEqual([cadre]);
    expect(postRows[0].standards).toEqual(post?.standards);
  });

  it('stores the calendar with its kinds: the Saturdays worked in the 2024 and 2025 swaps', async () => {
    const rows = await withClient(db.url, async (client) => {
      const result = await client.query<{ date: string; kind: string }>(
        `SELECT date::text AS date, kind FROM public_holiday
           WHERE date IN ('2024-04-29', '2024-05-04', '2025-04-26', '2025-05-02') ORDER BY date`,
      );
      return result.rows;
    });
    expect(rows).toEqual([
      { date: '2024-04-29', kind: 'day_off' },
      { date: '2024-05-04', kind: 'working_day' },
      { date: '2025-04-26', kind: 'working_day' },
      { date: '2025-05-02', kind: 'day_off' },
    ]);
  });

  it('answers the reported figures in SQL: 60 rotations, non-local commune heads, one current post per cadre', async () => {
    const figures = await withClient(db.url, async (client) => {
      const rotations = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM assignment
          WHERE kind = 'rotation' AND from_date BETWEEN '2021-01-01' AND '2025-12-31'`,
      );
      const heads = await client.query<{ posts: string; non_local: string }>(
        `SELECT count(*) AS posts,
                count(*) FILTER (WHERE c.hometown_locality_code <> u.locality_code) AS non_local
           FROM post p
           JOIN unit u ON u.id = p.unit_id
           JOIN assignment a ON a.post_id = p.id AND a.to_date IS NULL
           JOIN cadre c ON c.id = a.cadre_id
          WHERE p.requires_non_local`,
      );
      const overlaps = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM assignment a JOIN assignment b
             ON a.cadre_id = b.cadre_id AND a.id <> b.id
            AND a.from_date <= coalesce(b.to_date, 'infinity') AND b.from_date <= coalesce(a.to_date, 'infinity')`,
      );
      const search = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM cadre WHERE search_name LIKE '%nguyen%'`,
      );
      return {
        rotations: Number(rotations.rows[0].n),
        communeHeads: Number(heads.rows[0].posts),
        nonLocal: Number(heads.rows[0].non_local),
        overlaps: Number(overlaps.rows[0].n),
        nguyen: Number(search.rows[0].n),
      };
    });
    expect(figures).toMatchObject({ rotations: 60, communeHeads: 18, nonLocal: 18, overlaps: 0 });
    expect(figures.nguyen).toBe(dataset.tables.cadre.filter((c) => c.full_name.includes('Nguyễn')).length);
  });

  it('refuses a registry that already has data, and changes nothing', async () => {
    const before = await tableCounts(db.url);
    const other = generateDataset({ cadres: 600, seed: 'another' });
    const result = await withClient(db.url, (client) => writeDataset(client, other));
    expect(result).toEqual({ written: false, existing: { units: 38, posts: 222, cadres: 800 } });
    expect(await tableCounts(db.url)).toEqual(before);
    await expect(seedDatabase(db.url, { cadres: 600 })).resolves.toEqual({
      seeded: false,
      existing: { units: 38, posts: 222, cadres: 800 },
    });
  });
});

describe('seedDatabase', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('seed_database');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('leaves nothing behind when a write fails half-way (one transaction)', async () => {
    const broken: SeedDataset = structuredClone(dataset);
    broken.tables.assignment[broken.tables.assignment.length - 1].post_id =
      '00000000-0000-4000-8000-000000000000';
    await expect(withClient(db.url, (client) => writeDataset(client, broken))).rejects.toThrow(/foreign key/);
    expect(Object.values(await tableCounts(db.url)).every((n) => n === 0)).toBe(true);
  });

  it('generates and writes the demo into an empty database, with the figures of the data set', async () => {
    const outcome = await seedDatabase(db.url, { cadres: 600, seed: 'seed-database' });
    if (!outcome.seeded) throw new Error('expected the empty database to be seeded');
    expect(outcome.dataset.cadreCount).toBe(600);
    expect(outcome.counts.cadre).toBe(600);
    expect(outcome.dataset.figures).toMatchObject({
      cadres: 600,
      rotations: 60,
      communeHeadPosts: 18,
      nonLocalCommuneHeads: 18,
    });
    expect(outcome.dataset.figures.headsMeetingStandards).toBe(outcome.dataset.figures.currentHeads);
    expect((await tableCounts(db.url)).cadre).toBe(600);
  });
});

describe('a database without the registry tables', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('seed_unmigrated', { migrate: false });
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('is refused with a message that says to apply the migrations', async () => {
    await expect(seedDatabase(db.url)).rejects.toThrow(RegistryMissingError);
    await expect(seedDatabase(db.url)).rejects.toThrow(/npm run migrate/);
  });
});
