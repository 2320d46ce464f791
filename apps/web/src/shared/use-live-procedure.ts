import { useState } from 'react';
import { ApiError } from '../api/client';
import { usePoller } from './use-poller';

/**
 * One procedure's page, kept live: polls `fetch` (answered 304 when unchanged) while `live(current)`
 * holds, and keeps the feedback of the last command the user gave on it. The same for every kind's page.
 */
export function useLiveProcedure<T extends { id: string }>(
  id: string,
  fetch: (id: string, signal: AbortSignal) => Promise<{ data: T; changed: boolean }>,
  live: (current: T) => boolean,
) {
  const [view, setView] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [feedback, setFeedback] = useState<{ id: string; message: string } | null>(null);
  const [checkedAt, setCheckedAt] = useState(() => Date.now());

  const load = async (signal: AbortSignal) => {
    try {
      const { data, changed } = await fetch(id, signal);
      setError(null);
      setCheckedAt(Date.now());
      if (changed) setView(data);
    } catch (e) {
      if ((e as Error).name !== 'AbortError') setError(e);
      throw e;
    }
  };
  const current = view?.id === id ? view : null;
  const { refreshNow } = usePoller(load, { key: id, enabled: !current || live(current) });
  /** A command succeeded: say so beside the procedure and read it again at once. */
  const done = (message: string) => {
    setFeedback({ id, message });
    void refreshNow();
  };
  return {
    current,
    error,
    notFound: error instanceof ApiError && error.status === 404,
    checkedAt,
    refreshNow,
    feedback: feedback?.id === id ? feedback : null,
    done,
  };
}
