import type { ConnectionOptions } from 'node:tls';
import { DataSource, type LoggerOptions } from 'typeorm';
import { WorkflowStepEntity } from './entities/workflow-step.entity';
import { CreateWorkflowStepAndNomination1764150000000 } from './migrations/1764150000000-create-workflow-step-and-nomination';
import { CreateRegistry1764160000000 } from './migrations/1764160000000-create-registry';
import { REGISTRY_ENTITIES } from './registry/entities';
import { HashChainWorkflowSteps1764180000000 } from './migrations/1764180000000-hash-chain-workflow-steps';
import { CreateAppUser1764190000000 } from './migrations/1764190000000-create-app-user';
import { NominationWithdrawnState1764200000000 } from './migrations/1764200000000-nomination-withdrawn-state';
import { CadreListIndexes1764210000000 } from './migrations/1764210000000-cadre-list-indexes';
import { Appointments1764220000000 } from './migrations/1764220000000-appointments';
import { ProcedureTaskKinds1764230000000 } from './migrations/1764230000000-procedure-task-kinds';
import { CadreTimeline1764240000000 } from './migrations/1764240000000-cadre-timeline';
import { ProcedureKernel1764250000000 } from './migrations/1764250000000-procedure-kernel';
import { SingleHolderPostsAndRotationBatches1764260000000 } from './migrations/1764260000000-single-holder-posts-and-rotation-batches';
import { PostRankGroups1764270000000 } from './migrations/1764270000000-post-rank-groups';
import { TrainingClassCompletions1764280000000 } from './migrations/1764280000000-training-class-completions';
import { CalendarDayKind1764285000000 } from './migrations/1764285000000-calendar-day-kind';
import { ConfidenceVotes1764290000000 } from './migrations/1764290000000-confidence-votes';
import { PlanPublicationsAndProcedureItems1764300000000 } from './migrations/1764300000000-plan-publications-and-procedure-items';
import { DocumentOwningUnit1764310000000 } from './migrations/1764310000000-document-owning-unit';
import { OfficialDocuments1765100000000 } from './migrations/1765100000000-official-documents';
import { DossierDocumentDates1765200000000 } from './migrations/1765200000000-dossier-document-dates';
import { OutboxAndWebhooks1765300000000 } from './migrations/1765300000000-outbox-and-webhooks';
import { OidcSignOuts1765400000000 } from './migrations/1765400000000-oidc-sign-outs';
import { MailNotifications1765500000000 } from './migrations/1765500000000-mail-notifications';
import { TaskAnnotations1765600000000 } from './migrations/1765600000000-task-annotations';
import { InboxScaleIndexes1765700000000 } from './migrations/1765700000000-inbox-scale-indexes';
import { StandingBodiesAndSignOffTemplates1765800000000 } from './migrations/1765800000000-standing-bodies-and-sign-off-templates';
import { RegistryInboxReadColumns1766000000000 } from './migrations/1766000000000-registry-inbox-read-columns';
import { CadreCodePrefixIndex1766100000000 } from './migrations/1766100000000-cadre-code-prefix-index';

export const ENTITIES = [WorkflowStepEntity, ...REGISTRY_ENTITIES];
export const MIGRATIONS = [
  CreateWorkflowStepAndNomination1764150000000,
  CreateRegistry1764160000000,
  HashChainWorkflowSteps1764180000000,
  CreateAppUser1764190000000,
  NominationWithdrawnState1764200000000,
  CadreListIndexes1764210000000,
  Appointments1764220000000,
  ProcedureTaskKinds1764230000000,
  CadreTimeline1764240000000,
  ProcedureKernel1764250000000,
  SingleHolderPostsAndRotationBatches1764260000000,
  PostRankGroups1764270000000,
  TrainingClassCompletions1764280000000,
  CalendarDayKind1764285000000,
  ConfidenceVotes1764290000000,
  PlanPublicationsAndProcedureItems1764300000000,
  DocumentOwningUnit1764310000000,
  OfficialDocuments1765100000000,
  DossierDocumentDates1765200000000,
  OutboxAndWebhooks1765300000000,
  OidcSignOuts1765400000000,
  MailNotifications1765500000000,
  TaskAnnotations1765600000000,
  InboxScaleIndexes1765700000000,
  StandingBodiesAndSignOffTemplates1765800000000,
  RegistryInboxReadColumns1766000000000,
  CadreCodePrefixIndex1766100000000,
];

/** What node-postgres passes to `tls.connect`: the CA, a client certificate, and how the server is checked. */
export type PostgresTlsOptions = Pick<
  ConnectionOptions,
  'ca' | 'cert' | 'key' | 'rejectUnauthorized' | 'checkServerIdentity'
>;

export interface DataSourceOptions {
  url: string;
  /** Connection pool size per process. */
  poolSize?: number;
  logging?: LoggerOptions;
  applicationName?: string;
  /**
   * The longest one query may take: the server cancels it (statement_timeout) and the client gives up
   * on an answer that never comes (query_timeout: a frozen server cancels nothing). Unset: no limit.
   */
  queryTimeoutMs?: number;
  /** node-postgres's TLS options (libs/config `postgresConnectionOptions`); absent: as `url` says. */
  ssl?: PostgresTlsOptions | false;
}

/** Schema comes only from the committed migrations; `synchronize` stays off everywhere. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    ...(options.ssl !== undefined ? { ssl: options.ssl } : {}),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logging: options.logging ?? false,
    extra: {
      max: options.poolSize ?? 10,
      application_name: options.applicationName ?? 'personnel',
      connectionTimeoutMillis: 5_000,
      ...(options.queryTimeoutMs
        ? { statement_timeout: options.queryTimeoutMs, query_timeout: options.queryTimeoutMs + 1_000 }
        : {}),
    },
  });
}

/** Applies pending migrations; returns the names applied. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
