import type { PersonnelCloudEvent } from '@personnel/contracts';
import type { TaskMailFacts } from '@personnel/persistence';

/**
 * Who a task event reaches, by user id: an opened task its assignees as the event names them (the task's
 * current ones for an event written before events carried them), a reminder those it reminded, an
 * escalation only the level it escalated to (the others were reminded already).
 */
export function recipientsOf(event: PersonnelCloudEvent, task: Pick<TaskMailFacts, 'assigneeIds'>): string[] {
  let ids: string[];
  if (event.type === 'vn.personnel.task.opened') ids = event.data.assigneeIds ?? task.assigneeIds;
  else if (event.type === 'vn.personnel.task.reminded') ids = event.data.assigneeIds;
  else if (event.type === 'vn.personnel.task.escalated')
    ids = event.data.escalatedTo ? [event.data.escalatedTo] : [];
  else ids = [];
  return [...new Set(ids)];
}
