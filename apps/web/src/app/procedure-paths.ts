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
