/**
 * Steps that belong on a candidate's own timeline (the cadre timeline read model): what was decided
 * about their case. Claims, delegations, reminders and the like stay in the procedure's journal only.
 */
export const CADRE_MILESTONES: ReadonlySet<string> = new Set([
  'proposed',
  'eligibility_checked',
  'exception_granted',
  'conference_closed',
  'not_passed',
  'task_decided',
  'resubmitted',
  'withdrawn',
  'decision_signed',
  'appointed',
  'reappointment_notice',
  'self_assessment',
  'reappointed',
  'term_ended',
]);
