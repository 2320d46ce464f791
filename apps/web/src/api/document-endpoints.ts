import type { OfficialDocumentList } from '@personnel/contracts';
import type { ApiClient } from './client';

const V1 = '/api/v1';

/** The official documents of any procedure: the list, and each PDF (with the token, so not a plain link). */
export function documentEndpoints(api: ApiClient) {
  return {
    procedureDocuments: (workflowId: string, signal?: AbortSignal) =>
      api.get<OfficialDocumentList>(`${V1}/procedures/${workflowId}/documents`, undefined, signal),
    /** `path` is the list's previewPath or downloadPath. */
    documentPdf: (path: string) => api.getBlob(path),
  };
}
