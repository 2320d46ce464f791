import type { TimelineEntry } from '../api';
import type { ProcedureSnapshot } from './snapshot';
import type { TaskPriority } from './inbox';
import type { TaskAction, TaskKind, TaskOutcome, TaskRelation, TaskStatus } from './task';

/** GET /api/v1/procedures/{workflowId}: the `procedure` read model of any kind, with registry names. */
export interface ProcedureView extends ProcedureSnapshot {
  id: string;
  /** Registry names in the order of subjectCadreIds (null for a code the registry does not know). */
  subjectNames: (string | null)[];
  unitName: string | null;
  postTitle: string | null;
  updatedAt: string;
}

export interface ProcedureDetail extends ProcedureView {
  /** The journal, oldest first. */
  timeline: TimelineEntry[];
  tasks: TaskView[];
}

/** One task in the inbox or on a procedure page, whatever the procedure's kind. */
export interface TaskView {
  workflowId: string;
  procedureKind: string;
  taskKey: string;
  kind: TaskKind;
  label: string;
  assigneeIds: string[];
  claimedBy: string | null;
  /** Stand-ins the current holder named whose window includes today. */
  activeDelegates: string[];
  status: TaskStatus;
  outcome: TaskOutcome | null;
  /** Who finished it and the comment they gave (a return's reason goes back to HR). */
  completedBy: string | null;
  comment: string | null;
  dueAt: string | null;
  overdue: boolean;
  /** The holder's follow-up date (ISO date) and priority: inbox annotations, null when unset. */
  followUpOn: string | null;
  priority: TaskPriority | null;
  reminded: boolean;
  escalated: boolean;
  relation: TaskRelation;
  /** What the signed-in user may do to it now (libs/domain `taskActions`); the panel offers exactly these. */
  actions: TaskAction[];
  /** Context for the inbox row, from the procedure and the registry. */
  postId: string | null;
  postTitle: string | null;
  unitCode: string;
  unitName: string | null;
  cadreIds: string[];
  cadreNames: (string | null)[];
  /** The stage the procedure is in. */
  stage: string;
  conferenceId: string | null;
  createdAt: string;
  updatedAt: string;
}
