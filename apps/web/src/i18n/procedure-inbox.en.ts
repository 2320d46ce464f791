import type { procedureInboxVi } from './procedure-inbox.vi';

/**
 * English texts of the inbox of tasks: how a task relates to the user, its urgency, the list and its bulk
 * actions: the keys of procedure-inbox.vi.ts.
 */
export const procedureInboxEn: typeof procedureInboxVi = {
  relation: {
    assigned: 'Assigned to me',
    claimable: 'Group — to claim',
    claimed_by_me: 'Claimed by me',
    delegated_to_me: 'Delegated to me',
    other: 'Someone else',
  },
  urgency: {
    overdue: 'Overdue',
    due_soon: 'Due soon',
    later: 'On time',
    no_deadline: 'No deadline',
    closed: 'Done',
  },
  inbox: {
    title: 'My work',
    scopes: 'Scope',
    mine: 'My tasks',
    claimable: 'Group tasks to claim',
    all: 'All',
    kind: 'Kind',
    anyKind: 'Any kind',
    overdueOnly: 'Overdue only',
    count: (n) => `${n} task${n === 1 ? '' : 's'}`,
    empty: 'No tasks.',
    colSelect: 'Select',
    colTask: 'Task',
    colCandidates: 'Candidates',
    colPost: 'Post',
    colDue: 'Due',
    colRelation: 'Whose',
    select: (label) => `Select for bulk approval: ${label}`,
    notBulk: 'Not for bulk approval',
    newItems: (n) => `${n} new task${n === 1 ? '' : 's'}.`,
    refreshing: 'Refreshes every few seconds',
    paused: 'Refresh paused while the tab is hidden',
    updatedAt: (time) => `updated at ${time}`,
    escalated: 'Escalated',
  },
  bulk: {
    title: 'Bulk approval',
    selected: (n) => `${n} selected`,
    help: 'Only sign-offs assigned to you alone, or that you claimed, can be selected. A rejection or a return needs its own reason per dossier.',
    comment: 'Common comment (optional)',
    approve: (n) => `Approve the ${n} selected`,
    sending: 'Sending…',
    results: 'Bulk approval results',
    ok: 'Recorded',
    refused: 'Refused',
    summary: (ok, total) => `${ok} of ${total} recorded.`,
    clear: 'Clear selection',
  },
};
