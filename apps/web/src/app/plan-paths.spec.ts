import { describe, expect, it } from 'vitest';
import { planUrl } from '../api/plan-endpoints';
import { planIdFrom, planPath } from './plan-paths';
import { conferenceIndexOfTask, conferencePath, procedurePath, taskPath } from './procedure-paths';

describe('a plan’s routes', () => {
  const id = planIdFrom('DH-QA', '2025-2030');

  it('spells the id `plan/<unit>/<term>` out in the panel and in the API', () => {
    expect(id).toBe('plan/DH-QA/2025-2030');
    expect(planPath(id)).toBe('/plans/DH-QA/2025-2030');
    expect(procedurePath(id)).toBe('/plans/DH-QA/2025-2030');
    expect(planUrl(id)).toBe('/api/v1/plans/DH-QA/2025-2030');
    expect(conferencePath(id, 2)).toBe('/plans/DH-QA/2025-2030/conferences/2');
  });

  it('sends a plan’s tasks from the inbox to the board, its conferences to the conference screen', () => {
    expect(taskPath({ workflowId: id, taskKey: 'revision-1', procedureKind: 'plan' })).toBe(
      '/plans/DH-QA/2025-2030?task=revision-1',
    );
    expect(taskPath({ workflowId: id, taskKey: 'conference-1', procedureKind: 'plan' })).toBe(
      '/plans/DH-QA/2025-2030/conferences/1',
    );
    // Whatever key the kind gives a conference task, its child's id names the step.
    expect(conferenceIndexOfTask({ taskKey: 'key-cadres', conferenceId: `${id}/conference/1` })).toBe(1);
    expect(conferenceIndexOfTask({ taskKey: 'decision', conferenceId: null })).toBeNull();
  });
});
