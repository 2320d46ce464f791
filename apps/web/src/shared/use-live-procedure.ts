import { useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { PendingAnswers } from './pending-answers';
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
  const pending = useRef(new PendingAnswers<(view: T) => T>());

  const load = async (signal: AbortSignal) => {
    const read = pending.current.beginRead();
    try {
      const { data, changed } = await fetch(id, signal);
      setError(null);
      setCheckedAt(Date.now());
      const ahead = pending.current.settle(read);
      if (changed) setView(ahead.reduce((v, apply) => apply(v), data));
    } catch (e) {
      if ((e as Error).name !== 'AbortError') setError(e);
      throw e;
    }
  };
  const current = view?.id === id ? view : null;
  const { refreshNow } = usePoller(load, { key: id, enabled: !current || live(current) });
  /**
   * A command succeeded: say so beside the procedure, show at once what its answer tells (`apply`: a
   * task command's changed tasks, state and stage), and read the rest (journal, steps, tasks it opened)
   * in the background. Without `apply` the page shows the command once that read answers.
   */
  const done = (message: string, apply?: (view: T) => T) => {
    setFeedback({ id, message });
    if (apply) {
      pending.current.add(apply);
      setView((v) => (v?.id === id ? apply(v) : v));
    }
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
