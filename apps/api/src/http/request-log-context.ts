import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '@personnel/config';

const current = new AsyncLocalStorage<{ reqId: string }>();

/**
 * The API's logger, whose every line written while a request is handled carries that request's id
 * (`reqId`), whoever writes it: a controller, the exception filter, Nest itself. Lines outside a
 * request (boot, the batch runner's resumption) have none.
 */
export function withRequestIds(logger: Logger): Logger {
  return logger.child(
    {},
    {
      formatters: {
        log: (object: object) => {
          const reqId = current.getStore()?.reqId;
          return reqId && !('reqId' in object) ? { reqId, ...object } : object;
        },
      },
    },
  );
}

/** Runs the rest of the request inside its id's context (after pino-http, which gives `req.id`). */
export function requestLogContext(req: Request, _res: Response, next: NextFunction): void {
  current.run({ reqId: String((req as Request & { id?: unknown }).id) }, next);
}
