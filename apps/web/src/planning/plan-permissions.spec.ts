import { describe, expect, it } from 'vitest';
import { task } from '../test/appointment-fixtures';
import { composeTask, planView } from '../test/plan-fixtures';
import {
  conferenceTasks,
  decisionTask,
  hasPlanActions,
  mayCompose,
  mayDecide,
  mayWithdrawPlan,
} from './plan-permissions';

const decision = task({
  workflowId: 'plan/DH-QA/2025-2030',
  taskKey: 'decision',
  kind: 'decision',
  actions: ['act'],
});

describe('what the board offers', () => {
  it('lets HR compose only through an open revision task with `act`, while drawing up or reviewing', () => {
    expect(mayCompose(planView())).toBe(true);
    expect(mayCompose(planView({ stage: 'review' }))).toBe(true);
    expect(mayCompose(planView({ stage: 'collective_vote' }))).toBe(false);
    expect(mayCompose(planView({ tasks: [composeTask({ actions: ['delegate'] })] }))).toBe(false);
  });

  it('lets the signer decide only through the open decision task, at an approval stage', () => {
    expect(mayDecide(planView({ stage: 'approval', tasks: [decision] }))).toBe(true);
    expect(mayDecide(planView({ stage: 'review_approval', tasks: [decision] }))).toBe(true);
    expect(mayDecide(planView({ stage: 'drafting', tasks: [decision] }))).toBe(false);
    expect(mayDecide(planView({ stage: 'approval', tasks: [{ ...decision, actions: [] }] }))).toBe(false);
    expect(decisionTask(planView({ stage: 'approval', tasks: [decision] }))?.taskKey).toBe('decision');
  });

  it('links the secretary to an open conference, and lets only the proposer withdraw a plan being drawn up', () => {
    const conference = task({
      workflowId: 'plan/DH-QA/2025-2030',
      taskKey: 'conference-1',
      kind: 'conference',
      actions: ['act'],
      conferenceId: 'plan/DH-QA/2025-2030/conference/1',
    });
    expect(conferenceTasks(planView({ stage: 'key_cadre_vote', tasks: [conference] }))).toHaveLength(1);
    expect(mayWithdrawPlan(planView(), 'U-HR-01')).toBe(true);
    expect(mayWithdrawPlan(planView(), 'U-HR-02')).toBe(false);
    expect(mayWithdrawPlan(planView({ state: 'in_force', stage: 'review' }), 'U-HR-01')).toBe(false);
    expect(hasPlanActions(planView({ stage: 'published', state: 'in_force', tasks: [] }), 'U-HR-01')).toBe(
      false,
    );
  });
});
