import type { NextFunction, Request, Response } from 'express';
import type { ApiMetrics } from './api-metrics';

/** What a request answered before any route matched it (an unknown path, a 415 of json-only) is. */
export const UNMATCHED_ROUTE = 'unmatched';

/**
 * Times every API request into `personnel_http_request_duration_seconds`. The route label is the
 * route's template (`/api/v1/tasks/*workflowId/:taskKey/decide`), read when the answer is sent, so the
 * series stay few whatever ids the paths carry; the panel's files are not API requests.
 */
export function httpMetrics(metrics: ApiMetrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!req.originalUrl.startsWith('/api')) return next();
    const end = metrics.httpDuration.startTimer();
    res.once('finish', () =>
      end({ method: req.method, route: routeTemplateOf(req), status_code: String(res.statusCode) }),
    );
    next();
  };
}

function routeTemplateOf(req: Request): string {
  const route = (req as Request & { route?: { path?: unknown } }).route;
  if (typeof route?.path === 'string') return `${req.baseUrl}${route.path}`;
  // A mount path's own middleware (the upload's sign-in check) answered: its path is a constant.
  return req.baseUrl || UNMATCHED_ROUTE;
}
