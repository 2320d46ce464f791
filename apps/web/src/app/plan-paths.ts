/** Panel routes of the planning procedure (the id `plan/<unit>/<term>` spelled out). */
export function planPath(id: string): string {
  const [, unitCode = '', term = ''] = id.split('/');
  return `/plans/${encodeURIComponent(unitCode)}/${encodeURIComponent(term)}`;
}

export function planIdFrom(unitCode: string, term: string): string {
  return `plan/${unitCode}/${term}`;
}

export function isPlanId(workflowId: string): boolean {
  return workflowId.startsWith('plan/');
}
