/** POST /api/v1/tasks/bulk-decide: approvals only (a reject or return needs its own reason). */
export interface BulkDecideRequest {
  items: { workflowId: string; taskKey: string }[];
  comment?: string;
}

export interface BulkDecideItemResult {
  workflowId: string;
  taskKey: string;
  ok: boolean;
  /** The refusal's code and message when not ok (e.g. claimed_by_other). */
  code?: string;
  message?: string;
}
