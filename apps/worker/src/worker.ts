import { NativeConnection, Runtime, Worker, type WorkerOptions } from '@temporalio/worker';
import type { Logger, WorkerConfig } from '@personnel/config';
import { postgresConnectionOptions, temporalConnectionOptions } from '@personnel/config';
import { createDataSource, createDocumentStore, NotificationFacts } from '@personnel/persistence';
import { createAppointmentActivities } from './activities/appointment.activities';
import { createConfidenceActivities } from './activities/confidence.activities';
import { createJournalActivities } from './activities/journal.activities';
import { createProcedureActivities } from './activities/procedure.activities';
import { createDossierActivities } from './activities/dossier.activities';
import { createPlanActivities } from './activities/plan.activities';
import { createRotationActivities } from './activities/rotation.activities';
import { createTrainingActivities } from './activities/training.activities';
import { createWebhookActivities } from './activities/webhook.activities';
import { createNotificationActivities } from './activities/notification.activities';
import { createMailTransport } from './notifications/mail-transport';
import { ensureMailNotifier } from './start-notifications';
import { pinoTemporalLogger } from './pino-temporal-logger';
import { telemetryOptions } from './telemetry-options';
import { workflowSource } from './workflow-source';

/**
 * The activities' database: every query bounded (DATABASE_QUERY_TIMEOUT_MS), so on a stalled Postgres an
 * attempt fails and Temporal retries it instead of the activity hanging on a connection that never answers.
 */
export function workerDataSource(config: WorkerConfig) {
  return createDataSource({
    ...postgresConnectionOptions(config),
    applicationName: 'personnel-worker',
    queryTimeoutMs: config.databaseQueryTimeoutMs,
  });
}

/**
 * Concurrency slots and, when WORKER_DEPLOYMENT_NAME is set, worker deployment versioning (see
 * libs/config worker-tuning-config and docs/operations.md); unset, the worker polls unversioned.
 */
export function workerTuningOptions(
  config: WorkerConfig,
): Pick<
  WorkerOptions,
  'maxConcurrentActivityTaskExecutions' | 'maxConcurrentWorkflowTaskExecutions' | 'workerDeploymentOptions'
> {
  const d = config.deployment;
  return {
    maxConcurrentActivityTaskExecutions: config.maxConcurrentActivities,
    maxConcurrentWorkflowTaskExecutions: config.maxConcurrentWorkflowTasks,
    ...(d
      ? {
          workerDeploymentOptions: {
            version: { deploymentName: d.deploymentName, buildId: d.buildId },
            useWorkerVersioning: true,
            defaultVersioningBehavior: d.defaultVersioningBehavior,
          },
        }
      : {}),
  };
}

/**
 * Runs one worker until a shutdown signal. The SDK's Runtime owns SIGINT/SIGTERM: it asks the worker to
 * drain once; we only await run() and then close our own resources, so shutdown never happens twice.
 */
export async function runWorker(config: WorkerConfig, logger: Logger): Promise<void> {
  Runtime.install({
    logger: pinoTemporalLogger(logger.child({ component: 'temporal-sdk' })),
    telemetryOptions: telemetryOptions(config),
  });

  const dataSource = workerDataSource(config);
  await dataSource.initialize();
  const documents = createDocumentStore(dataSource, config.documentStore);
  const connection = await NativeConnection.connect(temporalConnectionOptions(config.temporal));
  try {
    const options: WorkerOptions = {
      connection,
      namespace: config.temporal.namespace,
      taskQueue: config.temporal.taskQueue,
      maxCachedWorkflows: config.maxCachedWorkflows,
      ...workerTuningOptions(config),
      activities: {
        ...createProcedureActivities(dataSource),
        ...createJournalActivities(dataSource),
        ...createAppointmentActivities(dataSource, documents),
        ...createDossierActivities(documents),
        ...createRotationActivities(dataSource),
        ...createPlanActivities(dataSource),
        ...createTrainingActivities(dataSource),
        ...createConfidenceActivities(dataSource),
        ...createWebhookActivities(dataSource, { timeoutMs: config.webhookTimeoutMs }),
        // Without SMTP_URL no mail goes out: the notifier is not started, so its activity is never called.
        ...(config.mail
          ? createNotificationActivities(dataSource, {
              transport: createMailTransport(config.mail.smtpUrl),
              from: config.mail.from,
              panelUrl: config.mail.panelUrl,
            })
          : {}),
      },
      ...workflowSource(config),
    };
    const worker = await Worker.create(options);
    logger.info(
      {
        taskQueue: config.temporal.taskQueue,
        namespace: config.temporal.namespace,
        metrics: config.metricsAddress ? `http://${config.metricsAddress}/metrics` : 'off',
        deployment: config.deployment
          ? `${config.deployment.deploymentName}.${config.deployment.buildId}`
          : undefined,
      },
      'worker running',
    );
    if (config.mail) await ensureMailNotifier(config, new NotificationFacts(dataSource), logger);
    await worker.run();
    logger.info('worker drained and stopped');
  } finally {
    await connection.close();
    await dataSource.destroy();
  }
}
