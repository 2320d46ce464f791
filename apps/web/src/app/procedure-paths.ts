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

/** The step index of a conference task, from its key `conference-<i>` (null for any other task). */
export function conferenceIndexOf(taskKey: string): number | null {
  const match = /^conference-(\d{1,3})$/.exec(taskKey);
  return match ? Number(match[1]) : null;
}

/** Where a task is acted on: a conference on its own screen, any other task on the procedure's page. */
export function taskPath(task: { workflowId: string; taskKey: string }): string {
  const index = conferenceIndexOf(task.taskKey);
  return index === null
    ? `${appointmentPath(task.workflowId)}?task=${encodeURIComponent(task.taskKey)}`
    : conferencePath(task.workflowId, index);
}
