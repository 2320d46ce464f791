import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentRef } from '@personnel/contracts';
import {
  createDocumentStore,
  DocumentIntegrityError,
  type DocumentStore,
} from '../src/documents/document-store';
import { MIGRATIONS } from '../src/data-source';
import { DossierDocumentDates1765200000000 } from '../src/migrations/1765200000000-dossier-document-dates';
import { createTestDatabase, type TestDatabase } from '../src/testing';

const content = Buffer.from('Sơ yếu lý lịch — Nguyễn Văn An\n', 'utf8');
const upload = {
  content,
  kind: 'cv' as const,
  fileName: 'so-yeu-ly-lich.pdf',
  contentType: 'application/pdf',
  uploadedBy: 'U-HR',
  uploaderUnitCode: null,
};
const ref = (meta: DocumentRef): DocumentRef => ({
  id: meta.id,
  kind: meta.kind,
  fileName: meta.fileName,
  contentType: meta.contentType,
  sizeBytes: meta.sizeBytes,
  sha256: meta.sha256,
});

describe('document stores (real Postgres)', () => {
  let db: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDatabase('documents');
    dir = await mkdtemp(join(tmpdir(), 'documents-'));
  });
  afterAll(async () => {
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  });

  const stores: [string, () => DocumentStore][] = [
    ['fs', () => createDocumentStore(db.dataSource, { kind: 'fs', dir: join(dir, 'docs') })],
    ['pg', () => createDocumentStore(db.dataSource, { kind: 'pg' })],
  ];

  describe.each(stores)('%s store', (kind, make) => {
    it('round-trips the bytes with their metadata and hash', async () => {
      const store = make();
      const meta = await store.put(upload);
      expect(meta).toMatchObject({
        kind: 'cv',
        fileName: 'so-yeu-ly-lich.pdf',
        sizeBytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        store: kind,
        uploadedBy: 'U-HR',
      });
      const got = await store.get(meta.id);
      expect(got?.content.equals(content)).toBe(true);
      expect(got?.meta).toEqual(meta);
      expect(await store.metas([meta.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid'])).toEqual([
        meta,
      ]);
      expect(await store.get('00000000-0000-4000-8000-000000000000')).toBeUndefined();
      expect(await store.verify([ref(meta)])).toEqual({ ok: true, problems: [] });
    });

    it('detects altered bytes on read and on verify', async () => {
      const store = make();
      const meta = await store.put(upload);
      const tampered = Buffer.from(content);
      tampered[0] ^= 1;
      if (kind === 'fs') await writeFile(join(dir, 'docs', meta.id), tampered);
      else
        await db.dataSource.query(
          `SELECT lo_put(large_object_oid, 0, $2) FROM dossier_document WHERE id = $1`,
          [meta.id, tampered],
        );
      await expect(store.get(meta.id)).rejects.toBeInstanceOf(DocumentIntegrityError);
      const check = await store.verify([ref(meta)]);
      expect(check.ok).toBe(false);
      expect(check.problems).toEqual([
        expect.stringMatching(new RegExp(`so-yeu-ly-lich.pdf.*${meta.id}.*altered`)),
      ]);
    });

    it('names every missing document and every one that differs from its reference', async () => {
      const store = make();
      const good = await store.put(upload);
      const other = await store.put({ ...upload, kind: 'health_certificate', fileName: 'suc-khoe.pdf' });
      const missing: DocumentRef = {
        ...ref(good),
        id: '11111111-1111-4111-8111-111111111111',
        fileName: 'bien-ban.pdf',
        kind: 'minutes',
      };
      const check = await store.verify([ref(good), { ...ref(other), sha256: 'a'.repeat(64) }, missing]);
      expect(check.ok).toBe(false);
      expect(check.problems).toHaveLength(2);
      expect(check.problems[0]).toMatch(/health_certificate "suc-khoe.pdf".*differs from the reference/);
      expect(check.problems[1]).toMatch(/minutes "bien-ban.pdf" \(11111111-.*\) is missing/);
      expect((await store.verify([{ ...ref(good), sizeBytes: 1 }])).problems[0]).toMatch(/differs/);
    });

    it('deletes the row and its bytes', async () => {
      const store = make();
      const meta = await store.put(upload);
      expect(await store.delete(meta.id)).toBe(true);
      expect(await store.get(meta.id)).toBeUndefined();
      expect(await store.delete(meta.id)).toBe(false);
      if (kind === 'fs') expect(await readdir(join(dir, 'docs'))).not.toContain(meta.id);
    });
  });

  it("keeps the cadre, the issue day and the year of a dossier document, and lists a cadre's dossier", async () => {
    const store = createDocumentStore(db.dataSource, { kind: 'pg' });
    const assessment = await store.put({
      ...upload,
      kind: 'assessment',
      fileName: 'danh-gia-2025.pdf',
      cadreId: 'CB-DOSSIER-1',
      issuedOn: '2026-01-02',
      periodYear: 2025,
    });
    expect(assessment).toMatchObject({ cadreId: 'CB-DOSSIER-1', issuedOn: '2026-01-02', periodYear: 2025 });
    const health = await store.put({
      ...upload,
      kind: 'health_certificate',
      cadreId: 'CB-DOSSIER-1',
      issuedOn: '2026-02-28',
    });
    await store.put({ ...upload, cadreId: 'CB-DOSSIER-2', issuedOn: '2026-01-01' });
    const [meta] = await store.metas([health.id]);
    expect(meta).toMatchObject({ issuedOn: '2026-02-28', cadreId: 'CB-DOSSIER-1' });
    expect(meta).not.toHaveProperty('periodYear');
    expect((await store.ofCadres(['CB-DOSSIER-1'])).map((d) => d.id)).toEqual([assessment.id, health.id]);
    expect(await store.ofCadres([])).toEqual([]);
    // The schema refuses a year on anything but an assessment.
    await expect(store.put({ ...upload, issuedOn: '2026-01-01', periodYear: 2025 })).rejects.toThrow(
      /ck_dossier_document_period_year/,
    );
    // The migration's down() refuses while dated documents exist (the reversal test below runs next).
    const dated = await store.ofCadres(['CB-DOSSIER-1', 'CB-DOSSIER-2']);
    expect(dated).toHaveLength(3);
    await expect(
      new DossierDocumentDates1765200000000().down(db.dataSource.createQueryRunner()),
    ).rejects.toThrow(/3 dated dossier documents/);
    for (const d of dated) await store.delete(d.id);
    await expect(
      new DossierDocumentDates1765200000000().down(db.dataSource.createQueryRunner()),
    ).resolves.toBeUndefined();
    await new DossierDocumentDates1765200000000().up(db.dataSource.createQueryRunner());
  });

  it("fs: a file removed behind the store's back is reported missing", async () => {
    const store = stores[0][1]();
    const meta = await store.put(upload);
    await rm(join(dir, 'docs', meta.id));
    await expect(store.get(meta.id)).rejects.toThrow(/content is missing/);
    expect((await store.verify([ref(meta)])).problems[0]).toMatch(/is missing/);
    expect((await readdir(join(dir, 'docs'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('pg: reverting the migration frees the large objects', async () => {
    const store = stores[1][1]();
    await store.put(upload);
    const objects = async () =>
      Number((await db.dataSource.query('SELECT count(*) AS n FROM pg_largeobject_metadata'))[0].n);
    expect(await objects()).toBeGreaterThan(0);
    // Undo every migration down to and including this one (later ones may exist).
    const index = MIGRATIONS.findIndex((m) => m.name === 'Appointments1764220000000');
    for (let i = index; i < MIGRATIONS.length; i++)
      await db.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await objects()).toBe(0);
  });
});
