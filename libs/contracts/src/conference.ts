import type { LegalBasis } from './registry';

/**
 * A collective step of a procedure (hội nghị): who was summoned, who attended, and the secret-ballot
 * counts entered by the secretary with a SHA-256 seal of the tally sheet. Never who voted what.
 */
export type ConferenceKind = 'expanded' | 'key_cadre' | 'collective';
export const CONFERENCE_KINDS: readonly ConferenceKind[] = ['expanded', 'key_cadre', 'collective'];

export interface ConferenceInput {
  kind: ConferenceKind;
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

export interface TallyCommand {
  actorId: string;
  ballotsCast: number;
  votes: CandidateVotes[];
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
