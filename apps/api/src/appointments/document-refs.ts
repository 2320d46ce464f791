import type { DocumentRef } from '@personnel/contracts';
import type { DocumentStore } from '@personnel/persistence';
import type { FieldProblem } from './start-checks';

/** The references of stored documents, in the order named; each unknown id is a problem of its field. */
export async function documentRefs(
  store: DocumentStore,
  ids: string[],
  field: string,
  problems: FieldProblem[],
): Promise<DocumentRef[]> {
  if (ids.length === 0) return [];
  const metas = await store.metas(ids);
  const refs: DocumentRef[] = [];
  ids.forEach((id, i) => {
    const meta = metas.find((m) => m.id === id);
    if (!meta)
      problems.push({
        field: `${field}[${i}]`,
        problem: `names no stored document (${id})`,
        code: 'unknown_document',
        params: { document: id },
      });
    else
      refs.push({
        id: meta.id,
        kind: meta.kind,
        fileName: meta.fileName,
        contentType: meta.contentType,
        sizeBytes: meta.sizeBytes,
        sha256: meta.sha256,
        ...dossierFields(meta),
      });
  });
  return refs;
}

/** The dossier fields a document carries (its cadre, issue day, assessment year), when it has them. */
export function dossierFields(meta: DocumentRef): Pick<DocumentRef, 'cadreId' | 'issuedOn' | 'periodYear'> {
  return {
    ...(meta.cadreId !== undefined ? { cadreId: meta.cadreId } : {}),
    ...(meta.issuedOn !== undefined ? { issuedOn: meta.issuedOn } : {}),
    ...(meta.periodYear !== undefined ? { periodYear: meta.periodYear } : {}),
  };
}
