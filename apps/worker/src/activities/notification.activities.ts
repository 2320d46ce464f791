import type { DataSource } from 'typeorm';
import { Context } from '@temporalio/activity';
import type { Transporter } from 'nodemailer';
import type {
  NotificationActivities,
  NotificationBatchInput,
  NotificationBatchOutcome,
  PersonnelCloudEvent,
} from '@personnel/contracts';
import { NotificationFacts, NotificationLedger, type NotificationKey } from '@personnel/persistence';
import { composeTaskMail, type MailedEventType } from '../notifications/task-mail';
import { recipientsOf } from '../notifications/recipients-of';

export interface MailOptions {
  /** A nodemailer transport (SMTP in every deployment: `createMailTransport`). */
  transport: Transporter;
  from: string;
  panelUrl: string;
}

/**
 * The mail notifier: the task events after the cursor, one mail per (event, recipient), each decided
 * once in `notification_delivery`. The claim is committed before the SMTP conversation: a retried
 * attempt skips what was sent, sends again what the relay refused, and does not resend what a crash
 * interrupted mid-conversation (docs/architecture.md: at most once per pair).
 */
export function createNotificationActivities(
  dataSource: DataSource,
  mail: MailOptions,
): NotificationActivities {
  const facts = new NotificationFacts(dataSource);
  const ledger = new NotificationLedger(dataSource);

  /** Sends or skips each recipient of one event; throws (the attempt fails) when the relay refuses one. */
  async function handle(event: PersonnelCloudEvent): Promise<{ sent: number; skipped: number }> {
    const data = event.data as { taskKey?: string };
    const task = data.taskKey ? await facts.ofTask(event.subject, data.taskKey) : undefined;
    if (!task) return { sent: 0, skipped: 0 };
    const ids = recipientsOf(event, task);
    const people = await facts.recipients(ids);
    let sent = 0;
    let skipped = 0;
    for (const id of ids) {
      const person = people.get(id);
      const base = {
        eventId: event.id,
        recipient: id,
        channel: 'mail' as const,
        eventSequence: event.sequence,
        eventType: event.type,
      };
      const address = person?.active && person.mailEnabled ? person.email : null;
      if (!person || address === null) {
        const reason = !person?.active
          ? 'no_active_account'
          : !person.mailEnabled
            ? 'switched_off'
            : 'no_address';
        await ledger.skip({ ...base, address: person?.email ?? null, reason });
        skipped++;
        continue;
      }
      if ((await ledger.claim({ ...base, address })) !== 'claimed') {
        skipped++;
        continue;
      }
      const key: NotificationKey = base;
      const content = composeTaskMail(event.type as MailedEventType, task, person.fullName, mail.panelUrl);
      try {
        const info = await mail.transport.sendMail({
          from: mail.from,
          to: { name: person.fullName, address },
          subject: content.subject,
          text: content.text,
          html: content.html,
          // The same id on every attempt of this pair: a mail client that saw it once can tell.
          messageId: `<${event.id}.${encodeURIComponent(id)}@personnel.notifications>`,
          headers: { 'X-Personnel-Event': `${event.type} ${event.id}` },
        });
        await ledger.markSent(key, String(info.messageId));
        sent++;
      } catch (error) {
        await ledger.markFailed(key, (error as Error).message);
        throw error;
      }
    }
    return { sent, skipped };
  }

  return {
    async deliverNotificationBatch(input: NotificationBatchInput): Promise<NotificationBatchOutcome> {
      const found = await facts.taskEventsAfter(input.after, input.limit + 1);
      const page = found.slice(0, input.limit);
      let cursor = input.after;
      let sent = 0;
      let skipped = 0;
      for (const event of page) {
        const r = await handle(event);
        sent += r.sent;
        skipped += r.skipped;
        cursor = event.sequence;
        Context.current().heartbeat(cursor);
      }
      return { cursor, sent, skipped, more: found.length > input.limit };
    },
  };
}
