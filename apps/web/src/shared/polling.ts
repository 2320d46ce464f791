/**
 * Keeps a view fresh without a reload: runs `task` every `intervalMs` while the page is visible, never
 * two at once, right away when the page becomes visible again, and backs off (doubling, up to
 * `maxBackoffMs`) while the task fails. Timers and visibility are injected, so tests drive them.
 */
export interface Visibility {
  isHidden(): boolean;
  /** Calls back on every visibility change; returns the unsubscribe. */
  subscribe(onChange: () => void): () => void;
}

export interface PollerOptions {
  task(signal: AbortSignal): Promise<void>;
  intervalMs: number;
  maxBackoffMs?: number;
  visibility?: Visibility;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Told when polling pauses (hidden page) or resumes. */
  onPausedChange?: (paused: boolean) => void;
}

export interface Poller {
  start(): void;
  stop(): void;
  /** Runs the task now (e.g. after the user acted) and restarts the interval from here. */
  refreshNow(): Promise<void>;
  readonly running: boolean;
}

export const documentVisibility: Visibility = {
  isHidden: () => typeof document !== 'undefined' && document.visibilityState === 'hidden',
  subscribe: (onChange) => {
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  },
};

export function createPoller(options: PollerOptions): Poller {
  const visibility = options.visibility ?? documentVisibility;
  const setTimer = options.setTimer ?? ((cb: () => void, ms: number) => setTimeout(cb, ms));
  const clearTimer = options.clearTimer ?? ((h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const maxBackoff = options.maxBackoffMs ?? 60_000;

  let started = false;
  let timer: unknown;
  let inFlight: Promise<void> | undefined;
  let controller: AbortController | undefined;
  let failures = 0;
  let unsubscribe: (() => void) | undefined;
  let paused = false;

  const delay = () => Math.min(options.intervalMs * 2 ** failures, Math.max(maxBackoff, options.intervalMs));

  const cancelTimer = () => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
  };

  const schedule = () => {
    cancelTimer();
    if (!started || visibility.isHidden()) return;
    timer = setTimer(() => {
      timer = undefined;
      void run();
    }, delay());
  };

  const run = (): Promise<void> => {
    if (inFlight) return inFlight;
    if (!started) return Promise.resolve();
    cancelTimer();
    controller = new AbortController();
    const signal = controller.signal;
    inFlight = options
      .task(signal)
      .then(
        () => {
          failures = 0;
        },
        () => {
          if (!signal.aborted) failures += 1;
        },
      )
      .finally(() => {
        inFlight = undefined;
        schedule();
      });
    return inFlight;
  };

  const setPaused = (next: boolean) => {
    if (next === paused) return;
    paused = next;
    options.onPausedChange?.(next);
  };

  const onVisibility = () => {
    if (!started) return;
    if (visibility.isHidden()) {
      setPaused(true);
      cancelTimer();
    } else {
      setPaused(false);
      void run();
    }
  };

  return {
    start() {
      if (started) return;
      started = true;
      unsubscribe = visibility.subscribe(onVisibility);
      if (visibility.isHidden()) setPaused(true);
      else void run();
    },
    stop() {
      started = false;
      cancelTimer();
      controller?.abort();
      unsubscribe?.();
      unsubscribe = undefined;
    },
    refreshNow() {
      if (!started) return Promise.resolve();
      if (inFlight) return inFlight.then(() => run());
      return run();
    },
    get running() {
      return started;
    },
  };
}
