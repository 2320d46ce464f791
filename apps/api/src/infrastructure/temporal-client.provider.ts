import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor } from '@temporalio/client';
import { temporalConnectionOptions, type ApiConfig } from '@personnel/config';
import { API_CONFIG } from './tokens';

/**
 * Attempts of one call on a server that refuses it (UNAVAILABLE). The SDK's default, 10, backs off for
 * about 20 s: a request would wait that long to learn Temporal is down, and past its own deadline would
 * not even know it is down. Five ride out a restart's blip (about 2 s of backoff) and then answer 503.
 */
export const TEMPORAL_CALL_ATTEMPTS = 5;

/**
 * One Temporal client per API process. The connection is lazy so the API boots (and answers 503 with a
 * reason) while Temporal is still starting or down.
 */
@Injectable()
export class TemporalClientProvider implements OnApplicationShutdown {
  readonly connection: Connection;
  readonly client: Client;

  constructor(@Inject(API_CONFIG) readonly config: ApiConfig) {
    this.connection = Connection.lazy({
      ...temporalConnectionOptions(config.temporal),
      interceptors: [
        makeGrpcRetryInterceptor(defaultGrpcRetryOptions({ maxAttempts: TEMPORAL_CALL_ATTEMPTS })),
      ],
    });
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
