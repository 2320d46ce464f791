import { isPlanId, planPath } from './plan-paths';
import { isRotationId, rotationPath } from './rotation-paths';

/** Panel routes of the appointment procedure (the id `appointment/<post>/<n>` spelled out). */
export function appointmentPath(id: string): string {
  const [, postId = '', n = ''] = id.split('/');
  return `/appointments/${encodeURIComponent(postId)}/${encodeURIComponent(n)}`;
}

/** A conference's screen, under its procedure's page (an appointment's step, a rotation's consultation, a plan's vote). */
export function conferencePath(procedureId: string, stepIndex: number): string {
  return `${procedurePath(procedureId)}/conferences/${stepIndex}`;
}

/** The page of a procedure of any kind. */
export function procedurePath(procedureId: string): string {
  if (isRotationId(procedureId)) return rotationPath(procedureId);
  if (isPlanId(procedureId)) return planPath(procedureId);
  return appointmentPath(procedureId);
}

export function appointmentIdFrom(postId: string, n: string): string {
  return `appointment/${postId}/${n}`;
}

/**
 * The step index of a conference task, from its key `conference-<i>` or, when the step was convened again,
 * `conference-<i>-a<n>` (null for any other task). The rule of libs/contracts conferenceStepOfTask, which
 * the panel may not import as a value.
 */
export function conferenceIndexOf(taskKey: string): number | null {
  const match = /^conference-(\d+)(?:-a\d+)?$/.exec(taskKey);
  return match ? Number(match[1]) : null;
}

/**
 * The step index of a conference task, from its key or else from the conference child's id
 * (`<procedure id>/conference/<i>`, libs/contracts conferenceWorkflowId), whatever key the kind gives it.
 */
export function conferenceIndexOfTask(task: {
  taskKey: string;
  conferenceId?: string | null;
}): number | null {
  const byKey = conferenceIndexOf(task.taskKey);
  if (byKey !== null) return byKey;
  const match = task.conferenceId ? /\/conference\/(\d+)$/.exec(task.conferenceId) : null;
  return match ? Number(match[1]) : null;
}

/** The step index of a task to convene a conference again, `reconvene-<i>-a<n>` (null for any other task). */
export function reconveneIndexOf(taskKey: string): number | null {
  const match = /^reconvene-(\d+)-a\d+$/.exec(taskKey);
  return match ? Number(match[1]) : null;
}

/**
 * Where a task is acted on: a conference on its own screen, any other task on its procedure's page (a
 * rotation's hand-over, evaluation and end-of-term forms are on the rotation page).
 */
export function taskPath(task: {
  workflowId: string;
  taskKey: string;
  procedureKind?: string;
  conferenceId?: string | null;
}): string {
  const index = conferenceIndexOfTask(task);
  if (index !== null) return conferencePath(task.workflowId, index);
  const page =
    task.procedureKind === 'rotation' ? rotationPath(task.workflowId) : procedurePath(task.workflowId);
  return `${page}?task=${encodeURIComponent(task.taskKey)}`;
}
