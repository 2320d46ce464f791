import { describe, expect, it } from 'vitest';
import { landingPath } from './app';
import { conferenceIndexOf, reconveneIndexOf, taskPath } from './procedure-paths';

describe('where the panel lands and links', () => {
  it('lands those who take tasks on the task inbox, everyone else on the procedures', () => {
    expect(landingPath({ roles: ['approver'] })).toBe('/tasks');
    expect(landingPath({ roles: ['leader', 'approver'] })).toBe('/tasks');
    expect(landingPath({ roles: ['org_office'] })).toBe('/tasks');
    expect(landingPath({ roles: ['hr_officer'] })).toBe('/appointments');
    expect(landingPath({ roles: ['viewer'] })).toBe('/appointments');
  });

  it('sends a conference task to its screen (step index from conference-<i>), any other to the procedure', () => {
    expect(conferenceIndexOf('conference-3')).toBe(3);
    expect(conferenceIndexOf('conference-11')).toBe(11);
    expect(conferenceIndexOf('r1-org-office')).toBeNull();
    expect(conferenceIndexOf('reconvene-1-a1')).toBeNull();
    const workflowId = 'appointment/DH-QA-CT-UBND/1';
    expect(taskPath({ workflowId, taskKey: 'conference-2' })).toBe(
      '/appointments/DH-QA-CT-UBND/1/conferences/2',
    );
    expect(taskPath({ workflowId, taskKey: 'r1-org-office' })).toBe(
      '/appointments/DH-QA-CT-UBND/1?task=r1-org-office',
    );
  });

  it('finds the step of a conference convened again (conference-<i>-a<n>), as conferenceStepOfTask does', () => {
    expect(conferenceIndexOf('conference-1-a2')).toBe(1);
    expect(conferenceIndexOf('conference-12-a10')).toBe(12);
    for (const key of [
      'conference-1-a',
      'conference-1-2',
      'conference-a2',
      'xconference-1',
      'conference-1-a2x',
    ])
      expect(conferenceIndexOf(key)).toBeNull();
    const workflowId = 'appointment/DH-QA-CT-UBND/1';
    expect(taskPath({ workflowId, taskKey: 'conference-3-a2' })).toBe(
      '/appointments/DH-QA-CT-UBND/1/conferences/3',
    );
  });

  it('keeps a task to convene a conference again on the procedure page, and reads its step', () => {
    expect(reconveneIndexOf('reconvene-1-a1')).toBe(1);
    expect(reconveneIndexOf('reconvene-4-a2')).toBe(4);
    expect(reconveneIndexOf('reconvene-4')).toBeNull();
    expect(reconveneIndexOf('conference-4-a2')).toBeNull();
    const workflowId = 'appointment/DH-QA-CT-UBND/1';
    expect(taskPath({ workflowId, taskKey: 'reconvene-1-a1' })).toBe(
      '/appointments/DH-QA-CT-UBND/1?task=reconvene-1-a1',
    );
  });
});
