/**
 * The facts the product tells other systems (payroll, the Party membership register, a province's
 * portal), as CloudEvents 1.0. Each type's `data` is one of the interfaces below; they are generated into
 * the OpenAPI document (`npm run openapi:schemas`), which is the schema per type. Data carries codes, ids,
 * dates and outcomes only — never a name, a comment or a reason (free text may name people): a subscriber
 * whose unit scope covers the procedure learns what happened, to which cadre code, on which day, and
 * looks the person up through the API with its own rights if it needs more.
 */
export const EVENT_TYPE_PREFIX = 'vn.personnel.';

export type EventType =
  | 'vn.personnel.procedure.started'
  | 'vn.personnel.procedure.stage_entered'
  | 'vn.personnel.task.opened'
  | 'vn.personnel.task.decided'
  | 'vn.personnel.task.reminded'
  | 'vn.personnel.task.escalated'
  | 'vn.personnel.conference.result'
  | 'vn.personnel.decision.signed'
  | 'vn.personnel.assignment.started'
  | 'vn.personnel.assignment.ended'
  | 'vn.personnel.rotation.evaluated'
  | 'vn.personnel.rotation.ended'
  | 'vn.personnel.plan.approved'
  | 'vn.personnel.plan.candidate_removed';

export const EVENT_TYPES: readonly EventType[] = [
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

/** CloudEvents `source` of every event this product emits (a URI-reference naming the producer). */
export const EVENT_SOURCE = '/personnel';

/** A procedure began: its first journal step. */
export interface ProcedureStartedData {
  /** `appointment`, `rotation`, `plan`, `training`, `confidence_vote`, … */
  procedureKind: string;
  unitCode: string;
  postId: string | null;
  legalBasis: string | null;
  subjectCadreIds: string[];
  state: string;
  stage: string;
  proposedAt: string;
}

/** The procedure moved into a stage (the first stage too). */
export interface ProcedureStageEnteredData {
  procedureKind: string;
  stage: string;
  /** Null for the first stage. */
  previousStage: string | null;
  state: string;
  enteredAt: string;
}

/** A task became open (someone must act). */
export interface TaskOpenedData {
  procedureKind: string;
  taskKey: string;
  taskKind: string;
  dueAt: string | null;
  /** Who must act (user ids, never names); absent on events written before it was added. */
  assigneeIds?: string[];
}

/** A task was done (decided, signed, submitted, …). */
export interface TaskDecidedData {
  procedureKind: string;
  taskKey: string;
  taskKind: string;
  outcome: string | null;
  completedAt: string | null;
}

/** A task's reminder fired: it is due soon and still open (its holders, by user id, are reminded). */
export interface TaskRemindedData {
  procedureKind: string;
  taskKey: string;
  taskKind: string;
  dueAt: string | null;
  /** The users reminded (ids, never names). */
  assigneeIds: string[];
}

/** A task passed its due time still open: it escalated to the next level, who joins its assignees. */
export interface TaskEscalatedData {
  procedureKind: string;
  taskKey: string;
  taskKind: string;
  dueAt: string | null;
  /** The user it escalated to (an id), or null when there is no level above. */
  escalatedTo: string | null;
}

/** A conference (collective step) closed: its outcome and who goes forward; never who voted what. */
export interface ConferenceResultData {
  procedureKind: string;
  conferenceId: string;
  /** Index of the collective step within the procedure. */
  index: number;
  step: string;
  outcome: string;
  forward: string[];
  summoned: number;
  attending: number;
}

/** A decision was signed: an appointment's, a reappointment's, a rotation's, a plan's approval. */
export interface DecisionSignedData {
  procedureKind: string;
  number: string;
  effectiveDate: string;
  signedAt: string;
  subjectCadreIds: string[];
  postId: string | null;
}

/** A cadre took up a post on a day (the registry's assignment a decision wrote). */
export interface AssignmentStartedData {
  assignmentId: string;
  cadreId: string;
  postId: string;
  unitCode: string;
  /** `appointment`, `reappointment`, `rotation`, … */
  assignmentKind: string;
  fromDate: string;
  decisionRef: string | null;
}

/** A cadre's assignment ended on a day (the decision that moved them or replaced them). */
export interface AssignmentEndedData {
  assignmentId: string;
  cadreId: string;
  postId: string;
  unitCode: string;
  toDate: string;
  /** The decision that ended it. */
  endedByDecision: string;
}

/** The receiving unit's yearly evaluation of a rotated cadre (the rating only; the comment stays inside). */
export interface RotationEvaluatedData {
  cadreId: string;
  year: number;
  rating: string;
  late: boolean;
}

/** A rotation ended: the cadre returns, is reassigned or keeps the post. */
export interface RotationEndedData {
  cadreId: string;
  choice: string;
  postId: string;
  early: boolean;
  decisionNumber: string | null;
  effectiveDate: string | null;
}

/** A plan (or its yearly review) was published: its approval took effect. */
export interface PlanApprovedData {
  unitCode: string;
  number: string;
  effectiveDate: string;
  /** Entries `<postId>/<cadreId>` the approval added and took out. */
  added: string[];
  removed: string[];
}

/** A candidate left a plan's pool (taken out, not passed by a vote, removed at a review). */
export interface PlanCandidateRemovedData {
  postId: string;
  cadreId: string;
}

export interface EventDataByType {
  'vn.personnel.procedure.started': ProcedureStartedData;
  'vn.personnel.procedure.stage_entered': ProcedureStageEnteredData;
  'vn.personnel.task.opened': TaskOpenedData;
  'vn.personnel.task.decided': TaskDecidedData;
  'vn.personnel.task.reminded': TaskRemindedData;
  'vn.personnel.task.escalated': TaskEscalatedData;
  'vn.personnel.conference.result': ConferenceResultData;
  'vn.personnel.decision.signed': DecisionSignedData;
  'vn.personnel.assignment.started': AssignmentStartedData;
  'vn.personnel.assignment.ended': AssignmentEndedData;
  'vn.personnel.rotation.evaluated': RotationEvaluatedData;
  'vn.personnel.rotation.ended': RotationEndedData;
  'vn.personnel.plan.approved': PlanApprovedData;
  'vn.personnel.plan.candidate_removed': PlanCandidateRemovedData;
}

/**
 * What a journal write turns into one outbox row: the type, a key telling apart several events of one
 * type in one step (a task key, a cadre code; '' when there is one), the unit that scopes it and the data.
 * The id is derived from (workflow id, step key, type, key) where it is stored, so it never changes.
 */
export interface EventDraft<T extends EventType = EventType> {
  type: T;
  key: string;
  unitCode: string;
  data: EventDataByType[T];
}

/** The CloudEvents 1.0 attributes every event carries (structured-mode JSON). */
export interface CloudEventAttributes {
  specversion: '1.0';
  /** Derived from the fact (workflow id, step, type, key): the same on every delivery and replay. */
  id: string;
  source: string;
  /** The procedure's workflow id. */
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  /**
   * The outbox's monotonic position, the feed's cursor (the CloudEvents sequence extension: a string of
   * digits).
   */
  sequence: string;
  /** Unit code that scopes the event (extension attribute). */
  unitcode: string;
}

/** One event of one type: its data's schema is that type's. */
export interface TypedCloudEvent<T extends EventType> extends CloudEventAttributes {
  type: T;
  data: EventDataByType[T];
}

/** One event as the feed and the webhooks send it: a schema per type (the type names its data). */
export type PersonnelCloudEvent =
  | TypedCloudEvent<'vn.personnel.procedure.started'>
  | TypedCloudEvent<'vn.personnel.procedure.stage_entered'>
  | TypedCloudEvent<'vn.personnel.task.opened'>
  | TypedCloudEvent<'vn.personnel.task.decided'>
  | TypedCloudEvent<'vn.personnel.task.reminded'>
  | TypedCloudEvent<'vn.personnel.task.escalated'>
  | TypedCloudEvent<'vn.personnel.conference.result'>
  | TypedCloudEvent<'vn.personnel.decision.signed'>
  | TypedCloudEvent<'vn.personnel.assignment.started'>
  | TypedCloudEvent<'vn.personnel.assignment.ended'>
  | TypedCloudEvent<'vn.personnel.rotation.evaluated'>
  | TypedCloudEvent<'vn.personnel.rotation.ended'>
  | TypedCloudEvent<'vn.personnel.plan.approved'>
  | TypedCloudEvent<'vn.personnel.plan.candidate_removed'>;

/** `GET /api/v1/events?after=`: events after the cursor, oldest first, and the cursor to ask next. */
export interface EventFeedPage {
  events: PersonnelCloudEvent[];
  /** The `sequence` of the last event returned, or the cursor asked when none: pass it as `after`. */
  next: string;
}
