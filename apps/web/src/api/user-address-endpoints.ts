import type { UserAddressView } from '@personnel/contracts';
import type { ApiClient } from './client';

export type { UserAddressView };

const USERS = '/api/v1/users';

/** Users' mail addresses (administrators): the list, and one address set or removed. */
export function userAddressEndpoints(api: ApiClient) {
  return {
    userAddresses: (query: { q?: string; missing?: boolean; limit?: number }, signal?: AbortSignal) =>
      api.get<UserAddressView[]>(`${USERS}/addresses`, query, signal),
    setUserEmail: (username: string, email: string | null) =>
      api.put<UserAddressView>(`${USERS}/${encodeURIComponent(username)}/email`, { email }),
  };
}
