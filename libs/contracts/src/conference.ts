import type { LegalBasis } from './registry';

/**
 * A collective step of a procedure (hội nghị): who was summoned, who attended, and the secret-ballot
 * counts entered by the secretary with a SHA-256 seal of the tally sheet. Never who voted what.
 */
export type ConferenceKind = 'expanded' | 'key_cadre' | 'collective';
export const CONFERENCE_KINDS: readonly ConferenceKind[] = ['expanded', 'key_cadre', 'collective'];

/**
 * What the ballot asks. `approval` (the default, and every conference before this field existed): one
 * number per candidate, the votes for them. `confidence` (lấy phiếu tín nhiệm, QĐ 96-QĐ/TW 2023): per
 * post holder three counts, high confidence / confidence / low confidence.
 */
export type BallotForm = 'approval' | 'confidence';
export const BALLOT_FORMS: readonly BallotForm[] = ['approval', 'confidence'];

export interface ConferenceInput {
  kind: ConferenceKind;
  /** Absent: `approval`, so runs begun before the field replay exactly as they ran. */
  ballot?: BallotForm;
  legalBasis: LegalBasis;
  /** Workflow id of the procedure this conference belongs to. */
  subject: string;
  /** Codes of the members summoned; the nominee and the proposer are never among them. */
  summoned: string[];
  candidates: string[];
  /** Enters attendance and the tally. */
  secretaryId: string;
  /** Decides a collective vote that ends exactly at 50 %. */
  headId: string;
  /** ISO time the conference was convened (taken by the caller, so the workflow stays deterministic). */
  convenedAt: string;
  /** How long the conference may stay open before it expires, in milliseconds (shortened in tests). */
  deadlineMs: number;
  /** 1 unless the step is convened again after a conference that was not held (same workflow id). */
  attempt?: number;
}

export interface AttendanceCommand {
  actorId: string;
  present: string[];
}

export interface CandidateVotes {
  candidateId: string;
  votes: number;
}

/** One post holder's counts on a confidence ballot (the three levels of QĐ 96). */
export interface ConfidenceCounts {
  candidateId: string;
  high: number;
  confidence: number;
  low: number;
}

/** What QĐ 96 makes of a holder's low-confidence share (libs/domain `confidenceVoteOutcome`). */
export type ConfidenceOutcome = 'retained' | 'out_of_planning' | 'removal_from_post';
export const CONFIDENCE_OUTCOMES: readonly ConfidenceOutcome[] = [
  'retained',
  'out_of_planning',
  'removal_from_post',
];

/** A holder's counts with what they decide; the share is low / summoned (QĐ 96's base). */
export interface ConfidenceTally extends ConfidenceCounts {
  outcome: ConfidenceOutcome;
}

export interface TallyCommand {
  actorId: string;
  ballotsCast: number;
  /** An approval ballot: the votes for each candidate. */
  votes?: CandidateVotes[];
  /** A confidence ballot: the three counts of each holder. */
  confidence?: ConfidenceCounts[];
  /** SHA-256 (hex) of the signed tally sheet, which stays outside Temporal. */
  sheetSha256: string;
}

export interface HeadDecisionCommand {
  actorId: string;
  candidateId: string;
  approve: boolean;
}

export type ConferenceOutcome = 'passed' | 'failed' | 'top_two' | 'none' | 'quorum_not_met' | 'expired';

export interface ConferenceResult {
  outcome: ConferenceOutcome;
  /** Candidates who go forward to the next step. */
  forward: string[];
  summoned: number;
  attending: number;
  ballotsCast?: number;
  votes?: CandidateVotes[];
  /** A confidence ballot: each holder's counts and outcome. */
  confidence?: ConfidenceTally[];
  sheetSha256?: string;
  /** Candidates whose exact 50 % was decided by the head. */
  decidedByHead?: string[];
}

export type ConferenceStage = 'convened' | 'attendance_recorded' | 'awaiting_head' | 'closed';

export interface ConferenceStatus {
  stage: ConferenceStage;
  attending?: number;
  quorumMet?: boolean;
  /** Candidates waiting for the head's decision (a 50 % tie). */
  awaitingHead: string[];
  result?: ConferenceResult;
}
