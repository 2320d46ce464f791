import type {
  AuthenticatedUser,
  NominationDetail,
  NominationListQuery,
  NominationState,
  NominationView,
} from '../api/types';
import { can } from '../auth/permissions';

/**
 * The inbox as pure functions: which lists a user has, what each asks the API, how the URL keeps the
 * filters, how a page is sorted, and how an approval chain reads. The components only render them.
 *
 * Deadlines, group tasks to claim and "due / overdue first" arrive with the appointment procedure: they
 * become another InboxView and another SortKey here, nothing else changes shape.
 */
export type InboxView = 'awaiting' | 'involved' | 'all';
export type SortKey = 'activity' | 'waiting' | 'proposed';

export const SORT_KEYS: readonly SortKey[] = ['activity', 'waiting', 'proposed'];
/** The states the list can be filtered by (a state the API adds joins here, and in the dictionaries). */
export const STATES: readonly NominationState[] = ['pending', 'approved', 'rejected', 'withdrawn'];
export const PAGE_SIZE = 20;

export interface InboxFilters {
  view: InboxView;
  state?: NominationState;
  cadreId?: string;
  sort: SortKey;
  /** 1-based. */
  page: number;
}

/** Approvers get their inbox first; everyone can see every nomination (reads are open to any role). */
export function availableViews(user: Pick<AuthenticatedUser, 'roles'>): InboxView[] {
  return can(user, 'decide') ? ['awaiting', 'involved', 'all'] : ['all'];
}

export function parseInboxFilters(
  params: URLSearchParams,
  user: Pick<AuthenticatedUser, 'roles'>,
): InboxFilters {
  const views = availableViews(user);
  const view = views.find((v) => v === params.get('view')) ?? views[0] ?? 'all';
  const state = STATES.find((s) => s === params.get('state'));
  const sort = SORT_KEYS.find((s) => s === params.get('sort')) ?? 'activity';
  const page = Math.max(1, Math.floor(Number(params.get('page')) || 1));
  const cadreId = params.get('cadreId')?.trim() || undefined;
  return { view, state: view === 'awaiting' ? undefined : state, cadreId, sort, page };
}

/** The URL keeps only what differs from the defaults, so links stay short and shareable. */
export function inboxSearchParams(filters: InboxFilters, defaultView: InboxView): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.view !== defaultView) params.set('view', filters.view);
  if (filters.state && filters.view !== 'awaiting') params.set('state', filters.state);
  if (filters.cadreId) params.set('cadreId', filters.cadreId);
  if (filters.sort !== 'activity') params.set('sort', filters.sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** What GET /api/v1/nominations is asked for one view of the inbox. */
export function inboxQuery(
  filters: InboxFilters,
  username: string,
  pageSize = PAGE_SIZE,
): NominationListQuery {
  const paging = { limit: pageSize, offset: (filters.page - 1) * pageSize };
  const cadre = filters.cadreId ? { cadreId: filters.cadreId } : {};
  switch (filters.view) {
    case 'awaiting':
      // Waiting for me now is pending by definition.
      return { awaitingApproverId: username, ...cadre, ...paging };
    case 'involved':
      return {
        approverId: username,
        ...(filters.state ? { state: filters.state } : {}),
        ...cadre,
        ...paging,
      };
    case 'all':
      return { ...(filters.state ? { state: filters.state } : {}), ...cadre, ...paging };
  }
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * Sorts one page. 'activity' keeps the API's order (latest activity first); 'waiting' puts what has
 * waited longest since its last step first; 'proposed' the newest proposals. Ties keep the API's order.
 */
export function sortNominations(items: readonly NominationView[], sort: SortKey): NominationView[] {
  const indexed = items.map((item, index) => ({ item, index }));
  const by = (key: (n: NominationView) => string, direction: 1 | -1) =>
    indexed
      .sort((a, b) => {
        const ka = key(a.item);
        const kb = key(b.item);
        return ka === kb ? a.index - b.index : ka < kb ? -direction : direction;
      })
      .map((x) => x.item);
  switch (sort) {
    case 'activity':
      return [...items];
    case 'waiting':
      return by((n) => n.updatedAt, 1);
    case 'proposed':
      return by((n) => n.proposedAt, -1);
  }
}

/** Ids present now and not in the previous poll that are waiting for me: to announce "new in your inbox". */
export function newlyAwaiting(
  previous: readonly NominationView[] | undefined,
  current: readonly NominationView[],
  username: string,
): NominationView[] {
  if (!previous) return [];
  const seen = new Set(previous.map((n) => n.id));
  return current.filter((n) => !seen.has(n.id) && n.currentApproverId === username);
}

export type ChainStatus = 'approved' | 'rejected' | 'current' | 'waiting' | 'not_reached';

export interface ChainLink {
  approverId: string;
  position: number;
  status: ChainStatus;
  comment?: string;
  decidedAt?: string;
}

/**
 * The approval chain as it stands: who approved or rejected (from the recorded decisions), whose turn it
 * is, who still waits, and who will not be asked because an earlier approver rejected.
 */
export function approvalChain(nomination: NominationView | NominationDetail): ChainLink[] {
  const decisions = new Map<string, { decision: string; comment?: string; at: string }>();
  for (const step of 'timeline' in nomination ? nomination.timeline : []) {
    if (step.kind !== 'decision') continue;
    const decision = typeof step.payload.decision === 'string' ? step.payload.decision : '';
    const comment = typeof step.payload.comment === 'string' ? step.payload.comment : undefined;
    decisions.set(step.actor, { decision, comment, at: step.occurredAt });
  }
  const currentIndex = nomination.currentApproverId
    ? nomination.approverIds.indexOf(nomination.currentApproverId)
    : -1;
  let rejected = false;
  return nomination.approverIds.map((approverId, i) => {
    const link: ChainLink = { approverId, position: i + 1, status: 'waiting' };
    const decided = decisions.get(approverId);
    if (decided) {
      link.status = decided.decision === 'reject' ? 'rejected' : 'approved';
      if (decided.comment) link.comment = decided.comment;
      link.decidedAt = decided.at;
      if (link.status === 'rejected') rejected = true;
    } else if (rejected || (nomination.state !== 'pending' && nomination.state !== 'approved')) {
      // Rejected by someone, or ended otherwise (withdrawn): the rest are never asked.
      link.status = 'not_reached';
    } else if (nomination.state === 'approved' || (currentIndex >= 0 && i < currentIndex)) {
      link.status = 'approved';
    } else if (i === currentIndex) {
      link.status = 'current';
    }
    return link;
  });
}
