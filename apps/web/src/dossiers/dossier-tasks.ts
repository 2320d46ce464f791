import type { TaskView } from '../api/appointment-types';

/**
 * The dossier gate's tasks (HR's `dossier` and renewals, the leader's `dossier-exception`): their forms
 * are the dossier section's, so the side column's task forms leave them out.
 */
export function isDossierTask(task: Pick<TaskView, 'kind' | 'taskKey'>): boolean {
  return task.kind === 'dossier' || task.taskKey === 'dossier-exception';
}

/** Whether the user may act on one of the dossier tasks by this key (the task answers `act`). */
export function actsOn(tasks: readonly TaskView[], taskKey: string): boolean {
  return tasks.some((t) => t.taskKey === taskKey && t.status === 'open' && t.actions.includes('act'));
}

/** HR (or the organisation office, or an administrator) adds documents to a running procedure's dossier. */
export function mayAddDossierDocuments(roles: readonly string[]): boolean {
  return ['hr_officer', 'org_office', 'admin'].some((role) => roles.includes(role));
}
