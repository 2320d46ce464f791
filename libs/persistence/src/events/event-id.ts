import { createHash } from 'node:crypto';

/**
 * The event's id, derived from what makes it one fact — the workflow, the journal step (or registry
 * write) that recorded it, its type and its key within the step — so it never changes: a replay, a
 * retried write or a rebuilt outbox gives the same id, and a subscriber de-duplicates on it. A UUID
 * (version 8, RFC 9562: custom, here the first 122 bits of a SHA-256) so it fits any uuid column.
 */
export function eventId(workflowId: string, stepKey: string, type: string, key: string): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([workflowId, stepKey, type, key]))
    .digest();
  digest[6] = (digest[6] & 0x0f) | 0x80;
  digest[8] = (digest[8] & 0x3f) | 0x80;
  const hex = digest.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
