import { isRotationId, rotationPath } from './rotation-paths';

/** Panel routes of the appointment procedure (the id `appointment/<post>/<n>` spelled out). */
export function appointmentPath(id: string): string {
  const [, postId = '', n = ''] = id.split('/');
  return `/appointments/${encodeURIComponent(postId)}/${encodeURIComponent(n)}`;
}

export function conferencePath(appointmentId: string, stepIndex: number): string {
  return `${appointmentPath(appointmentId)}/conferences/${stepIndex}`;
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
  if (task.procedureKind === 'rotation' || isRotationId(task.workflowId))
    return `${rotationPath(task.workflowId)}?task=${encodeURIComponent(task.taskKey)}`;
  const index = conferenceIndexOf(task.taskKey);
  return index === null
    ? `${appointmentPath(task.workflowId)}?task=${encodeURIComponent(task.taskKey)}`
    : conferencePath(task.workflowId, index);
}
