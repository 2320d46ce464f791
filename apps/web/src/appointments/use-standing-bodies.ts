import { useEffect, useState } from 'react';
import type { StandingBodyView } from '../api/standing-body-endpoints';
import { useAuth } from '../auth/auth';

/**
 * The active standing bodies of the registry the user may use (the API answers those of their scope),
 * for a start form's conference pickers; none while they load or when the registry cannot be read, so
 * the form falls back to naming members one by one.
 */
export function useActiveStandingBodies(): readonly StandingBodyView[] {
  const { api } = useAuth();
  const [bodies, setBodies] = useState<readonly StandingBodyView[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    api.standingBodies({ active: true }, controller.signal).then(setBodies, () => setBodies([]));
    return () => controller.abort();
  }, [api]);
  return bodies;
}
