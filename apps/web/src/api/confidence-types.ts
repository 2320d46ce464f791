import type { ConfidenceCounts } from '@personnel/contracts';

/** The confidence vote's shapes as the panel uses them: all from libs/contracts (types only). */
export type {
  ConfidenceCounts,
  ConfidenceHolderView,
  ConfidenceOutcome,
  ConfidenceResultView,
  ConfidenceVoteList,
  ConfidenceVotePage,
  ConfidenceVoteStage,
  ConfidenceVoteState,
  ConfidenceVoteStatus,
  ConfidenceVoteView,
  StartConfidenceVoteRequest,
} from '@personnel/contracts';

/** GET /api/v1/confidence-votes/holders?unitCode=: a unit's current post holder (persistence's UnitPostHolder). */
export interface UnitPostHolder {
  cadreId: string;
  cadreName: string;
  postId: string;
  postTitle: string;
}

/** The three-level tally the secretary sends (TallyDto with `confidence`). */
export interface ConfidenceTallyRequest {
  ballotsCast: number;
  confidence: ConfidenceCounts[];
  sheetSha256: string;
}
