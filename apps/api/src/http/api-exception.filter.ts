import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Inject,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ApiErrorBody } from '@personnel/contracts';
import type { Logger } from '@personnel/config';
import { classifyDependencyFailure } from '../infrastructure/infrastructure-errors';
import { LOGGER } from '../infrastructure/tokens';
import { bodyParserError } from './body-parser-errors';
import { localiseError } from './i18n/error-messages';
import { requestLanguage } from './i18n/request-language';

const DEPENDENCY_HINT = {
  temporal:
    'Temporal is unreachable; the request was not carried out. Check that the Temporal server is up (npm start starts one) and TEMPORAL_ADDRESS, then retry.',
  postgres:
    'Postgres is unreachable; the request was not carried out. Check that the database is up (npm start starts one) and DATABASE_URL, then retry.',
};

/**
 * Every error leaves as a JSON body with statusCode, error and message; never as a stack trace. A body
 * with a known code (a refusal, a validation failure) has its message written in the request's
 * language (Accept-Language, Vietnamese by default), the server's English words kept as `reason`.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const body = localiseError(this.toBody(exception), requestLanguage(http.getRequest<Request>()));
    if (body.statusCode >= 500)
      this.logger.error({ err: exception, statusCode: body.statusCode }, body.message);
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const raw = exception.getResponse();
      const fromResponse = typeof raw === 'object' && raw !== null ? (raw as Partial<ApiErrorBody>) : {};
      return undecodablePath({
        ...fromResponse,
        statusCode: status,
        error: fromResponse.error ?? HttpStatus[status] ?? 'Error',
        message: typeof fromResponse.message === 'string' ? fromResponse.message : exception.message,
      });
    }
    const parserError = bodyParserError(exception);
    if (parserError) return parserError;
    const failure = classifyDependencyFailure(exception);
    if (failure) {
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        error: 'Service Unavailable',
        message: DEPENDENCY_HINT[failure.dependency],
      };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: 'Internal Server Error',
      message: 'Unexpected error; it has been logged.',
    };
  }
}

/** The router's words for a path parameter that does not percent-decode (it names the value, not the parameter). */
const UNDECODABLE_PARAM = /^Failed to decode param '/;

/**
 * A path the router could not percent-decode answers 400 before any route runs: coded like a route's
 * own check of its path, so it is written in the request's language too.
 */
function undecodablePath(body: ApiErrorBody): ApiErrorBody {
  if (body.statusCode !== 400 || body.details || !UNDECODABLE_PARAM.test(body.message)) return body;
  return {
    ...body,
    details: [
      {
        field: 'path',
        problem: 'is not a valid percent-encoded path',
        code: 'bad_percent_encoding',
        params: {},
      },
    ],
  };
}
