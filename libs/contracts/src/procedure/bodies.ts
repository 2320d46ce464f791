/**
 * The shapes the workflow kit's conference and sign-off stages take, whatever the procedure's kind.
 */

/** Who sits in a conference: users codes. The nominee and the proposer are never among the summoned. */
export interface ConferenceBody {
  summonedIds: string[];
  secretaryId: string;
  headId: string;
}

/** One individual sign-off: one assignee is a personal task, several make a group task one claims. */
export interface SignOffStepInput {
  /** Unique within the chain, [a-z0-9-]; part of the task key. */
  key: string;
  /** Shown in the inbox, e.g. "Cơ quan Tổ chức - Nội vụ thẩm định". */
  label: string;
  assigneeIds: string[];
  /** The next level: added as an assignee when the task's deadline passes. Never an auto-approval. */
  escalateToId?: string;
}

export type SignOffMode = 'sequential' | 'parallel';
export const SIGN_OFF_MODES: readonly SignOffMode[] = ['sequential', 'parallel'];
