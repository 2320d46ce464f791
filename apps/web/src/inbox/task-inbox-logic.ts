import type {
  InboxScope,
  TaskCountsQuery,
  TaskKind,
  TaskListQuery,
  TaskSort,
  TaskView,
} from '../api/appointment-types';

/**
 * The procedure inbox as pure functions: its filters in the URL, what GET /api/v1/tasks is asked (the
 * API sorts across every page: the panel never re-sorts one page), and which rows bulk approval may take.
 */
export const SCOPES: readonly InboxScope[] = ['mine', 'claimable', 'all', 'done'];
export const SORTS: readonly TaskSort[] = ['urgency', 'created', 'followUp', 'priority'];
export const TASK_KINDS: readonly TaskKind[] = [
  'sign_off',
  'decision',
  'exception',
  'revision',
  'conference',
  'reconvene',
  'self_assessment',
  'hand_over',
  'evaluation',
  'end_of_term',
];
export const TASK_PAGE_SIZE = 20;

export interface TaskFilters {
  scope: InboxScope;
  kind?: TaskKind;
  overdueOnly: boolean;
  /** Free text (candidate, post, unit); empty when not searching. */
  q: string;
  sort: TaskSort;
  /** 1-based. */
  page: number;
}

export function parseTaskFilters(params: URLSearchParams): TaskFilters {
  return {
    scope: SCOPES.find((s) => s === params.get('scope')) ?? 'mine',
    kind: TASK_KINDS.find((k) => k === params.get('kind')),
    overdueOnly: params.get('overdue') === 'true',
    q: (params.get('q') ?? '').slice(0, 100),
    sort: SORTS.find((s) => s === params.get('sort')) ?? 'urgency',
    page: Math.max(1, Math.floor(Number(params.get('page')) || 1)),
  };
}

export function taskSearchParams(filters: TaskFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.scope !== 'mine') params.set('scope', filters.scope);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.overdueOnly) params.set('overdue', 'true');
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.sort !== 'urgency') params.set('sort', filters.sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** Open tasks in "mine", "claimable" and "all" (the counts on the tabs count those); "done": finished by me. */
export function taskQuery(filters: TaskFilters, pageSize = TASK_PAGE_SIZE): TaskListQuery {
  return {
    scope: filters.scope,
    ...(filters.scope === 'done' ? {} : { status: 'open' as const }),
    ...countsQuery(filters),
    ...(filters.sort !== 'urgency' ? { sort: filters.sort } : {}),
    limit: pageSize,
    offset: (filters.page - 1) * pageSize,
  };
}

/** The counts on the tabs follow the same narrowing as the list. */
export function countsQuery(filters: TaskFilters): TaskCountsQuery {
  return {
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.overdueOnly ? { overdue: true } : {}),
    ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
  };
}

/** Due within this long counts as "due soon". */
export const DUE_SOON_MS = 2 * 24 * 60 * 60 * 1000;

export type Urgency = 'overdue' | 'due_soon' | 'later' | 'no_deadline' | 'closed';

export function urgency(task: Pick<TaskView, 'overdue' | 'dueAt' | 'status'>, now: number): Urgency {
  if (task.status === 'done' || task.status === 'cancelled') return 'closed';
  if (task.overdue) return 'overdue';
  if (!task.dueAt) return 'no_deadline';
  const due = Date.parse(task.dueAt);
  if (due <= now) return 'overdue';
  return due - now <= DUE_SOON_MS ? 'due_soon' : 'later';
}

export const taskId = (task: Pick<TaskView, 'workflowId' | 'taskKey'>) =>
  `${task.workflowId}#${task.taskKey}`;

/**
 * Bulk approval takes open sign-off tasks that are the user's alone: personal (one assignee, them) or a
 * group task they have claimed. Not one still to claim, not a stand-in's (a delegation is for one task,
 * looked at), not a decision or an exception (each needs its own fields).
 */
export function bulkApprovable(task: TaskView): boolean {
  return task.kind === 'sign_off' && task.actions.includes('approve') && task.relation !== 'delegated_to_me';
}

/** Tasks in this poll that were not in the previous one and are the user's to act on: "new in your inbox". */
export function newlyMine(
  previous: readonly TaskView[] | undefined,
  current: readonly TaskView[],
): TaskView[] {
  if (!previous) return [];
  const seen = new Set(previous.map(taskId));
  return current.filter((t) => !seen.has(taskId(t)) && t.status === 'open' && t.relation !== 'other');
}

/** The selection kept after a refresh: only rows still present and still approvable. */
export function keepSelection(selected: ReadonlySet<string>, tasks: readonly TaskView[]): Set<string> {
  const allowed = new Set(tasks.filter(bulkApprovable).map(taskId));
  return new Set([...selected].filter((id) => allowed.has(id)));
}
