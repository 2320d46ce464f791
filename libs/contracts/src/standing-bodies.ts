import type { PostIncumbent } from './appointment-api';
import type { SignOffMode, SignOffStepInput } from './procedure';

/**
 * Standing bodies and sign-off templates: the registry's named groups a start form picks in one action
 * instead of naming each member (issue 13). A procedure copies the members when it starts, so a later
 * edit of the group never changes a running procedure.
 */

/** What a standing body is: the district's standing committee, a commune's conferences, another group. */
export type StandingBodyKind =
  'standing_committee' | 'expanded_conference' | 'key_cadre_conference' | 'other';
export const STANDING_BODY_KINDS: readonly StandingBodyKind[] = [
  'standing_committee',
  'expanded_conference',
  'key_cadre_conference',
  'other',
];

/** A member's part in the body's conferences: the head decides a tie, the secretary keeps the record. */
export type StandingBodyRole = 'head' | 'secretary' | 'member';
export const STANDING_BODY_ROLES: readonly StandingBodyRole[] = ['head', 'secretary', 'member'];

export interface StandingBodyMember {
  /** User code (the account that receives the conference task). */
  userId: string;
  role: StandingBodyRole;
}

export interface StandingBodyView {
  id: string;
  code: string;
  name: string;
  unitCode: string;
  unitName: string;
  kind: StandingBodyKind;
  /** In the order the body lists them. */
  members: StandingBodyMember[];
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** POST /api/v1/standing-bodies. */
export interface CreateStandingBodyRequest {
  code: string;
  name: string;
  unitCode: string;
  kind: StandingBodyKind;
  members: StandingBodyMember[];
}

/** PUT /api/v1/standing-bodies/:id: the whole body as it should now be, with the version read. */
export interface UpdateStandingBodyRequest {
  name: string;
  kind: StandingBodyKind;
  members: StandingBodyMember[];
  active: boolean;
  version: number;
}

/** The sign-off chain a post's appointments use unless HR names another. */
export interface SignOffTemplateView {
  id: string;
  code: string;
  name: string;
  unitCode: string;
  /** Scope: one post, or every post of the unit with this title. Exactly one is set. */
  postCode: string | null;
  postTitle: string | null;
  signOffMode: SignOffMode;
  steps: SignOffStepInput[];
  signerId: string;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** POST /api/v1/sign-off-templates. */
export interface CreateSignOffTemplateRequest {
  code: string;
  name: string;
  unitCode: string;
  postCode?: string | null;
  postTitle?: string | null;
  signOffMode: SignOffMode;
  steps: SignOffStepInput[];
  signerId: string;
}

/** PUT /api/v1/sign-off-templates/:id. The scope never changes (make another template). */
export interface UpdateSignOffTemplateRequest {
  name: string;
  signOffMode: SignOffMode;
  steps: SignOffStepInput[];
  signerId: string;
  active: boolean;
  version: number;
}

/** GET /api/v1/appointments/start-defaults?postId=: what the start form fills in once a post is chosen. */
export interface AppointmentStartDefaults {
  postId: string;
  /** The holder of a single-holder post today (the decision ends their assignment), else null. */
  holder: PostIncumbent | null;
  /** The procedure already filling the post, if one is. */
  beingFilledBy: string | null;
  /** Active standing bodies of the post's unit and the units above it, closest unit first. */
  standingBodies: StandingBodyView[];
  template: SignOffTemplateView | null;
}
