import type { ApiClient } from './client';
import type {
  AddPlanCandidateRequest,
  DecidePlanRequest,
  PlanCandidateCheck,
  PlanList,
  PlanListQuery,
  PlanView,
  RemovePlanCandidateRequest,
  StartPlanRequest,
  SubmitPlanRequest,
  WithdrawPlanRequest,
} from './plan-types';

const V1 = '/api/v1';

/** `plan/<unit>/<term>` → `/api/v1/plans/<unit>/<term>` (each part encoded). */
export function planUrl(id: string): string {
  const [, unitCode = '', term = ''] = id.split('/');
  return `${V1}/plans/${encodeURIComponent(unitCode)}/${encodeURIComponent(term)}`;
}

/**
 * The planning procedure: the list, the start, the board and its commands. Its two conferences go
 * through the conference routes every kind has (appointment-endpoints: conference, recordAttendance…).
 */
export function planEndpoints(api: ApiClient) {
  const command =
    <B>(path: string) =>
    (id: string, body: B) =>
      api.post<PlanView>(`${planUrl(id)}/${path}`, body);
  return {
    listPlans: (query: PlanListQuery, signal?: AbortSignal) =>
      api.getFresh<PlanList>(`${V1}/plans`, { ...query }, signal),
    startPlan: (body: StartPlanRequest) => api.post<PlanView>(`${V1}/plans`, body),
    plan: (id: string, signal?: AbortSignal) => api.getFresh<PlanView>(planUrl(id), undefined, signal),
    /** The rules for one candidate, nothing changed: the board's live check before adding. */
    checkPlanCandidate: (id: string, body: AddPlanCandidateRequest, signal?: AbortSignal) =>
      api.post<PlanCandidateCheck>(`${planUrl(id)}/candidates/check`, body, signal),
    addPlanCandidate: command<AddPlanCandidateRequest>('candidates'),
    removePlanCandidate: command<RemovePlanCandidateRequest>('candidates/remove'),
    submitPlan: command<SubmitPlanRequest>('submit'),
    decidePlan: command<DecidePlanRequest>('decide'),
    withdrawPlan: command<WithdrawPlanRequest>('withdraw'),
  };
}
