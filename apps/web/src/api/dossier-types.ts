/** The dossier checklist's shapes as the panel uses them: all from libs/contracts (types only). */
export type {
  DocumentKind,
  DossierChecklist,
  DossierItemCheck,
  ProcedureDossier,
  ProcedureStatusBase,
  StoredDocument,
} from '@personnel/contracts';

/** What an upload of a dossier kind names beside its bytes (POST /api/v1/documents query). */
export interface DossierUploadFields {
  cadreId: string;
  issuedOn: string;
  periodYear?: number;
}
