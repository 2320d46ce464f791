import { isRotationId, rotationPath } from './rotation-paths';

/** Panel routes of the appointment procedure (the id `appointment/<post>/<n>` spelled out). */
export function appointmentPath(id: string): string {
  const [, postId = '', n = ''] = id.split('/');
  return `/appointments/${encodeURIComponent(postId)}/${encodeURIComponent(n)}`;
}

/** A conference's screen, under its procedure's page (an appointment's step or a rotation's consultation). */
export function conferencePath(procedureId: string, stepIndex: number): string {
  const procedure = isRotationId(procedureId) ? rotationPath(procedureId) : appointmentPath(procedureId);
  return `${procedure}/conferences/${stepIndex}`;
}

/** The page of a procedure of either kind. */
export function procedurePath(procedureId: string): string {
  return isRotationId(procedureId) ? rotationPath(procedureId) : appointmentPath(procedureId);
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

/** The step index of a task to convene a conference again, `reconvene-<i>-a<n>` (null for any other task). */
export function reconveneIndexOf(taskKey: string): number | null {
  const match = /^reconvene-(\d+)-a\d+$/.exec(taskKey);
  return match ? Number(match[1]) : null;
}

/**
 * Where a task is acted on: a conference on its own screen, any other task on its procedure's page (a
 * rotation's hand-over, evaluation and end-of-term forms are on the rotation page).
 */
export function taskPath(task: { workflowId: string; taskKey: string; procedureKind?: string }): string {
  const index = conferenceIndexOf(task.taskKey);
  if (index !== null) return conferencePath(task.workflowId, index);
  const page =
    task.procedureKind === 'rotation' ? rotationPath(task.workflowId) : procedurePath(task.workflowId);
  return `${page}?task=${encodeURIComponent(task.taskKey)}`;
}
