/**
 * The API's shapes as the panel uses them: everything read comes from libs/contracts (type imports only,
 * so nothing of ours is bundled into the panel). Request bodies the contracts do not name as such are
 * written here from the API's DTOs (see the OpenAPI document, /api/docs-json).
 */
import type { DecisionKind, LegalBasis } from '@personnel/contracts';

export type {
  ApiErrorBody,
  FieldProblemDetail,
  AuthConfigResponse,
  AuthenticatedUser,
  CadreDetail,
  CadreView,
  EligibilityResult,
  LoginResponse,
  OfficialDocumentList,
  OfficialDocumentView,
  Page,
  CursorPage,
  PostView,
  Role,
  RuleCheck,
  TimelineEntry,
} from '@personnel/contracts';

export interface EligibilityRequest {
  cadreId: string;
  postId: string;
  kind: DecisionKind;
  asOf?: string;
  legalBasis?: LegalBasis;
}
