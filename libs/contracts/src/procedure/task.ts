import type { ActorRef } from './actor';

/**
 * Tasks of any procedure kind: the workflow holds them, the inbox read model (`procedure_task`) mirrors
 * them, keyed by workflow id and task key. A new kind adds its task kinds here (and to the migration's
 * check), never a task table of its own.
 */
export type TaskKind =
  | 'exception'
  | 'sign_off'
  | 'revision'
  | 'decision'
  | 'conference'
  | 'reconvene'
  | 'self_assessment'
  | 'hand_over'
  | 'evaluation'
  | 'end_of_term'
  | 'dismissal_proposal'
  /** HR completes a dossier (or replaces an item that expired): done when the checklist is complete. */
  | 'dossier';
export const TASK_KINDS: readonly TaskKind[] = [
  'exception',
  'sign_off',
  'revision',
  'decision',
  'conference',
  'reconvene',
  'self_assessment',
  'hand_over',
  'evaluation',
  'end_of_term',
  'dismissal_proposal',
  'dossier',
];
/**
 * Kinds one assignee claims for the group: sign-offs, and the decision once escalation added a level.
 * The others are held by all their assignees together. Data here so that the task rule (libs/domain) and
 * the inbox SQL (libs/persistence, which may not import the domain) name one list.
 */
export const CLAIMABLE_TASK_KINDS: readonly TaskKind[] = ['sign_off', 'decision'];

/**
 * Kinds that are the proposer's own work: the revision after a return (and a plan's composition and
 * yearly review, which are revisions of the pool). Their assignees act on them even as the proposer,
 * whom separation of duties keeps off every other task of the case.
 */
export const PROPOSER_TASK_KINDS: readonly TaskKind[] = ['revision', 'dossier'];

export type TaskStatus = 'waiting' | 'open' | 'done' | 'cancelled';
export const TASK_STATUSES: readonly TaskStatus[] = ['waiting', 'open', 'done', 'cancelled'];
export type TaskOutcome =
  | 'approve'
  | 'reject'
  | 'return'
  | 'granted'
  | 'resubmitted'
  | 'signed'
  | 'closed'
  | 'submitted'
  | 'reconvened'
  | 'handed_over'
  | 'evaluated'
  | 'ended'
  /** A dossier task closed because the checklist is complete again. */
  | 'completed';

/** A stand-in who may act on a task within a date window (both ends inclusive, ISO dates). */
export interface Delegation {
  from: string;
  to: string;
  validFrom: string;
  validUntil: string;
  reason: string;
  at: string;
}

/** One task of a procedure. */
export interface ProcedureTask {
  /** Unique within the workflow, e.g. `r1-org-office`, `decision`, `exception`. */
  key: string;
  kind: TaskKind;
  label: string;
  /** Who may take it: one is a personal task, several a group task. */
  assigneeIds: string[];
  claimedBy: string | null;
  delegations: Delegation[];
  status: TaskStatus;
  /** ISO instants, null when the task has no deadline. */
  dueAt: string | null;
  remindAt: string | null;
  reminded: boolean;
  escalated: boolean;
  outcome: TaskOutcome | null;
  completedBy: string | null;
  completedAt: string | null;
  comment: string | null;
  /** Workflow id of the conference child, for kind `conference`. */
  conferenceId?: string;
}

/** How the signed-in user relates to a task (libs/domain `taskRelation`, mirrored by the inbox SQL). */
export type TaskRelation = 'assigned' | 'claimable' | 'claimed_by_me' | 'delegated_to_me' | 'other';
export const TASK_RELATIONS: readonly TaskRelation[] = [
  'assigned',
  'claimable',
  'claimed_by_me',
  'delegated_to_me',
  'other',
];

/**
 * What the signed-in user may do to a task through `/api/v1/tasks/{workflowId}/{taskKey}/…` right now
 * (libs/domain `taskActions`): the panel offers exactly these. `act` is the kind's own form (sign the
 * decision, hold the conference, grant the exception, resubmit, convene again, self-assess).
 */
export type TaskAction = 'claim' | 'unclaim' | 'delegate' | 'approve' | 'reject' | 'return' | 'act';
export const TASK_ACTIONS: readonly TaskAction[] = [
  'claim',
  'unclaim',
  'delegate',
  'approve',
  'reject',
  'return',
  'act',
];

export type TaskVerdict = 'approve' | 'reject' | 'return';
export const TASK_VERDICTS: readonly TaskVerdict[] = ['approve', 'reject', 'return'];

/**
 * Task kinds decided with a verdict through the one task API, and the verdicts each takes: a sign-off
 * is approved, rejected or returned; a dismissal proposal (a confidence vote's ≥ 2/3 low) is accepted
 * (`approve`) or rejected, always with the reason.
 */
export const VERDICTS_BY_TASK_KIND: Partial<Record<TaskKind, readonly TaskVerdict[]>> = {
  sign_off: TASK_VERDICTS,
  dismissal_proposal: ['approve', 'reject'],
};
/** Kinds whose every verdict needs a comment saying why (not only reject and return). */
export const REASONED_TASK_KINDS: readonly TaskKind[] = ['dismissal_proposal'];

// ── The task commands every procedure kind takes (Updates claimTask, unclaimTask, delegateTask, decideTask) ──

export interface ClaimTaskCommand {
  actor: ActorRef;
  taskKey: string;
}

export interface DelegateTaskCommand {
  actor: ActorRef;
  taskKey: string;
  toUserId: string;
  validFrom: string;
  validUntil: string;
  reason: string;
}

/**
 * A comment on a task without a verdict (a question to HR, a note to the next approver): a journaled
 * step of the procedure, so it stands in the timeline with who wrote it and when.
 */
export interface CommentTaskCommand {
  actor: ActorRef;
  taskKey: string;
  comment: string;
}

/**
 * A manager gives an open task to another person: it becomes that person's personal task (nobody else's
 * claim or stand-ins carry over). Only the kinds in REASSIGNABLE_TASK_KINDS, by REASSIGN_ROLES.
 */
export interface ReassignTaskCommand {
  actor: ActorRef;
  taskKey: string;
  toUserId: string;
  reason: string;
}

/**
 * Kinds a manager may reassign: a sign-off, decided by one holder. A conference is held by its secretary
 * and head together, a decision by the signer the proposal named, a revision by its proposer: moving
 * those to one other person would change who the law says acts, so they are not reassigned.
 */
export const REASSIGNABLE_TASK_KINDS: readonly TaskKind[] = ['sign_off'];

export interface DecideTaskCommand {
  actor: ActorRef;
  taskKey: string;
  verdict: TaskVerdict;
  /** Required for reject and return: the reason goes back to HR. */
  comment?: string;
}
