import type {
  AppointmentStartDefaults,
  CreateStandingBodyRequest,
  StandingBodyKind,
  StandingBodyView,
  UpdateStandingBodyRequest,
} from '@personnel/contracts';
import type { ApiClient } from './client';

export type {
  AppointmentStartDefaults,
  CreateStandingBodyRequest,
  SignOffTemplateView,
  StandingBodyKind,
  StandingBodyMember,
  StandingBodyRole,
  StandingBodyView,
  UpdateStandingBodyRequest,
} from '@personnel/contracts';

const V1 = '/api/v1';

/** The registry's standing bodies, and what the start form takes from the registry once a post is chosen. */
export function standingBodyEndpoints(api: ApiClient) {
  return {
    standingBodies: (
      query: { unitCode?: string; kind?: StandingBodyKind; active?: boolean } = {},
      signal?: AbortSignal,
    ) => api.get<StandingBodyView[]>(`${V1}/standing-bodies`, query, signal),
    createStandingBody: (body: CreateStandingBodyRequest) =>
      api.post<StandingBodyView>(`${V1}/standing-bodies`, body),
    updateStandingBody: (id: string, body: UpdateStandingBodyRequest) =>
      api.put<StandingBodyView>(`${V1}/standing-bodies/${encodeURIComponent(id)}`, body),
    appointmentStartDefaults: (postId: string, signal?: AbortSignal) =>
      api.get<AppointmentStartDefaults>(`${V1}/appointments/start-defaults`, { postId }, signal),
  };
}
