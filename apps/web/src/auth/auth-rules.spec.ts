import { describe, expect, it, vi } from 'vitest';
import type { Role } from '../api/types';
import { can } from './permissions';
import { clearSession, readSession, SessionHolder, writeSession, type SessionChange } from './session';

const as = (...roles: Role[]) => ({ roles });

describe('what the panel offers to whom (mirrors the API roles; the API decides)', () => {
  it('lets approvers, leaders and the organisation office decide', () => {
    expect(can(as('approver'), 'decide')).toBe(true);
    expect(can(as('leader', 'approver'), 'decide')).toBe(true);
    expect(can(as('org_office'), 'decide')).toBe(true);
    expect(can(as('hr_officer'), 'decide')).toBe(false);
    expect(can(as('viewer'), 'decide')).toBe(false);
  });

  it('lets HR propose, and nobody else but admin', () => {
    expect(can(as('hr_officer'), 'propose')).toBe(true);
    expect(can(as('approver', 'org_office'), 'propose')).toBe(false);
    expect(can(as('viewer'), 'propose')).toBe(false);
  });

  it('lets admin pass every role check, and nobody act when signed out', () => {
    expect(can(as('admin'), 'decide')).toBe(true);
    expect(can(as('admin'), 'propose')).toBe(true);
    expect(can(null, 'decide')).toBe(false);
  });
});

describe('the session in localStorage, shared by the tabs of the browser', () => {
  it('keeps the token until it expires', () => {
    writeSession('tok', 60, localStorage, 1_000);
    expect(readSession(localStorage, 1_000)).toEqual({ accessToken: 'tok', expiresAt: 61_000 });
    expect(readSession(localStorage, 61_000)).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('forgets it on sign-out and ignores a damaged entry', () => {
    writeSession('tok', 60);
    clearSession();
    expect(readSession()).toBeNull();
    localStorage.setItem('personnel.session', '{not json');
    expect(readSession()).toBeNull();
  });

  /** What another tab's write looks like to this one: the browser's `storage` event. */
  const fromOtherTab = (key: string | null) => window.dispatchEvent(new StorageEvent('storage', { key }));

  it("follows another tab's sign-out and sign-in while someone listens", () => {
    writeSession('tok-1', 3600);
    const holder = new SessionHolder();
    const changes: SessionChange[] = [];
    const stop = holder.subscribe((change) => changes.push(change));
    expect(holder.token).toBe('tok-1');

    clearSession();
    fromOtherTab('personnel.session');
    expect(holder.signedIn).toBe(false);

    writeSession('tok-2', 3600);
    fromOtherTab('personnel.session');
    expect(holder.token).toBe('tok-2');
    // Another key (the language) changes nothing; neither does the same token written again.
    fromOtherTab('personnel.locale');
    fromOtherTab('personnel.session');
    expect(changes).toEqual(['signedOutElsewhere', 'signedInElsewhere']);

    stop();
    clearSession();
    fromOtherTab('personnel.session');
    expect(holder.token).toBe('tok-2');
  });

  it('ends the session when its expiry comes, without waiting for a refusal of the API', () => {
    vi.useFakeTimers();
    try {
      writeSession('tok', 60);
      const holder = new SessionHolder();
      const changes: SessionChange[] = [];
      holder.subscribe((change) => changes.push(change));
      vi.advanceTimersByTime(59_000);
      expect(holder.signedIn).toBe(true);
      vi.advanceTimersByTime(1_000);
      expect(holder.signedIn).toBe(false);
      expect(changes).toEqual(['expired']);
      expect(localStorage.getItem('personnel.session')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
