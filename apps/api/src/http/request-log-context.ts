import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '@personnel/config';

/** What the log lines of one request carry: its id, and the one procedure it concerns once known. */
interface RequestLogContext {
  reqId: string;
  workflowId?: string;
  /** The request concerned more than one procedure (a bulk decision): no single id is right. */
  several?: boolean;
  /** Milliseconds of the request's own stages (auth, scope check, Temporal Update), summed by name. */
  spans?: Record<string, number>;
}

const current = new AsyncLocalStorage<RequestLogContext>();
const CONTEXT = Symbol('requestLogContext');

/**
 * The API's logger, whose every line written while a request is handled carries that request's id
 * (`reqId`) and, once the request names its procedure, the `workflowId`: whoever writes the line (a
 * controller, the exception filter, Nest itself). Lines outside a request (boot) have neither.
 */
export function withRequestIds(logger: Logger): Logger {
  return logger.child(
    {},
    { formatters: { log: (object: object) => withContext(current.getStore(), object) } },
  );
}

/** Runs the rest of the request inside its context (after pino-http, which gives `req.id`). */
export function requestLogContext(req: Request, _res: Response, next: NextFunction): void {
  const context: RequestLogContext = { reqId: String((req as Request & { id?: unknown }).id) };
  (req as Request & { [CONTEXT]?: RequestLogContext })[CONTEXT] = context;
  current.run(context, next);
}

/**
 * The request concerns this procedure: its lines from now on, and its request line, say so. Called
 * where every request on one procedure passes (its scope check, its start).
 */
export function logWorkflowId(workflowId: string): void {
  const context = current.getStore();
  if (!context || context.several || context.workflowId === workflowId) return;
  if (context.workflowId) {
    context.several = true;
    context.workflowId = undefined;
  } else context.workflowId = workflowId;
}

/**
 * Times `work` as one stage of the current request (`name`, in ms): the request line then carries
 * `spans` beside pino-http's `responseTime`, which is how bench/README.md breaks an approval down.
 * Outside a request it only runs `work`.
 */
export async function timedSpan<T>(name: string, work: () => Promise<T>): Promise<T> {
  const context = current.getStore();
  if (!context) return work();
  const began = performance.now();
  try {
    return await work();
  } finally {
    const spans = (context.spans ??= {});
    spans[name] = Math.round(((spans[name] ?? 0) + performance.now() - began) * 100) / 100;
  }
}

/** pino-http's request line (customSuccessObject / customErrorObject): the request's context added. */
export function withRequestContext(req: IncomingMessage, _res: unknown, line: object): object {
  const context = (req as IncomingMessage & { [CONTEXT]?: RequestLogContext })[CONTEXT];
  const withIds = withContext(context, line);
  return context?.spans ? { ...withIds, spans: context.spans } : withIds;
}

function withContext(context: RequestLogContext | undefined, object: object): object {
  if (!context) return object;
  const { reqId, workflowId } = context;
  return {
    ...(!('reqId' in object) ? { reqId } : {}),
    ...(workflowId && !('workflowId' in object) ? { workflowId } : {}),
    ...object,
  };
}
