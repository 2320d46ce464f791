/**
 * The shapes the kit's stages take as parameters. They are declared here, structurally, because the
 * contracts still keep their named twins beside the appointment (`ConferenceBody`, `SignOffStepInput`,
 * `SignOffMode` in appointment.ts); any kind's data of the same shape fits.
 */

/** Who sits in a conference: the summoned members, its secretary and its head (user codes). */
export interface ConferenceSeats {
  summonedIds: string[];
  secretaryId: string;
  headId: string;
}

/** One individual sign-off: one assignee is a personal task, several a group task one claims. */
export interface SignOffStep {
  key: string;
  label: string;
  assigneeIds: string[];
  /** Joins the assignees when the task is due; never an auto-approval. */
  escalateToId?: string;
}

/** Ordered (each step opens when the one before approved) or all at once. */
export type SignOffOrder = 'sequential' | 'parallel';
