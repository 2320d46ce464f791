import type { RotationBatchProgress, RotationBatchView } from '../api/rotation-types';

/**
 * A batch is still starting while a row is only proposed, or started without its first step recorded
 * (no procedure state yet): the screen polls until then.
 */
export function batchSettled(batch: Pick<RotationBatchView, 'items' | 'progress'>): boolean {
  if (batch.progress.proposed > 0) return false;
  return batch.items.every(
    (item) => item.status !== 'proposed' && !(item.status === 'started' && !item.procedureState),
  );
}

/** Rows handled so far (refused, or started with a state): the progress bar's value. */
export function batchHandled(batch: Pick<RotationBatchView, 'items' | 'progress'>): number {
  if (batch.items.length === 0) return batch.progress.total - batch.progress.proposed;
  return batch.items.filter((i) => i.status === 'refused' || (i.status === 'started' && i.procedureState))
    .length;
}

/** The counts a person reads, in the order the procedure goes. */
export const PROGRESS_COUNTS: readonly (keyof RotationBatchProgress)[] = [
  'total',
  'proposed',
  'started',
  'refused',
  'inProgress',
  'decided',
  'closed',
];
