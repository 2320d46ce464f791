import { Client, Connection, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { Logger, WorkerConfig } from '@personnel/config';
import { temporalConnectionOptions } from '@personnel/config';
import {
  MAIL_NOTIFICATION_WORKFLOW_ID,
  NOTIFICATION_WORKFLOW_TYPE,
  type NotificationDeliveryInput,
} from '@personnel/contracts';
import type { NotificationFacts } from '@personnel/persistence';

/**
 * Starts the organisation's mail notifier once (its id is fixed: a second worker, or a restart, finds it
 * running). A first start begins at the outbox's head, so switching mail on does not mail the backlog.
 */
export async function ensureMailNotifier(
  config: WorkerConfig,
  facts: NotificationFacts,
  logger: Logger,
): Promise<void> {
  const connection = await Connection.connect(temporalConnectionOptions(config.temporal));
  try {
    const client = new Client({ connection, namespace: config.temporal.namespace });
    const input: NotificationDeliveryInput = { cursor: await facts.head() };
    await client.workflow.start(NOTIFICATION_WORKFLOW_TYPE, {
      workflowId: MAIL_NOTIFICATION_WORKFLOW_ID,
      taskQueue: config.temporal.taskQueue,
      args: [input],
    });
    logger.info({ workflowId: MAIL_NOTIFICATION_WORKFLOW_ID, cursor: input.cursor }, 'mail notifier started');
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  } finally {
    await connection.close();
  }
}
