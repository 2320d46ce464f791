import { useEffect, useState } from 'react';
import type { UserDirectoryEntry } from '../api/appointment-types';
import { useAuth } from '../auth/auth';

/** Everyone the user directory lists (GET /users), loaded once per page: pickers filter it by role. */
export function useUserDirectory(): { users: UserDirectoryEntry[] | null; error: unknown } {
  const { api } = useAuth();
  const [state, setState] = useState<{ users: UserDirectoryEntry[] | null; error: unknown }>({
    users: null,
    error: null,
  });
  useEffect(() => {
    const controller = new AbortController();
    api.users({}, controller.signal).then(
      (users) => setState({ users, error: null }),
      (error: unknown) => {
        if ((error as Error).name !== 'AbortError') setState({ users: [], error });
      },
    );
    return () => controller.abort();
  }, [api]);
  return state;
}

export function userLabel(users: readonly UserDirectoryEntry[] | null, username: string): string {
  const user = users?.find((u) => u.username === username);
  return user ? `${user.fullName} (${username})` : username;
}
