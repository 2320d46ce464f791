import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appointmentFacts } from '@personnel/domain/testing';
import { DocumentFactsQueries, DocumentIntegrityError, OfficialDocumentStore } from '../src/documents';
import { createTestDatabase, writeDocumentJournal, type TestDatabase } from '../src/testing';

const facts = appointmentFacts();
const ID = facts.workflowId;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('official documents: stored exactly once, facts read from the journal (real Postgres)', () => {
  let db: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDatabase('official_documents');
    dir = await mkdtemp(join(tmpdir(), 'official-documents-'));
    await writeDocumentJournal(db.dataSource, facts);
    const [province] = await db.dataSource.query(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('QN', 'Tỉnh Quảng Ninh', 'province', 'QN') RETURNING id`,
    );
    const [district] = await db.dataSource.query(
      `INSERT INTO unit (code, name, level, parent_id, locality_code) VALUES ('DH', 'Huyện Đầm Hà', 'district', $1, 'DH') RETURNING id`,
      [province.id],
    );
    await db.dataSource.query(
      `INSERT INTO unit (code, name, level, parent_id, locality_code) VALUES ('DH-QA', 'Xã Quảng An', 'commune', $1, 'L-QA')`,
      [district.id],
    );
  });
  afterAll(async () => {
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the journal, the conference children and the issuing district as recorded', async () => {
    const loaded = await new DocumentFactsQueries(db.dataSource).load(ID, () => []);
    expect(loaded).toMatchObject({
      workflowId: ID,
      procedureKind: 'appointment',
      unit: { code: 'DH-QA', name: 'Xã Quảng An' },
      district: 'Huyện Đầm Hà',
      province: 'Tỉnh Quảng Ninh',
    });
    expect(loaded?.steps.map((s) => s.kind)).toEqual(facts.steps.map((s) => s.kind));
    expect(loaded?.steps[5].payload).toEqual(facts.steps[5].payload);
    expect(loaded?.conferences).toEqual([
      {
        index: 0,
        steps: facts.conferences[0].steps.map((s) => ({
          ...s,
          occurredAt: new Date(s.occurredAt).toISOString(),
        })),
      },
    ]);
    expect(
      await new DocumentFactsQueries(db.dataSource).load('appointment/NONE/1', () => []),
    ).toBeUndefined();
  });

  const stores: [string, () => OfficialDocumentStore][] = [
    ['fs', () => new OfficialDocumentStore(db.dataSource, { kind: 'fs', dir: join(dir, 'docs') })],
    ['pg', () => new OfficialDocumentStore(db.dataSource, { kind: 'pg' })],
  ];

  describe.each(stores)('%s store', (kind, make) => {
    const key = `decision-${kind}`.replace('-', '.');
    const issue = (store: OfficialDocumentStore, content: Buffer, renders: { n: number }) =>
      store.issue({
        workflowId: ID,
        key,
        kind: 'decision',
        stepKey: facts.steps[5].stepKey,
        title: 'Quyết định bổ nhiệm',
        fileName: 'quyet-dinh.pdf',
        issuedBy: 'U-HR',
        render: () => {
          renders.n++;
          return Promise.resolve(content);
        },
      });

    it('concurrent and repeated issues store one document; the first stands', async () => {
      const store = make();
      const renders = { n: 0 };
      const first = Buffer.from(`%PDF-1.7 first ${kind}`);
      const results = await Promise.all(
        [0, 1, 2, 3, 4].map((i) =>
          issue(store, i === 0 ? first : Buffer.from(`%PDF-1.7 other ${i}`), renders),
        ),
      );
      expect(results.filter((r) => r.issued)).toHaveLength(1);
      const ids = new Set(results.map((r) => r.document.id));
      expect(ids.size).toBe(1);
      const again = await issue(store, Buffer.from('%PDF-1.7 later'), renders);
      expect(again.issued).toBe(false);
      const before = renders.n;
      await issue(store, Buffer.from('%PDF-1.7 later'), renders);
      expect(renders.n).toBe(before); // an issued paper is not even rendered again
      const rows = await db.dataSource.query(
        'SELECT count(*)::int AS n FROM official_document WHERE workflow_id = $1 AND document_key = $2',
        [ID, key],
      );
      expect(rows[0].n).toBe(1);
      const read = await store.read(ID, key);
      if (!read) throw new Error('the issued document is not there');
      expect(read.document.sha256).toBe(sha(read.content));
      expect(read?.document).toMatchObject({
        stepKey: facts.steps[5].stepKey,
        kind: 'decision',
        store: kind,
      });
      if (kind === 'fs')
        expect((await readdir(join(dir, 'docs'))).filter((f) => !f.startsWith('.'))).toHaveLength(1);
    });

    it('a read checks the SHA-256 of the bytes', async () => {
      const store = make();
      const stored = await store.read(ID, key);
      if (!stored) throw new Error('the issued document is not there');
      const { document } = stored;
      if (kind === 'fs') await writeFile(join(dir, 'docs', document.id), Buffer.from('altered'));
      else
        await db.dataSource.query(
          `SELECT lo_put((SELECT large_object_oid FROM official_document WHERE id = $1), 0, '\\x00'::bytea)`,
          [document.id],
        );
      await expect(store.read(ID, key)).rejects.toBeInstanceOf(DocumentIntegrityError);
      expect(await store.read(ID, 'submission')).toBeUndefined();
    });
  });

  it('a document must come from a recorded step of its procedure', async () => {
    const store = new OfficialDocumentStore(db.dataSource, { kind: 'pg' });
    await expect(
      store.issue({
        workflowId: ID,
        key: 'submission',
        kind: 'submission',
        stepKey: '99/none',
        title: 'Tờ trình',
        fileName: 'to-trinh.pdf',
        issuedBy: 'U-HR',
        render: () => Promise.resolve(Buffer.from('%PDF')),
      }),
    ).rejects.toThrow(/fk_official_document_step/);
    const [{ n }] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_largeobject_metadata m
        WHERE NOT EXISTS (SELECT 1 FROM official_document d WHERE d.large_object_oid = m.oid)
          AND NOT EXISTS (SELECT 1 FROM dossier_document d WHERE d.large_object_oid = m.oid)`,
    );
    expect(n).toBe(0); // the large object went with the rolled-back row
  });
});
