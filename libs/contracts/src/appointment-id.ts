import { CODE_PATTERN } from './nomination-id';

/**
 * Appointment workflow ids: `appointment/<postCode>/<n>`, n counting the procedures for that post (a
 * local procedure may weigh several candidates, so the post, not a cadre, names it). Its conference
 * children are `<appointment id>/conference/<step index>`; tasks are named by keys without slashes.
 */
export const APPOINTMENT_ID_PREFIX = 'appointment';

export interface AppointmentIdParts {
  postId: string;
  sequence: number;
}

export function formatAppointmentId(parts: AppointmentIdParts): string {
  return `${APPOINTMENT_ID_PREFIX}/${parts.postId}/${parts.sequence}`;
}

export function parseAppointmentId(id: string): AppointmentIdParts | undefined {
  const segments = id.split('/');
  if (segments.length !== 3 || segments[0] !== APPOINTMENT_ID_PREFIX) return undefined;
  const [, postId, n] = segments;
  if (!CODE_PATTERN.test(postId) || !/^[1-9][0-9]{0,8}$/.test(n)) return undefined;
  return { postId, sequence: Number(n) };
}

/** The id stays the same when a step is convened again: the new attempt is a new run of it. */
export function conferenceWorkflowId(appointmentId: string, stepIndex: number): string {
  return `${appointmentId}/conference/${stepIndex}`;
}

/**
 * Task keys: `exception`, `r<round>-<sign-off key>`, `revision-<round>`, `decision`, `conference-<i>`
 * (`conference-<i>-a<n>` when step i is convened again, the n-th time), `reconvene-<i>-a<n>` (the choice
 * to convene it again after attempt n was not held).
 */
export const TaskKeys = {
  exception: 'exception',
  signOff: (round: number, stepKey: string) => `r${round}-${stepKey}`,
  revision: (round: number) => `revision-${round}`,
  decision: 'decision',
  conference: (stepIndex: number, attempt = 1) =>
    attempt === 1 ? `conference-${stepIndex}` : `conference-${stepIndex}-a${attempt}`,
  reconvene: (stepIndex: number, attempt: number) => `reconvene-${stepIndex}-a${attempt}`,
} as const;

/** The step index of a conference task key, `conference-<i>` or `conference-<i>-a<n>`. */
export function conferenceStepOfTask(taskKey: string): number | undefined {
  const match = /^conference-(\d+)(?:-a\d+)?$/.exec(taskKey);
  return match ? Number(match[1]) : undefined;
}

/** A sign-off step key: lower-case letters, digits and dashes, so task keys stay URL-safe. */
export const SIGN_OFF_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
