/** Panel routes of the rotation procedure (the id `rotation/<cadre>/<n>` spelled out) and its batches. */
export function rotationPath(id: string): string {
  const [, cadreId = '', n = ''] = id.split('/');
  return `/rotations/${encodeURIComponent(cadreId)}/${encodeURIComponent(n)}`;
}

export function rotationIdFrom(cadreId: string, n: string): string {
  return `rotation/${cadreId}/${n}`;
}

export function rotationBatchPath(batchId: string): string {
  return `/rotations/batches/${encodeURIComponent(batchId)}`;
}

export function isRotationId(workflowId: string): boolean {
  return workflowId.startsWith('rotation/');
}
