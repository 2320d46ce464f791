/** Who may do what. A user has one or more roles and, optionally, a unit scope (a subtree of units). */
export type Role = 'hr_officer' | 'org_office' | 'approver' | 'leader' | 'admin' | 'viewer';
export const ROLES: readonly Role[] = ['hr_officer', 'org_office', 'approver', 'leader', 'admin', 'viewer'];

/** The authenticated user as the API and the workflows see them; taken from the token, never the body. */
export interface AuthenticatedUser {
  /** User code, e.g. U-HR-01: the actor recorded in every workflow step. */
  username: string;
  fullName: string;
  roles: Role[];
  /** Code of the unit whose subtree the user may see and act in; null for the whole organisation. */
  unitCode: string | null;
  /** The registry cadre this user is, when linked: a nominee may not act on their own case. */
  cadreId?: string | null;
}

export interface LoginResponse {
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds until the token expires. */
  expiresIn: number;
  user: AuthenticatedUser;
}

/** How the panel may sign in (GET /api/v1/auth/config, public): local accounts, an OpenID provider, or both. */
export interface AuthConfigResponse {
  /** Local accounts (POST /api/v1/auth/login) are always accepted. */
  local: true;
  /** The OpenID provider the panel signs in through (authorization code + PKCE); null when none. */
  oidc: {
    issuer: string;
    /** The panel's public client at the provider. */
    clientId: string;
    /** Space-separated scopes to ask for. */
    scopes: string;
  } | null;
}

/** The answer to a back-channel logout the API accepted. */
export interface BackchannelLogoutResponse {
  /** The subject whose tokens issued up to the logout are refused from now on. */
  signedOut: string;
}
