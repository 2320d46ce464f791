import { useCallback, useEffect, useRef, useState } from 'react';
import { createPoller, type Poller } from './polling';

/** Polling interval of the inbox and of an open nomination. */
export const POLL_INTERVAL_MS = 4000;

/**
 * Runs `task` now and then every `intervalMs` while the tab is visible. A new `key` (other filters,
 * another nomination) starts over at once; `enabled: false` stops (e.g. a finished nomination).
 */
export function usePoller(
  task: (signal: AbortSignal) => Promise<void>,
  {
    key,
    enabled = true,
    intervalMs = POLL_INTERVAL_MS,
  }: { key: string; enabled?: boolean; intervalMs?: number },
) {
  const taskRef = useRef(task);
  useEffect(() => {
    taskRef.current = task;
  });
  const pollerRef = useRef<Poller | undefined>(undefined);
  const [paused, setPaused] = useState(false);

  useEffect(() => {
    if (!enabled) return undefined;
    const poller = createPoller({
      task: (signal) => taskRef.current(signal),
      intervalMs,
      onPausedChange: setPaused,
    });
    pollerRef.current = poller;
    poller.start();
    return () => {
      poller.stop();
      if (pollerRef.current === poller) pollerRef.current = undefined;
    };
  }, [key, enabled, intervalMs]);

  const refreshNow = useCallback(
    () => pollerRef.current?.refreshNow() ?? taskRef.current(new AbortController().signal),
    [],
  );
  return { paused, refreshNow };
}
