import type { ActorRef } from '../procedure/actor';
import type { ConferenceBody } from '../procedure/bodies';
import type { ProcedureStatusBase } from '../procedure/snapshot';
import type { ConfidenceOutcome, ConferenceOutcome } from '../conference';
import type { LegalBasis } from '../registry';

/** One post holder whose confidence is asked: the cadre and the post they hold. */
export interface ConfidenceHolder {
  cadreId: string;
  postId: string;
}

/** Durations of a confidence vote; tests shorten them. */
export interface ConfidenceVoteTiming {
  taskWorkingDays: number;
  reminderWorkingDays: number;
  conferenceDeadlineMs: number;
  /** Tests only: one working day lasts this long (ms) and due times ignore the calendar. */
  workingDayMs?: number;
}

/**
 * What the confidence-vote workflow starts with (lấy phiếu tín nhiệm, QĐ 96-QĐ/TW 2023), all resolved
 * by the API: the unit and year, the holders, the key-cadre conference that votes and the collective
 * whose head decides each dismissal proposal.
 */
export interface ConfidenceVoteInput {
  unitCode: string;
  year: number;
  holders: ConfidenceHolder[];
  /** The key-cadre conference (hội nghị cán bộ chủ chốt) that holds the secret ballot. */
  keyCadres: ConferenceBody;
  /** The leadership collective: its head decides a dismissal proposal (≥ 2/3 low confidence). */
  collective: ConferenceBody;
  /** Pinned for the whole procedure. */
  legalBasis: LegalBasis;
  proposedBy: string;
  /** ISO time HR submitted (taken by the API so the workflow stays deterministic). */
  proposedAt: string;
  timing: ConfidenceVoteTiming;
}

export type ConfidenceVoteStage =
  'key_cadre_conference' | 'awaiting_reconvening' | 'dismissal_proposals' | 'closed';
export type ConfidenceVoteState = 'in_progress' | 'completed' | 'withdrawn';

/** One holder's result, as written to the registry's `confidence_vote_result`. */
export interface ConfidenceResult {
  cadreId: string;
  postId: string;
  high: number;
  confidence: number;
  low: number;
  ballotsCast: number;
  summoned: number;
  outcome: ConfidenceOutcome;
}

/** A dismissal proposal (≥ 2/3 low confidence): its task, then the collective's decision. */
export interface DismissalProposal {
  cadreId: string;
  taskKey: string;
  /** null while the collective has not decided. */
  accepted: boolean | null;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
}

/** The confidence-vote-only part of the procedure row (`procedure.detail`) and of its status. */
export interface ConfidenceVoteDetail {
  year: number;
  holders: ConfidenceHolder[];
  keyCadres: ConferenceBody;
  collective: ConferenceBody;
  /** The conference attempt now or last convened (1, then +1 each time it is convened again). */
  attempt: number;
  /** Outcome of the last conference attempt, null while it runs. */
  conferenceOutcome: ConferenceOutcome | null;
  /** Date the results were taken (Vietnam), once the conference closed with a vote. */
  votedOn: string | null;
  sheetSha256: string | null;
  results: ConfidenceResult[];
  /** Holders for whom removal from planning is proposed (> 1/2 low). */
  outOfPlanning: string[];
  dismissals: DismissalProposal[];
  closedReason: string | null;
}

export interface ConfidenceVoteStatus extends ProcedureStatusBase, ConfidenceVoteDetail {
  state: ConfidenceVoteState;
  stage: ConfidenceVoteStage;
}

export interface WithdrawConfidenceVoteCommand {
  actor: ActorRef;
  reason: string;
}

/** A confidence vote's detail when proposed: the holders and bodies, nothing voted yet. */
export function initialConfidenceVoteDetail(input: ConfidenceVoteInput): ConfidenceVoteDetail {
  return {
    year: input.year,
    holders: input.holders.map((h) => ({ ...h })),
    keyCadres: input.keyCadres,
    collective: input.collective,
    attempt: 1,
    conferenceOutcome: null,
    votedOn: null,
    sheetSha256: null,
    results: [],
    outOfPlanning: [],
    dismissals: [],
    closedReason: null,
  };
}
