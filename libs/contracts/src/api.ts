/** HTTP read shapes shared by every API (also the web panel's types). */
import type { FieldProblemDetail } from './field-problem';

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

/**
 * Where a list stops counting: past this many matches an exact count costs more than it tells (a count
 * of 95,000 rows to print "95,000"), so the answer says "more than 1,000" instead.
 */
export const LIST_TOTAL_CAP = 1000;

/**
 * A page of a long list that can be walked by key as well as by offset. `total` is exact up to
 * LIST_TOTAL_CAP; past it `total` is LIST_TOTAL_CAP and `totalCapped` is true ("more than 1,000").
 * `nextCursor` is opaque: sent back as `after`, it answers the rows right after this page in the list's
 * order (rows written meanwhile are neither skipped nor repeated); null on the last page.
 */
export interface CursorPage<T> extends Page<T> {
  totalCapped: boolean;
  nextCursor: string | null;
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
  /**
   * Field-level problems for a 400, each naming the field, with its code and params (contracts
   * FieldProblemCode); `problem` in the request's language, the English kept as `reason`.
   */
  details?: FieldProblemDetail[];
}
