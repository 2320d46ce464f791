import { describe, expect, it } from 'vitest';
import { landingPath } from './app';
import { conferenceIndexOf, taskPath } from './procedure-paths';

describe('where the panel lands and links', () => {
  it('lands those who take tasks on the task inbox, everyone else on the nominations', () => {
    expect(landingPath({ roles: ['approver'] })).toBe('/tasks');
    expect(landingPath({ roles: ['leader', 'approver'] })).toBe('/tasks');
    expect(landingPath({ roles: ['org_office'] })).toBe('/tasks');
    expect(landingPath({ roles: ['hr_officer'] })).toBe('/nominations');
    expect(landingPath({ roles: ['viewer'] })).toBe('/nominations');
  });

  it('sends a conference task to its screen (step index from conference-<i>), any other to the procedure', () => {
    expect(conferenceIndexOf('conference-3')).toBe(3);
    expect(conferenceIndexOf('conference-11')).toBe(11);
    expect(conferenceIndexOf('r1-org-office')).toBeNull();
    const workflowId = 'appointment/DH-QA-CT-UBND/1';
    expect(taskPath({ workflowId, taskKey: 'conference-2' })).toBe('/appointments/DH-QA-CT-UBND/1/conferences/2');
    expect(taskPath({ workflowId, taskKey: 'r1-org-office' })).toBe('/appointments/DH-QA-CT-UBND/1?task=r1-org-office');
  });
});
