/**
 * The SQL behind each registry request, taken from the library code the API runs (libs/persistence):
 * a TypeORM data source whose logger records every statement with its parameters, exactly as it goes to
 * `pg`. The bench replays those statements with plain `pg` (no HTTP, no Nest, no TypeORM) and asks
 * Postgres for their plans.
 */
import type { Logger, QueryRunner } from 'typeorm';
import type { Pool, PoolClient } from 'pg';
import { createDataSource, InboxQueries, Registry, UserStore } from '@personnel/persistence';

/** One statement as TypeORM hands it to `pg`. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/** Records the statements of whatever runs between begin() and end(). */
class CapturingLogger implements Logger {
  private recording: Statement[] | undefined;

  begin(): void {
    this.recording = [];
  }

  end(): Statement[] {
    const statements = this.recording ?? [];
    this.recording = undefined;
    return statements;
  }

  logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.recording?.push({ sql: query, params: Array.isArray(parameters) ? [...parameters] : [] });
  }

  logQueryError(): void {
    // the capture fails on its own (the call rejects)
  }

  logQuerySlow(): void {
    // not a concern of the capture
  }

  logSchemaBuild(): void {
    // never: synchronize is off
  }

  logMigration(): void {
    // never: the bench runs no migrations here
  }

  log(): void {
    // TypeORM's own chatter
  }
}

/** The registry, the user store and the inbox over one connection, with every statement recorded. */
export interface SqlCapture {
  registry: Registry;
  users: UserStore;
  inbox: InboxQueries;
  /** Runs `work` and returns the statements it sent, in order (BEGIN/COMMIT included). */
  statementsOf(work: () => Promise<unknown>): Promise<Statement[]>;
  close(): Promise<void>;
}

export async function openSqlCapture(databaseUrl: string): Promise<SqlCapture> {
  const logger = new CapturingLogger();
  const dataSource = createDataSource({
    url: databaseUrl,
    poolSize: 1,
    applicationName: 'bench-registry-capture',
  }).setOptions({ logger, logging: true });
  await dataSource.initialize();
  let busy = false;
  return {
    registry: new Registry(dataSource),
    users: new UserStore(dataSource),
    inbox: new InboxQueries(dataSource),
    async statementsOf(work) {
      if (busy) throw new Error('one capture at a time');
      busy = true;
      logger.begin();
      try {
        await work();
        return logger.end();
      } finally {
        logger.end();
        busy = false;
      }
    },
    close: () => dataSource.destroy(),
  };
}

/** Runs the statements of one request on one pooled connection, in order, as TypeORM sent them. */
export async function replay(pool: Pool, statements: readonly Statement[]): Promise<void> {
  const client: PoolClient = await pool.connect();
  try {
    for (const s of statements) await client.query(s.sql, s.params);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Statements worth a plan: the reads (BEGIN, SET TRANSACTION and COMMIT have none). */
export function isPlannable(statement: Statement): boolean {
  return /^\s*(SELECT|WITH)\b/i.test(statement.sql);
}

/** Whitespace-insensitive form of SQL, to find a statement in the server log. */
export function normaliseSql(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim();
}
