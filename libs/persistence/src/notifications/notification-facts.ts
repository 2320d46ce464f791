import type { DataSource } from 'typeorm';
import { NOTIFIED_EVENT_TYPES, type PersonnelCloudEvent } from '@personnel/contracts';
import { EventFeedQueries } from '../events/event-feed';
import { registryNames } from '../procedures/registry-names';

/** What a task mail says: names, not codes (read at sending time from the read models and the registry). */
export interface TaskMailFacts {
  workflowId: string;
  procedureKind: string;
  unitName: string;
  postTitle: string | null;
  candidateNames: string[];
  taskKey: string;
  taskLabel: string;
  taskKind: string;
  dueAt: string | null;
  conferenceId: string | null;
  /** The task's assignees now (the recipients of a task.opened written before events carried them). */
  assigneeIds: string[];
}

/** A user a notification may reach: the address and the switch are read when the mail is decided. */
export interface NotificationRecipient {
  username: string;
  fullName: string;
  email: string | null;
  mailEnabled: boolean;
  active: boolean;
}

interface FactsRow {
  kind: string;
  unit_code: string;
  post_id: string | null;
  subject_cadre_ids: string[];
  label: string;
  task_kind: string;
  due_at: Date | null;
  conference_id: string | null;
  assignee_ids: string[];
}

/** The reads of the mail notifier: the task events of the outbox, the task's names, the recipients. */
export class NotificationFacts {
  private readonly feed: EventFeedQueries;

  constructor(private readonly dataSource: DataSource) {
    this.feed = new EventFeedQueries(dataSource);
  }

  /** The outbox's task events after a sequence, oldest first (the same feed the API and webhooks read). */
  taskEventsAfter(after: string, limit: number): Promise<PersonnelCloudEvent[]> {
    return this.feed.after(after, { types: NOTIFIED_EVENT_TYPES, limit });
  }

  /** The newest outbox sequence: where a notifier started on a running system begins. */
  head(): Promise<string> {
    return this.feed.head();
  }

  async ofTask(workflowId: string, taskKey: string): Promise<TaskMailFacts | undefined> {
    const [row]: FactsRow[] = await this.dataSource.query(
      `SELECT p.kind, p.unit_code, p.post_id, p.subject_cadre_ids,
              t.label, t.kind AS task_kind, t.due_at, t.conference_id, t.assignee_ids
       FROM procedure_task t JOIN procedure p ON p.id = t.workflow_id
       WHERE t.workflow_id = $1 AND t.task_key = $2`,
      [workflowId, taskKey],
    );
    if (!row) return undefined;
    const names = await registryNames(this.dataSource.manager, [row]);
    return {
      workflowId,
      procedureKind: row.kind,
      unitName: names.unit.get(row.unit_code) ?? row.unit_code,
      postTitle: row.post_id === null ? null : (names.post.get(row.post_id) ?? row.post_id),
      candidateNames: row.subject_cadre_ids.map((id) => names.cadre.get(id) ?? id),
      taskKey,
      taskLabel: row.label,
      taskKind: row.task_kind,
      dueAt: row.due_at === null ? null : new Date(row.due_at).toISOString(),
      conferenceId: row.conference_id,
      assigneeIds: row.assignee_ids,
    };
  }

  async recipients(usernames: readonly string[]): Promise<Map<string, NotificationRecipient>> {
    const rows: {
      username: string;
      full_name: string;
      email: string | null;
      mail_notifications: boolean;
      active: boolean;
    }[] = await this.dataSource.query(
      `SELECT username, full_name, email, mail_notifications, active FROM app_user WHERE username = ANY($1)`,
      [[...usernames]],
    );
    return new Map(
      rows.map((r) => [
        r.username,
        {
          username: r.username,
          fullName: r.full_name,
          email: r.email,
          mailEnabled: r.mail_notifications,
          active: r.active,
        },
      ]),
    );
  }
}
