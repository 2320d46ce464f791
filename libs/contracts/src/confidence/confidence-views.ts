import type { TimelineEntry } from '../api';
import type { ConferenceBody } from '../procedure/bodies';
import type { TaskView } from '../procedure/views';
import type { LegalBasis } from '../registry';
import type {
  ConfidenceResult,
  ConfidenceVoteDetail,
  ConfidenceVoteStage,
  ConfidenceVoteState,
  ConfidenceVoteTiming,
} from './confidence-workflow';

/** POST /api/v1/confidence-votes (hr_officer). */
export interface StartConfidenceVoteRequest {
  unitCode: string;
  year: number;
  holders: { cadreId: string; postId: string }[];
  keyCadres: ConferenceBody;
  collective: ConferenceBody;
  legalBasis?: LegalBasis;
  /** Only when the API runs with APPOINTMENT_TIMING_OVERRIDES=true (tests, demos). */
  timing?: Partial<ConfidenceVoteTiming>;
}

/** A holder with the registry's names. */
export interface ConfidenceHolderView {
  cadreId: string;
  cadreName: string | null;
  postId: string;
  postTitle: string | null;
}

/** A result with the holder's name and the post's title. */
export interface ConfidenceResultView extends ConfidenceResult {
  cadreName: string | null;
  postTitle: string | null;
}

/**
 * GET /api/v1/confidence-votes: one confidence vote as the `procedure` read model has it, with names.
 * Routes of one are /api/v1/confidence-votes/{unitCode}/{year}/{n}.
 */
export interface ConfidenceVoteView extends Omit<ConfidenceVoteDetail, 'holders' | 'results'> {
  id: string;
  unitCode: string;
  unitName: string | null;
  state: ConfidenceVoteState;
  stage: ConfidenceVoteStage;
  legalBasis: LegalBasis;
  holders: ConfidenceHolderView[];
  results: ConfidenceResultView[];
  proposedBy: string;
  proposedAt: string;
  stageEnteredAt: string;
  dueAt: string | null;
  overdue: boolean;
  updatedAt: string;
}

/** GET /api/v1/confidence-votes/{unitCode}/{year}/{n}: with its journal and its tasks. */
export interface ConfidenceVotePage extends ConfidenceVoteView {
  timeline: TimelineEntry[];
  tasks: TaskView[];
}

export interface ConfidenceVoteList {
  items: ConfidenceVoteView[];
  total: number;
}

export interface WithdrawConfidenceVoteRequest {
  reason: string;
}
export interface ReconveneConfidenceVoteRequest {
  reason: string;
}
