import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { temporalConnectionOptions, type ApiConfig } from '@personnel/config';
import { API_CONFIG } from './tokens';

/**
 * One Temporal client per API process. The connection is lazy so the API boots (and answers 503 with a
 * reason) while Temporal is still starting or down.
 */
@Injectable()
export class TemporalClientProvider implements OnApplicationShutdown {
  readonly connection: Connection;
  readonly client: Client;

  constructor(@Inject(API_CONFIG) readonly config: ApiConfig) {
    this.connection = Connection.lazy(temporalConnectionOptions(config.temporal));
    this.client = new Client({ connection: this.connection, namespace: config.temporal.namespace });
  }

  get taskQueue(): string {
    return this.config.temporal.taskQueue;
  }

  /** Runs a client call with a deadline, so a request never hangs on an unresponsive cluster or worker. */
  withDeadline<T>(ms: number, call: () => Promise<T>): Promise<T> {
    return this.connection.withDeadline(Date.now() + ms, call);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}
