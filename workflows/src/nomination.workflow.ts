import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  patched,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  DECISION_REFUSED,
  DECISION_VERDICTS,
  decideUpdate,
  INVALID_COMMAND,
  SearchAttributes,
  statusQuery,
  StepKeys,
  withdrawUpdate,
  type ApprovalRecord,
  type DecisionCommand,
  type NominationActivities,
  type NominationInput,
  type NominationResult,
  type NominationSnapshot,
  type NominationStage,
  type NominationStatus,
  type WithdrawCommand,
} from '@personnel/contracts';
import {
  applyDecision,
  applyWithdrawal,
  checkDecision,
  checkWithdrawal,
  chainState,
  currentApprover,
  type ApprovalChain,
} from '@personnel/domain';
import { JOURNAL_ACTIVITY_OPTIONS } from './activity-options';

const { recordNominationStep } = proxyActivities<NominationActivities>(JOURNAL_ACTIVITY_OPTIONS);

/**
 * Appointment nomination (thin slice): record the proposal, then take each approver's decision in
 * order as a validated Update. A reject ends it `rejected`; the last approval ends it `approved`; the
 * proposer may withdraw it, with a reason, while the chain runs.
 */
export async function nominationWorkflow(input: NominationInput): Promise<NominationResult> {
  const { workflowId, runId } = workflowInfo();
  // Separation of duties, added while nominations were running: runs begun before it replay without it.
  const refusesSelfApproval = patched('refuse-self-approval');
  let chain: ApprovalChain = { approverIds: input.approverIds, decisions: [] };
  let proposalRecorded = false;

  const stage = (): NominationStage => {
    const state = chainState(chain);
    if (state !== 'pending') return state;
    return proposalRecorded ? 'awaiting_approval' : 'proposed';
  };
  const snapshot = (): NominationSnapshot => ({
    cadreId: input.cadreId,
    postId: input.postId,
    proposedBy: input.proposedBy,
    approverIds: input.approverIds,
    state: chainState(chain),
    currentApproverId: currentApprover(chain),
    proposedAt: input.proposedAt,
  });
  const publishStage = () => upsertSearchAttributes([{ key: SearchAttributes.stage, value: stage() }]);

  const status = (): NominationStatus => ({
    state: chainState(chain),
    stage: stage(),
    currentApproverId: currentApprover(chain),
    decisions: [...chain.decisions],
  });
  setHandler(statusQuery, status);

  setHandler(
    decideUpdate,
    async (command: DecisionCommand) => {
      const record: ApprovalRecord = {
        approverId: command.approverId,
        decision: command.decision,
        ...(command.comment ? { comment: command.comment } : {}),
        decidedAt: new Date().toISOString(),
      };
      // Applied before any await: a second Update validated after this point already sees this decision.
      chain = applyDecision(chain, record);
      const seq = chain.decisions.length;
      const after = snapshot();
      await condition(() => proposalRecorded);
      await recordNominationStep({
        workflowId,
        runId,
        stepKey: StepKeys.decision(seq, command.approverId),
        seq,
        actor: command.approverId,
        kind: 'decision',
        payload: { decision: record.decision, ...(record.comment ? { comment: record.comment } : {}) },
        occurredAt: record.decidedAt,
        nomination: after,
      });
      publishStage();
      return { accepted: true as const, state: after.state, nextApproverId: after.currentApproverId };
    },
    { validator: validateDecision },
  );

  setHandler(
    withdrawUpdate,
    async (command: WithdrawCommand) => {
      const at = new Date().toISOString();
      chain = applyWithdrawal(chain, input.proposedBy, command, at);
      // The chain has ended: no decision can be added after this one, so the position is final.
      const seq = chain.decisions.length + 1;
      const after = snapshot();
      await condition(() => proposalRecorded);
      await recordNominationStep({
        workflowId,
        runId,
        stepKey: StepKeys.withdrawn,
        seq,
        actor: command.actorId,
        kind: 'withdrawn',
        payload: { reason: command.reason.trim() },
        occurredAt: at,
        nomination: after,
      });
      publishStage();
      return status();
    },
    {
      validator: (command: WithdrawCommand) => {
        const check = checkWithdrawal(chain, input.proposedBy, command);
        if (!check.ok)
          throw ApplicationFailure.create({
            type: DECISION_REFUSED,
            message: check.message,
            details: [check.code],
          });
      },
    },
  );

  function validateDecision(command: DecisionCommand): void {
    if (typeof command?.approverId !== 'string' || !DECISION_VERDICTS.includes(command.decision)) {
      throw ApplicationFailure.create({
        type: INVALID_COMMAND,
        message: 'a decision needs approverId and decision approve|reject',
      });
    }
    if (refusesSelfApproval && command.approverId === input.proposedBy)
      throw ApplicationFailure.create({
        type: DECISION_REFUSED,
        message: `${command.approverId} proposed this nomination and may not decide on it`,
        details: ['own_case'],
      });
    const check = checkDecision(chain, command);
    if (!check.ok)
      throw ApplicationFailure.create({
        type: DECISION_REFUSED,
        message: check.message,
        details: [check.code],
      });
  }

  await recordNominationStep({
    workflowId,
    runId,
    stepKey: StepKeys.proposed,
    seq: 0,
    actor: input.proposedBy,
    kind: 'proposed',
    payload: { cadreId: input.cadreId, postId: input.postId, approverIds: input.approverIds },
    occurredAt: input.proposedAt,
    nomination: { ...snapshot(), state: 'pending', currentApproverId: input.approverIds[0] },
  });
  proposalRecorded = true;
  publishStage();

  await condition(() => chainState(chain) !== 'pending' && allHandlersFinished());
  return { state: chainState(chain) as NominationResult['state'], decisions: [...chain.decisions] };
}
