import type { NominationState } from './nomination';

/** HTTP read shapes of the nomination API (also the web panel's types). */
export interface TimelineEntry {
  seq: number;
  stepKey: string;
  kind: string;
  actor: string;
  payload: Record<string, unknown>;
  occurredAt: string;
  recordedAt: string;
}

export interface NominationView {
  id: string;
  cadreId: string;
  postId: string;
  proposedBy: string;
  approverIds: string[];
  state: NominationState;
  currentApproverId: string | null;
  proposedAt: string;
  updatedAt: string;
  /** From the registry, when the cadre and the post are known there (null otherwise). */
  cadreName: string | null;
  postTitle: string | null;
  unitCode: string | null;
  unitName: string | null;
}

export interface NominationDetail extends NominationView {
  timeline: TimelineEntry[];
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
  /** Field-level problems for a 400, each naming the field. */
  details?: { field: string; problem: string }[];
}
