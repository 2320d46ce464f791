/**
 * The API's shapes as the panel uses them: everything read comes from libs/contracts (type imports only,
 * so nothing of ours is bundled into the panel). Request bodies the contracts do not name as such are
 * written here from the API's DTOs (see the OpenAPI document, /api/docs-json).
 */
import type { DecisionKind, DecisionVerdict, LegalBasis, NominationState } from '@personnel/contracts';

export type {
  ApiErrorBody,
  AuthenticatedUser,
  CadreDetail,
  CadreView,
  EligibilityResult,
  LoginResponse,
  NominationDetail,
  NominationState,
  NominationView,
  Page,
  PostView,
  Role,
  RuleCheck,
  TimelineEntry,
} from '@personnel/contracts';

/** POST /api/v1/nominations. The proposer is the signed-in user, never a field. */
export interface StartNominationRequest {
  cadreId: string;
  postId: string;
  approverIds: string[];
  unitCode?: string;
}

export interface StartNominationResponse {
  id: string;
  state: 'pending';
  runId: string;
  recorded: boolean;
}

/** POST /api/v1/nominations/:id/decisions. The approver is the signed-in user, never a field. */
export interface DecisionRequest {
  decision: DecisionVerdict;
  comment?: string;
}

export interface DecisionResponse {
  accepted: true;
  state: NominationState;
  nextApproverId: string | null;
}

export interface EligibilityRequest {
  cadreId: string;
  postId: string;
  kind: DecisionKind;
  asOf?: string;
  legalBasis?: LegalBasis;
}

export interface NominationListQuery {
  state?: NominationState;
  approverId?: string;
  awaitingApproverId?: string;
  cadreId?: string;
  limit?: number;
  offset?: number;
}
