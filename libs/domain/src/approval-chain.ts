import type {
  ApprovalRecord,
  DecisionCommand,
  NominationState,
  WithdrawalRecord,
  WithdrawCommand,
} from '@personnel/contracts';

/**
 * An ordered approval chain: approver k may decide only after approvers 0..k-1 approved. One reject ends
 * the chain; the last approval completes it. Pure, so the workflow (deterministically) and the API (to
 * explain a refusal) run the same rule.
 */
export interface ApprovalChain {
  approverIds: readonly string[];
  decisions: readonly ApprovalRecord[];
  /** Set when HR took the proposal back: the chain ends there. */
  withdrawal?: WithdrawalRecord;
}

export type DecisionRefusalCode = 'finished' | 'not_in_chain' | 'already_decided' | 'out_of_turn';

export type DecisionCheck =
  { ok: true; position: number } | { ok: false; code: DecisionRefusalCode; message: string };

export function chainState(chain: ApprovalChain): NominationState {
  if (chain.withdrawal) return 'withdrawn';
  if (chain.decisions.some((d) => d.decision === 'reject')) return 'rejected';
  return chain.decisions.length === chain.approverIds.length ? 'approved' : 'pending';
}

export function currentApprover(chain: ApprovalChain): string | null {
  return chainState(chain) === 'pending' ? chain.approverIds[chain.decisions.length] : null;
}

export function checkDecision(
  chain: ApprovalChain,
  command: Pick<DecisionCommand, 'approverId'>,
): DecisionCheck {
  const state = chainState(chain);
  if (state !== 'pending') {
    return {
      ok: false,
      code: 'finished',
      message: `the nomination is already ${state}; no more decisions are taken`,
    };
  }
  const position = chain.approverIds.indexOf(command.approverId);
  if (position < 0) {
    return {
      ok: false,
      code: 'not_in_chain',
      message: `${command.approverId} is not an approver of this nomination`,
    };
  }
  if (position < chain.decisions.length) {
    return {
      ok: false,
      code: 'already_decided',
      message: `${command.approverId} has already decided on this nomination`,
    };
  }
  if (position > chain.decisions.length) {
    const waitingFor = chain.approverIds[chain.decisions.length];
    return {
      ok: false,
      code: 'out_of_turn',
      message: `it is ${waitingFor}'s turn to decide, not ${command.approverId}'s`,
    };
  }
  return { ok: true, position };
}

/** Returns the chain with the decision appended; throws if the decision is not allowed. */
export function applyDecision(chain: ApprovalChain, record: ApprovalRecord): ApprovalChain {
  const check = checkDecision(chain, record);
  if (!check.ok) throw new Error(check.message);
  return { ...chain, decisions: [...chain.decisions, record] };
}

export type WithdrawalCheck =
  { ok: true } | { ok: false; code: 'finished' | 'not_proposer' | 'no_reason'; message: string };

/** Only the proposer withdraws, only while the chain runs, and never without saying why. */
export function checkWithdrawal(
  chain: ApprovalChain,
  proposedBy: string,
  command: WithdrawCommand,
): WithdrawalCheck {
  const state = chainState(chain);
  if (state !== 'pending')
    return {
      ok: false,
      code: 'finished',
      message: `the nomination is already ${state}; it cannot be withdrawn`,
    };
  if (command.actorId !== proposedBy)
    return {
      ok: false,
      code: 'not_proposer',
      message: `only the proposer (${proposedBy}) may withdraw this nomination`,
    };
  if (typeof command.reason !== 'string' || command.reason.trim().length === 0)
    return { ok: false, code: 'no_reason', message: 'a withdrawal needs a reason' };
  return { ok: true };
}

export function applyWithdrawal(
  chain: ApprovalChain,
  proposedBy: string,
  command: WithdrawCommand,
  at: string,
): ApprovalChain {
  const check = checkWithdrawal(chain, proposedBy, command);
  if (!check.ok) throw new Error(check.message);
  return { ...chain, withdrawal: { by: command.actorId, reason: command.reason.trim(), at } };
}
