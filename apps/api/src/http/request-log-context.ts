import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '@personnel/config';

/** What the log lines of one request carry: its id, and the one procedure it concerns once known. */
interface RequestLogContext {
  reqId: string;
  workflowId?: string;
  /** The request concerned more than one procedure (a bulk decision): no single id is right. */
  several?: boolean;
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

/** pino-http's request line (customSuccessObject / customErrorObject): the request's context added. */
export function withRequestContext(req: IncomingMessage, _res: unknown, line: object): object {
  return withContext((req as IncomingMessage & { [CONTEXT]?: RequestLogContext })[CONTEXT], line);
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
