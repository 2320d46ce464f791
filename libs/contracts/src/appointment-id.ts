import { CODE_PATTERN } from './procedure/procedure-id';

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
