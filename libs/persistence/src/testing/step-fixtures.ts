/** Step inputs shaped as the nomination workflow sends them, for tests of the journal and its activity. */
import type { RecordNominationStepInput } from '@personnel/contracts';

/** A step input as the nomination workflow would send it. */
export function stepInput(overrides: Partial<RecordNominationStepInput> = {}): RecordNominationStepInput {
  const workflowId = overrides.workflowId ?? 'nomination/CB-0001/QA-CT/1';
  return {
    workflowId,
    runId: 'run-1',
    stepKey: 'proposed',
    seq: 0,
    actor: 'U-HR',
    kind: 'proposed',
    payload: { approverIds: ['U-1', 'U-2'] },
    occurredAt: '2026-03-02T02:00:00.000Z',
    nomination: {
      cadreId: workflowId.split('/')[1],
      postId: workflowId.split('/')[2],
      proposedBy: 'U-HR',
      approverIds: ['U-1', 'U-2'],
      state: 'pending',
      currentApproverId: 'U-1',
      proposedAt: '2026-03-02T02:00:00.000Z',
    },
    ...overrides,
  };
}

export function decisionInput(
  seq: number,
  approverId: string,
  state: 'pending' | 'approved' | 'rejected',
  next: string | null,
  workflowId?: string,
) {
  const base = stepInput(workflowId ? { workflowId } : {});
  return stepInput({
    workflowId: base.workflowId,
    stepKey: `decision/${seq}/${approverId}`,
    seq,
    actor: approverId,
    kind: 'decision',
    payload: { decision: state === 'rejected' ? 'reject' : 'approve' },
    occurredAt: `2026-03-0${2 + seq}T02:00:00.000Z`,
    nomination: { ...base.nomination, state, currentApproverId: next },
  });
}
