import type { ConferenceStatus, ConferenceView } from './appointment-types';
import type { ApiClient } from './client';
import type {
  ConfidenceTallyRequest,
  ConfidenceVoteList,
  ConfidenceVotePage,
  ConfidenceVoteStatus,
  ConfidenceVoteView,
  StartConfidenceVoteRequest,
  UnitPostHolder,
} from './confidence-types';

const V1 = '/api/v1';

/** `confidence_vote/<unit>/<year>/<n>` → `/api/v1/confidence-votes/<unit>/<year>/<n>` (each part encoded). */
export function confidenceVoteUrl(id: string): string {
  const [, unit = '', year = '', n = ''] = id.split('/');
  return `${V1}/confidence-votes/${[unit, year, n].map(encodeURIComponent).join('/')}`;
}

/**
 * The confidence vote (QĐ 96): start, reads, its own commands and its key-cadre conference. Dismissal
 * proposals are decided on the one task API of every kind (appointment-endpoints: decideTask).
 */
export function confidenceEndpoints(api: ApiClient) {
  return {
    startConfidenceVote: (body: StartConfidenceVoteRequest) =>
      api.post<ConfidenceVoteView>(`${V1}/confidence-votes`, body),
    listConfidenceVotes: (query: { limit: number; offset: number; year?: number }, signal?: AbortSignal) =>
      api.getFresh<ConfidenceVoteList>(`${V1}/confidence-votes`, { ...query }, signal),
    confidenceVote: (id: string, signal?: AbortSignal) =>
      api.getFresh<ConfidenceVotePage>(confidenceVoteUrl(id), undefined, signal),
    unitHolders: (unitCode: string, signal?: AbortSignal) =>
      api.get<UnitPostHolder[]>(`${V1}/confidence-votes/holders`, { unitCode }, signal),
    withdrawConfidenceVote: (id: string, reason: string) =>
      api.post<ConfidenceVoteStatus>(`${confidenceVoteUrl(id)}/withdraw`, { reason }),
    reconveneConfidenceVote: (id: string, reason: string) =>
      api.post<ConfidenceVoteStatus>(`${confidenceVoteUrl(id)}/reconvene`, { reason }),
    confidenceConference: (id: string, signal?: AbortSignal) =>
      api.get<ConferenceView>(`${confidenceVoteUrl(id)}/conference`, undefined, signal),
    confidenceAttendance: (id: string, _index: number, present: string[]) =>
      api.post<ConferenceStatus>(`${confidenceVoteUrl(id)}/conference/attendance`, { present }),
    confidenceTally: (id: string, body: ConfidenceTallyRequest) =>
      api.post<ConferenceStatus>(`${confidenceVoteUrl(id)}/conference/tally`, body),
  };
}
