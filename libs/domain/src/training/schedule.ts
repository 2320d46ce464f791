import type { TrainingClassInput } from '@personnel/contracts';
import { vietnamInstant } from '../procedure/due-dates';

/** Hour (Vietnam) a class's session opens on its start date and closes on its end date. */
export const SESSION_OPENS_HOUR = 7;
export const SESSION_CLOSES_HOUR = 17;

/**
 * When a class's session opens and closes on their own (the organiser may open or close it earlier):
 * 07:00 of the start date and 17:00 of the end date in Vietnam, or the tests' offsets from the opening.
 */
export function trainingSessionInstants(input: TrainingClassInput): { opensAt: string; closesAt: string } {
  const opened = Date.parse(input.proposedAt);
  const { sessionStartsAfterMs, sessionClosesAfterMs } = input.timing;
  return {
    opensAt:
      sessionStartsAfterMs !== undefined
        ? new Date(opened + sessionStartsAfterMs).toISOString()
        : vietnamInstant(input.startDate, SESSION_OPENS_HOUR),
    closesAt:
      sessionClosesAfterMs !== undefined
        ? new Date(opened + sessionClosesAfterMs).toISOString()
        : vietnamInstant(input.endDate, SESSION_CLOSES_HOUR),
  };
}
