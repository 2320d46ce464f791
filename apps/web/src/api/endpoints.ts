import { appointmentEndpoints } from './appointment-endpoints';
import type { ApiClient } from './client';
import { planEndpoints } from './plan-endpoints';
import { confidenceEndpoints } from './confidence-endpoints';
import { documentEndpoints } from './document-endpoints';
import { dossierEndpoints } from './dossier-endpoints';
import { reportEndpoints } from './report-endpoints';
import { rotationEndpoints } from './rotation-endpoints';
import { trainingEndpoints } from './training-endpoints';
import { webhookEndpoints } from './webhook-endpoints';
import { notificationEndpoints } from './notification-endpoints';
import { standingBodyEndpoints } from './standing-body-endpoints';
import { userAddressEndpoints } from './user-address-endpoints';
import type {
  AuthConfigResponse,
  AuthenticatedUser,
  CadreDetail,
  CadreView,
  EligibilityRequest,
  EligibilityResult,
  LoginResponse,
  Page,
  CursorPage,
  PostView,
} from './types';

const V1 = '/api/v1';

/** Every endpoint of the API the panel uses, typed. Nothing here exists only in the panel. */
export function endpoints(api: ApiClient) {
  return {
    login: (username: string, password: string) =>
      api.post<LoginResponse>(`${V1}/auth/login`, { username, password }),
    me: (signal?: AbortSignal) => api.get<AuthenticatedUser>(`${V1}/auth/me`, undefined, signal),
    authConfig: (signal?: AbortSignal) => api.get<AuthConfigResponse>(`${V1}/auth/config`, undefined, signal),

    /** By offset, or right after a page by its nextCursor (`after`): deep pages cost what the first does. */
    searchCadres: (
      query: { q?: string; limit: number; offset?: number; after?: string },
      signal?: AbortSignal,
    ) => api.get<CursorPage<CadreView>>(`${V1}/cadres`, query, signal),
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
    ...reportEndpoints(api),
    ...rotationEndpoints(api),
    ...planEndpoints(api),
    ...trainingEndpoints(api),
    ...confidenceEndpoints(api),
    ...documentEndpoints(api),
    ...dossierEndpoints(api),
    ...webhookEndpoints(api),
    ...notificationEndpoints(api),
    ...standingBodyEndpoints(api),
    ...userAddressEndpoints(api),
  };
}

export type Endpoints = ReturnType<typeof endpoints>;
