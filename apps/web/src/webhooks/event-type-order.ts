import type { EventType } from '../api/webhook-types';

/** Every event type, in the order a procedure makes them (the list the API accepts). */
export const EVENT_TYPE_ORDER: readonly EventType[] = [
  'vn.personnel.procedure.started',
  'vn.personnel.procedure.stage_entered',
  'vn.personnel.task.opened',
  'vn.personnel.task.decided',
  'vn.personnel.task.reminded',
  'vn.personnel.task.escalated',
  'vn.personnel.conference.result',
  'vn.personnel.decision.signed',
  'vn.personnel.assignment.started',
  'vn.personnel.assignment.ended',
  'vn.personnel.rotation.evaluated',
  'vn.personnel.rotation.ended',
  'vn.personnel.plan.approved',
  'vn.personnel.plan.candidate_removed',
];
