// gRPC status codes (https://grpc.github.io/grpc/core/md_doc_statuscodes.html).
const GrpcStatus = { DEADLINE_EXCEEDED: 4, UNAVAILABLE: 14 } as const;

export type Dependency = 'temporal' | 'postgres';

export interface DependencyFailure {
  dependency: Dependency;
  /** True when the call ran out of time rather than being refused. */
  timedOut: boolean;
}

const PG_CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'EPIPE',
]);
// SQLSTATE class 08 (connection exception), 57P0x (server shutting down / cannot connect now) and
// 57014 (the statement ran past statement_timeout: the database did not answer in time).
const PG_UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3]|57014)$/;

interface ErrorLike {
  name?: string;
  code?: unknown;
  message?: string;
  cause?: unknown;
  driverError?: unknown;
}

/** Tells whether an error means a dependency is unreachable (→ 503) rather than a bug (→ 500). */
export function classifyDependencyFailure(error: unknown): DependencyFailure | undefined {
  for (
    let e = error as ErrorLike | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as ErrorLike | undefined, depth++
  ) {
    if (isTemporalUnavailable(e))
      return { dependency: 'temporal', timedOut: e.code === GrpcStatus.DEADLINE_EXCEEDED };
    const pg = (e.driverError as ErrorLike | undefined) ?? e;
    if (isPostgresUnavailable(pg))
      return {
        dependency: 'postgres',
        timedOut:
          pg.code === 'ETIMEDOUT' || pg.code === '57014' || /Query read timeout/i.test(pg.message ?? ''),
      };
  }
  return undefined;
}

function isTemporalUnavailable(e: ErrorLike): boolean {
  if (e.name === 'ServiceError' || e.name === 'TransportError' || typeof e.code === 'number') {
    return (
      e.code === GrpcStatus.UNAVAILABLE ||
      e.code === GrpcStatus.DEADLINE_EXCEEDED ||
      e.name === 'TransportError'
    );
  }
  return false;
}

function isPostgresUnavailable(e: ErrorLike): boolean {
  if (typeof e.code === 'string' && (PG_CONNECTION_CODES.has(e.code) || PG_UNAVAILABLE_SQLSTATE.test(e.code)))
    return true;
  const message = e.message ?? '';
  return (
    /timeout exceeded when trying to connect/i.test(message) ||
    // The client's query_timeout: the server did not answer in time (frozen, or overloaded).
    /Query read timeout/i.test(message) ||
    /Connection terminated/i.test(message) ||
    /Client has encountered a connection error/i.test(message)
  );
}
