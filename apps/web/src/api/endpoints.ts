import { appointmentEndpoints } from './appointment-endpoints';
import type { ApiClient } from './client';
import type {
  AuthenticatedUser,
  CadreDetail,
  CadreView,
  DecisionRequest,
  DecisionResponse,
  EligibilityRequest,
  EligibilityResult,
  LoginResponse,
  NominationDetail,
  NominationListQuery,
  NominationView,
  Page,
  PostView,
  StartNominationRequest,
  StartNominationResponse,
} from './types';

const V1 = '/api/v1';

/** A nomination id contains slashes; the API takes it URL-encoded as one path segment. */
export const nominationUrl = (id: string) => `${V1}/nominations/${encodeURIComponent(id)}`;

/** Every endpoint of the API the panel uses, typed. Nothing here exists only in the panel. */
export function endpoints(api: ApiClient) {
  return {
    login: (username: string, password: string) =>
      api.post<LoginResponse>(`${V1}/auth/login`, { username, password }),
    me: (signal?: AbortSignal) => api.get<AuthenticatedUser>(`${V1}/auth/me`, undefined, signal),

    listNominations: (query: NominationListQuery, signal?: AbortSignal) =>
      api.getFresh<Page<NominationView>>(`${V1}/nominations`, { ...query }, signal),
    nomination: (id: string, signal?: AbortSignal) =>
      api.getFresh<NominationDetail>(nominationUrl(id), undefined, signal),
    decide: (id: string, body: DecisionRequest) =>
      api.post<DecisionResponse>(`${nominationUrl(id)}/decisions`, body),
    withdraw: (id: string, body: { reason: string }) =>
      api.post<unknown>(`${nominationUrl(id)}/withdraw`, body),
    startNomination: (body: StartNominationRequest) =>
      api.post<StartNominationResponse>(`${V1}/nominations`, body),

    searchCadres: (query: { q?: string; limit: number; offset: number }, signal?: AbortSignal) =>
      api.get<Page<CadreView>>(`${V1}/cadres`, query, signal),
    cadre: (id: string, signal?: AbortSignal) =>
      api.get<CadreDetail>(`${V1}/cadres/${encodeURIComponent(id)}`, undefined, signal),
    searchPosts: (
      query: { q?: string; limit: number; offset?: number; active?: boolean },
      signal?: AbortSignal,
    ) => api.get<Page<PostView>>(`${V1}/posts`, query, signal),
    post: (id: string, signal?: AbortSignal) =>
      api.get<PostView>(`${V1}/posts/${encodeURIComponent(id)}`, undefined, signal),
    eligibility: (body: EligibilityRequest) => api.post<EligibilityResult>(`${V1}/eligibility`, body),
    ...appointmentEndpoints(api),
  };
}

export type Endpoints = ReturnType<typeof endpoints>;
