/**
 * Baseline of the benchmark: the shape of the nomination workflow with one approver and nothing else.
 * A no-op activity (the proposal), then one validated Update whose handler waits for the proposal and
 * runs a no-op activity (the decision), then the workflow returns once that handler has finished.
 * No search attributes, no memo, no Postgres: what is left is Temporal's own cost. Imports only the SDK.
 */
import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  defineUpdate,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
} from '@temporalio/workflow';

export interface BareInput {
  /**
   * How the decision's no-op runs: an activity task (default, every bench's baseline before the journal
   * became a local activity) or a local activity, the way the appointment writes its journal since.
   */
  decisionBy?: 'task' | 'local';
  cadreId: string;
  postId: string;
  approverIds: string[];
  proposedBy: string;
  proposedAt: string;
}

export interface BareDecision {
  approverId: string;
  decision: 'approve' | 'reject';
}

export interface BareDecisionResult {
  accepted: true;
  state: 'approved' | 'rejected';
}

export interface BareActivities {
  noop(step: string): Promise<void>;
}

export const bareDecideUpdate = defineUpdate<BareDecisionResult, [BareDecision]>('decide');
/**
 * Answers once the proposal's activity completed: sent with the start (update-with-start), it is the
 * bare start "answered with its proposal recorded" the appointment bench compares the API's start with.
 * Registering it adds no command: the other benches, which never send it, run as before.
 */
export const bareProposedUpdate = defineUpdate<{ proposed: true }, []>('proposed');

const { noop } = proxyActivities<BareActivities>({ startToCloseTimeout: '30 seconds' });
const local = proxyLocalActivities<BareActivities>({ startToCloseTimeout: '30 seconds' });

export async function bareWorkflow(input: BareInput): Promise<BareDecisionResult['state']> {
  let proposed = false;
  let verdict: BareDecision['decision'] | undefined;

  setHandler(
    bareDecideUpdate,
    async (command) => {
      verdict = command.decision;
      await condition(() => proposed);
      await (input.decisionBy === 'local' ? local.noop : noop)('decision');
      return { accepted: true, state: command.decision === 'approve' ? 'approved' : 'rejected' };
    },
    {
      validator: (command) => {
        if (verdict !== undefined)
          throw ApplicationFailure.create({ type: 'DecisionRefused', message: 'already decided' });
        if (command.approverId !== input.approverIds[0])
          throw ApplicationFailure.create({ type: 'DecisionRefused', message: 'not your turn' });
      },
    },
  );

  setHandler(bareProposedUpdate, async (): Promise<{ proposed: true }> => {
    await condition(() => proposed);
    return { proposed: true };
  });

  await noop('proposed');
  proposed = true;
  await condition(() => verdict !== undefined && allHandlersFinished());
  return verdict === 'approve' ? 'approved' : 'rejected';
}
