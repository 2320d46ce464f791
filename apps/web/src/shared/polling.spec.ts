import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPoller, type Visibility } from './polling';

function fakeVisibility(hidden = false) {
  const listeners = new Set<() => void>();
  const visibility: Visibility & { set(hidden: boolean): void } = {
    isHidden: () => hidden,
    subscribe: (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    set(next) {
      hidden = next;
      listeners.forEach((cb) => cb());
    },
  };
  return visibility;
}

describe('the poller', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at once, then every interval', async () => {
    const task = vi.fn(() => Promise.resolve());
    const poller = createPoller({ task, intervalMs: 1000, visibility: fakeVisibility() });
    poller.start();
    expect(task).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(task).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(3000);
    expect(task).toHaveBeenCalledTimes(5);
    poller.stop();
  });

  it('never runs two at once: the interval counts from the end of a slow request', async () => {
    let finish: () => void = () => undefined;
    const task = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const poller = createPoller({ task, intervalMs: 1000, visibility: fakeVisibility() });
    poller.start();
    await vi.advanceTimersByTimeAsync(5000);
    expect(task).toHaveBeenCalledTimes(1);
    void poller.refreshNow();
    expect(task).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    // refreshNow waited for the one in flight, then ran once more.
    expect(task).toHaveBeenCalledTimes(2);
    poller.stop();
  });

  it('pauses while the tab is hidden and refreshes as soon as it is visible again', async () => {
    const visibility = fakeVisibility();
    const paused = vi.fn();
    const task = vi.fn(() => Promise.resolve());
    const poller = createPoller({ task, intervalMs: 1000, visibility, onPausedChange: paused });
    poller.start();
    await vi.advanceTimersByTimeAsync(0);
    visibility.set(true);
    expect(paused).toHaveBeenLastCalledWith(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(task).toHaveBeenCalledTimes(1);
    visibility.set(false);
    expect(paused).toHaveBeenLastCalledWith(false);
    expect(task).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(task).toHaveBeenCalledTimes(3);
    poller.stop();
  });

  it('does not start polling a tab that is hidden from the start', async () => {
    const task = vi.fn(() => Promise.resolve());
    const poller = createPoller({ task, intervalMs: 1000, visibility: fakeVisibility(true) });
    poller.start();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(task).not.toHaveBeenCalled();
    poller.stop();
  });

  it('backs off while the task fails, and returns to the interval after a success', async () => {
    let fail = true;
    const task = vi.fn(() => (fail ? Promise.reject(new Error('503')) : Promise.resolve()));
    const poller = createPoller({ task, intervalMs: 1000, maxBackoffMs: 8000, visibility: fakeVisibility() });
    poller.start(); // t=0 fails
    await vi.advanceTimersByTimeAsync(2000); // t=2000 fails (waited 2 s)
    expect(task).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(4000); // t=6000 fails (waited 4 s)
    expect(task).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(8000); // t=14000 (capped at 8 s)
    expect(task).toHaveBeenCalledTimes(4);
    fail = false;
    await vi.advanceTimersByTimeAsync(8000); // succeeds
    expect(task).toHaveBeenCalledTimes(5);
    await vi.advanceTimersByTimeAsync(1000); // back to every second
    expect(task).toHaveBeenCalledTimes(6);
    poller.stop();
  });

  it('aborts the request in flight and schedules nothing once stopped', async () => {
    let seen: AbortSignal | undefined;
    const task = vi.fn((signal: AbortSignal) => {
      seen = signal;
      return new Promise<void>((_, reject) =>
        signal.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    });
    const poller = createPoller({ task, intervalMs: 1000, visibility: fakeVisibility() });
    poller.start();
    poller.stop();
    expect(seen?.aborted).toBe(true);
    expect(poller.running).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
