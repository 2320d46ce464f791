import type { ActorRef } from '../procedure/actor';
import type { ConferenceBody } from '../procedure/bodies';
import type { ProcedureStatusBase } from '../procedure/snapshot';
import type { LegalBasis, PostLevel, RuleCheck } from '../registry';

/**
 * The planning procedure (quy hoạch) of a unit for a term: `plan/<unitCode>/<term>`. The pool holds up to
 * 3 candidates per planned post; HR composes it (every entry checked live by the rules), the key cadres
 * and the collective vote, the signer approves, and approval publishes the entries to the registry, which
 * the appointment's and the rotation's eligibility then read. Each year of the term a review adds and
 * removes candidates (with automatic removal proposals) and is approved and published the same way.
 */

/** A plan's term: five years, e.g. "2025-2030". */
export const PLAN_TERM_PATTERN = /^(\d{4})-(\d{4})$/;

export function planTermYears(term: string): { from: number; to: number } | undefined {
  const m = PLAN_TERM_PATTERN.exec(term);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return to === from + 5 ? { from, to } : undefined;
}

/** `plan/<unitCode>/<term>`: one plan per unit and term. */
export function formatPlanId(unitCode: string, term: string): string {
  return `plan/${unitCode}/${term}`;
}

/**
 * One candidate for one post. `published` entries are in the registry; `candidate` ones wait for the
 * votes and the approval; `removed` ones leave at the next publication (or were dropped from a draft).
 */
export type PlanEntryStatus = 'candidate' | 'published' | 'removed';

export interface PlanEntry {
  postCode: string;
  /** The level of the planned post: the 3-posts limit counts one level. */
  postLevel: PostLevel;
  cadreId: string;
  status: PlanEntryStatus;
  /** Who put the candidate in the pool; `registry` for entries carried over from the published plan. */
  addedBy: string;
  addedAt: string;
  reason: string | null;
  removedBy: string | null;
  removedReason: string | null;
  /** In the registry since the publication of this day; null until published. */
  publishedFrom: string | null;
  /** Out of the registry from this day (a removal published); null while in it or never in it. */
  publishedTo: string | null;
}

/** Durations: working days from the calendar (or tests' ms), conference deadlines, the review year. */
export interface PlanTiming {
  taskWorkingDays: number;
  reminderWorkingDays: number;
  workingDayMs?: number;
  conferenceDeadlineMs: number;
  /** Tests only: a review year lasts this long (ms) instead of a calendar year. */
  yearMs?: number;
}

export interface PlanParties {
  /** Who may compose the pool and submit it (HR of the unit); the proposer is always among them. */
  hrIds: string[];
  /** The key-cadre conference that introduces the candidates (secret ballot). */
  keyCadre: ConferenceBody;
  /** The collective that votes the plan. */
  collective: ConferenceBody;
  /** Who approves the plan (the standing committee of the level above, by its signer). */
  signerId: string;
}

export interface PlanInput extends PlanParties {
  unitCode: string;
  term: string;
  legalBasis: LegalBasis;
  proposedBy: string;
  proposedAt: string;
  timing: PlanTiming;
  /** Set on continue-as-new: what the earlier runs built. */
  carry?: PlanCarry;
}

/** What a plan carries into its next run (continue-as-new once a year's review is published). */
export interface PlanCarry {
  seq: number;
  detail: PlanDetail;
}

export type PlanStage =
  | 'drafting'
  | 'key_cadre_vote'
  | 'collective_vote'
  | 'approval'
  | 'published'
  | 'review'
  | 'review_approval'
  | 'closed';

/** `in_force` from the first publication until the term ends; `ended` then. */
export type PlanState = 'in_progress' | 'in_force' | 'ended' | 'not_passed' | 'rejected' | 'withdrawn';

export type PlanRemovalReason = 'age' | 'discipline' | 'low_confidence' | 'standards';
export const PLAN_REMOVAL_REASONS: readonly PlanRemovalReason[] = [
  'age',
  'discipline',
  'low_confidence',
  'standards',
];

/** A removal the yearly review proposes by itself, with the rule that found it. */
export interface PlanRemovalProposal {
  postCode: string;
  cadreId: string;
  reason: PlanRemovalReason;
  check: RuleCheck;
}

export interface PlanApproval {
  number: string;
  signerId: string;
  effectiveDate: string;
  signedAt: string;
}

export interface PlanReview {
  /** 1 for the first year after the plan's approval, … */
  year: number;
  openedAt: string;
  proposals: PlanRemovalProposal[];
  structure: RuleCheck[];
  submittedAt: string | null;
  approval: PlanApproval | null;
}

/** The plan-only part of the procedure row (`procedure.detail`) and of its status. */
export interface PlanDetail {
  unitCode: string;
  term: string;
  /** Who composes, votes and approves, as the plan was opened. */
  parties: PlanParties;
  entries: PlanEntry[];
  /** The structure targets on the pool as it stands (young, women, age bands), with warnings. */
  structure: RuleCheck[];
  /** 1 for the first composition, +1 each time approval returns it to HR. */
  round: number;
  /** Conference steps convened so far: the next one is `<plan id>/conference/<conferences + 1>`. */
  conferences: number;
  approvals: PlanApproval[];
  reviews: PlanReview[];
  closedReason: string | null;
}

export interface PlanStatus extends ProcedureStatusBase, PlanDetail {
  state: PlanState;
  stage: PlanStage;
}

/**
 * What a plan's Updates answer (and what its procedure row's detail holds): the status without the
 * entries, which can run to hundreds for a district, so that no step or answer repeats them all; the
 * entries live in the `procedure_item` read model and in the status query.
 */
export type PlanSummary = Omit<PlanStatus, 'entries'> & {
  /** Entries still counted: candidates and published ones, not removed. */
  entryCount: number;
};

/** The key of a plan entry in the `procedure_item` read model. */
export function planEntryKey(entry: { postCode: string; cadreId: string }): string {
  return `${entry.postCode}/${entry.cadreId}`;
}

export interface AddPlanCandidateCommand {
  actor: ActorRef;
  postCode: string;
  cadreId: string;
  reason?: string;
}

export interface RemovePlanCandidateCommand {
  actor: ActorRef;
  postCode: string;
  cadreId: string;
  reason: string;
}

export interface SubmitPlanCommand {
  actor: ActorRef;
  comment?: string;
}

export type PlanApprovalChoice = 'approve' | 'return' | 'reject';
export const PLAN_APPROVAL_CHOICES: readonly PlanApprovalChoice[] = ['approve', 'return', 'reject'];

export interface DecidePlanCommand {
  actor: ActorRef;
  choice: PlanApprovalChoice;
  /** Approval: the decision number and the day the plan takes effect. */
  number?: string;
  effectiveDate?: string;
  /** Return and reject: why. */
  comment?: string;
}

export interface WithdrawPlanCommand {
  actor: ActorRef;
  reason: string;
}

export function initialPlanDetail(input: PlanInput): PlanDetail {
  return {
    unitCode: input.unitCode,
    term: input.term,
    parties: {
      hrIds: [...input.hrIds],
      keyCadre: input.keyCadre,
      collective: input.collective,
      signerId: input.signerId,
    },
    entries: [],
    structure: [],
    round: 1,
    conferences: 0,
    approvals: [],
    reviews: [],
    closedReason: null,
  };
}
