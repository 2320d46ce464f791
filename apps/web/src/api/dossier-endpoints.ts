import type { ApiClient } from './client';
import type { ProcedureDetail } from '@personnel/contracts';
import type { DocumentKind, DossierUploadFields, ProcedureStatusBase, StoredDocument } from './dossier-types';

const V1 = '/api/v1';

/** The procedure's workflow id as the API's wildcard path takes it (slashes kept, each segment encoded). */
const procedurePath = (workflowId: string) => workflowId.split('/').map(encodeURIComponent).join('/');

/**
 * One procedure of any kind (row, journal, tasks with the reader's actions), a dossier document upload
 * (with its cadre, issue day and year) and the kit's dossier commands.
 */
export function dossierEndpoints(api: ApiClient) {
  return {
    procedure: (workflowId: string, signal?: AbortSignal) =>
      api.getFresh<ProcedureDetail>(`${V1}/procedures/${procedurePath(workflowId)}`, undefined, signal),
    uploadDossierDocument: (kind: DocumentKind, file: File, fields: DossierUploadFields) => {
      const query = new URLSearchParams({
        kind,
        fileName: file.name,
        cadreId: fields.cadreId,
        issuedOn: fields.issuedOn,
        ...(fields.periodYear !== undefined ? { periodYear: String(fields.periodYear) } : {}),
      });
      return api.postRaw<StoredDocument>(
        `${V1}/documents?${query.toString()}`,
        file,
        file.type || 'application/octet-stream',
      );
    },
    addDossierDocuments: (workflowId: string, documentIds: string[]) =>
      api.post<ProcedureStatusBase>(`${V1}/procedures/${procedurePath(workflowId)}/dossier/documents`, {
        documentIds,
      }),
    grantDossierException: (workflowId: string, reason: string) =>
      api.post<ProcedureStatusBase>(`${V1}/procedures/${procedurePath(workflowId)}/dossier/exception`, {
        reason,
      }),
  };
}
