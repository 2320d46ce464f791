import type { DocumentRef } from '@personnel/contracts';
import { MockActivityEnvironment } from '@temporalio/testing';
import { createDocumentStore } from '@personnel/persistence';
import { createTestDatabase, type TestDatabase } from '@personnel/persistence/testing';
import { createDossierActivities } from '../src/activities/dossier.activities';

/** The dossier gate's activity on real Postgres: the subjects' dated documents, as references only. */
describe('loadDossier', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('dossier_activities');
  });
  afterAll(() => db?.drop());

  it("answers each subject's dossier documents with their kind, day and year, and nobody else's", async () => {
    const store = createDocumentStore(db.dataSource, { kind: 'pg' });
    const put = (cadreId: string, kind: 'assessment' | 'health_certificate', periodYear?: number) =>
      store.put({
        content: Buffer.from(`${cadreId} ${kind}`),
        kind,
        fileName: `${kind}.pdf`,
        contentType: 'application/pdf',
        uploadedBy: 'U-HR',
        uploaderUnitCode: null,
        cadreId,
        issuedOn: '2026-01-05',
        ...(periodYear !== undefined ? { periodYear } : {}),
      });
    const assessment = await put('CB-1', 'assessment', 2025);
    const health = await put('CB-1', 'health_certificate');
    await put('CB-2', 'health_certificate');
    const refs: DocumentRef[] = await new MockActivityEnvironment().run(
      createDossierActivities(store).loadDossier,
      {
        cadreIds: ['CB-1'],
      },
    );
    expect(refs).toEqual([
      {
        id: assessment.id,
        kind: 'assessment',
        fileName: 'assessment.pdf',
        contentType: 'application/pdf',
        sizeBytes: assessment.sizeBytes,
        sha256: assessment.sha256,
        cadreId: 'CB-1',
        issuedOn: '2026-01-05',
        periodYear: 2025,
      },
      expect.objectContaining({ id: health.id, kind: 'health_certificate', issuedOn: '2026-01-05' }),
    ]);
    expect(refs[1]).not.toHaveProperty('uploadedBy');
  });
});
