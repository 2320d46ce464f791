import type { TaskMailFacts } from '@personnel/persistence';

/** Panel pages of the kinds that have one, by the first segment of the workflow id. */
const PAGES: Readonly<Record<string, string>> = {
  appointment: 'appointments',
  rotation: 'rotations',
  plan: 'plans',
};

const encodePath = (segments: string[]) => segments.map(encodeURIComponent).join('/');

/**
 * Where the task is acted on in the panel (the routes of apps/web procedure-paths.ts, which the worker may
 * not import): a conference on its own screen, another task on its procedure's page with `?task=`, a kind
 * without a page in the inbox.
 */
export function taskLink(facts: Pick<TaskMailFacts, 'workflowId' | 'taskKey' | 'conferenceId'>): string {
  const [kind, ...rest] = facts.workflowId.split('/');
  const page = PAGES[kind];
  if (!page) return '/tasks';
  const base = `/${page}/${encodePath(rest)}`;
  const conference =
    /^conference-(\d+)(?:-a\d+)?$/.exec(facts.taskKey) ??
    (facts.conferenceId ? /\/conference\/(\d+)$/.exec(facts.conferenceId) : null);
  if (conference) return `${base}/conferences/${conference[1]}`;
  return `${base}?task=${encodeURIComponent(facts.taskKey)}`;
}
