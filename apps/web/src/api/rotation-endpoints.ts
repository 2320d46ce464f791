import type { ApiClient } from './client';
import type {
  EndEarlyRequest,
  EndOfTermRequest,
  EvaluateRotationRequest,
  HandOverRequest,
  RotationBatchView,
  RotationDecisionRequest,
  RotationList,
  RotationListQuery,
  RotationPage,
  RotationPlan,
  RotationPlanRequest,
  RotationStatus,
  RotationView,
  StartRotationBatchRequest,
  StartRotationRequest,
  UnitView,
} from './rotation-types';
import type { Page } from './types';

const V1 = '/api/v1';

/** `rotation/<cadre>/<n>` → `/api/v1/rotations/<cadre>/<n>` (each part encoded). */
export function rotationUrl(id: string): string {
  const [, cadreId = '', n = ''] = id.split('/');
  return `${V1}/rotations/${encodeURIComponent(cadreId)}/${encodeURIComponent(n)}`;
}

/**
 * The rotation procedure (one rotation and its commands), batches of rotations and the planner's dry run.
 * Sign-off tasks go through the one task API of every kind (appointment-endpoints: claimTask, decideTask…).
 */
export function rotationEndpoints(api: ApiClient) {
  const command =
    <B>(path: string) =>
    (id: string, body: B) =>
      api.post<RotationStatus>(`${rotationUrl(id)}/${path}`, body);
  return {
    startRotation: (body: StartRotationRequest) => api.post<RotationView>(`${V1}/rotations`, body),
    listRotations: (query: RotationListQuery, signal?: AbortSignal) =>
      api.getFresh<RotationList>(`${V1}/rotations`, { ...query }, signal),
    rotation: (id: string, signal?: AbortSignal) =>
      api.getFresh<RotationPage>(rotationUrl(id), undefined, signal),
    grantRotationException: command<{ reason: string }>('exception'),
    resubmitRotation: command<{ comment: string }>('resubmit'),
    withdrawRotation: command<{ reason: string }>('withdraw'),
    issueRotationDecision: command<RotationDecisionRequest>('decision'),
    confirmHandOver: command<HandOverRequest>('hand-over'),
    evaluateRotation: command<EvaluateRotationRequest>('evaluations'),
    decideRotationEnd: command<EndOfTermRequest>('end-of-term'),
    endRotationEarly: command<EndEarlyRequest>('early-end'),

    startRotationBatch: (body: StartRotationBatchRequest) =>
      api.post<RotationBatchView>(`${V1}/rotation-batches`, body),
    rotationBatch: (id: string, signal?: AbortSignal) =>
      api.getFresh<RotationBatchView>(`${V1}/rotation-batches/${encodeURIComponent(id)}`, undefined, signal),
    listRotationBatches: (signal?: AbortSignal) =>
      api.get<{ items: RotationBatchView[] }>(`${V1}/rotation-batches`, undefined, signal),
    planRotations: (body: RotationPlanRequest, signal?: AbortSignal) =>
      api.post<RotationPlan>(`${V1}/rotation-plans`, body, signal),

    /** Units to choose a plan's scope from (GET /api/v1/units allows at most 100 a page). */
    units: (query: { q?: string; limit: number; offset?: number; active?: boolean }, signal?: AbortSignal) =>
      api.get<Page<UnitView>>(`${V1}/units`, query, signal),
  };
}
