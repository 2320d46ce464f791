/** HTTP read shapes shared by every API (also the web panel's types). */

/** One journal row of a procedure, oldest first. */
export interface TimelineEntry {
  seq: number;
  stepKey: string;
  kind: string;
  actor: string;
  payload: Record<string, unknown>;
  occurredAt: string;
  recordedAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** Machine-readable reason of a 409, e.g. out_of_turn, already_decided. */
  code?: string;
  /** The values the refusal names (who holds the task, the procedure's state), beside `code`. */
  params?: Record<string, string | number | boolean | null | string[]>;
  /**
   * The server's own words in English when `message` was written in the request's language from
   * `code` + `params` (Accept-Language; Vietnamese by default): precise, for logs and support.
   */
  reason?: string;
  /** Field-level problems for a 400, each naming the field. */
  details?: { field: string; problem: string }[];
}
