import { describe, expect, it } from 'vitest';
import type { Role } from '../api/types';
import { can } from './permissions';
import { clearSession, readSession, writeSession } from './session';

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

describe('the session in sessionStorage', () => {
  it('keeps the token until it expires', () => {
    writeSession('tok', 60, sessionStorage, 1_000);
    expect(readSession(sessionStorage, 1_000)).toEqual({ accessToken: 'tok', expiresAt: 61_000 });
    expect(readSession(sessionStorage, 61_000)).toBeNull();
    expect(sessionStorage.length).toBe(0);
  });

  it('forgets it on sign-out and ignores a damaged entry', () => {
    writeSession('tok', 60);
    clearSession();
    expect(readSession()).toBeNull();
    sessionStorage.setItem('personnel.session', '{not json');
    expect(readSession()).toBeNull();
  });
});
