import { createDocumentStore } from '@personnel/persistence';
import { addMonths, vietnamDate } from '@personnel/domain';
import type { ApiUnderTest } from './api-harness';

/**
 * Gives each cadre a dossier complete on `asOf` (the kit's dossier gate lets their procedures convene):
 * every checklist item issued a month before, the assessments of the three years before. Stored as large
 * objects, whatever store the API under test is configured with (the gate reads only the rows).
 */
export async function seedCompleteDossiers(
  api: ApiUnderTest,
  cadreCodes: string[],
  asOf = vietnamDate(new Date().toISOString()),
): Promise<void> {
  const store = createDocumentStore(api.db.dataSource, { kind: 'pg' });
  const issuedOn = addMonths(asOf, -1);
  const year = Number(asOf.slice(0, 4));
  for (const cadreId of cadreCodes) {
    const put = (
      kind: 'cv' | 'declaration' | 'health_certificate' | 'party_cell_comment' | 'assessment',
      periodYear?: number,
    ) =>
      store.put({
        content: Buffer.from(`%PDF-1.4 ${kind} ${cadreId} ${periodYear ?? ''}\n`),
        kind,
        fileName: `${kind}-${cadreId}.pdf`,
        contentType: 'application/pdf',
        uploadedBy: 'U-HR',
        uploaderUnitCode: null,
        cadreId,
        issuedOn,
        ...(periodYear !== undefined ? { periodYear } : {}),
      });
    for (const kind of ['cv', 'declaration', 'health_certificate', 'party_cell_comment'] as const)
      await put(kind);
    for (const back of [1, 2, 3]) await put('assessment', year - back);
  }
}
