import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Inject,
} from '@nestjs/common';
import type { Response } from 'express';
import type { ApiErrorBody } from '@personnel/contracts';
import type { Logger } from '@personnel/config';
import { classifyDependencyFailure } from '../infrastructure/infrastructure-errors';
import { LOGGER } from '../infrastructure/tokens';

const DEPENDENCY_HINT = {
  temporal:
    'Temporal is unreachable; the request was not carried out. Check that the Temporal server is up (npm start starts one) and TEMPORAL_ADDRESS, then retry.',
  postgres:
    'Postgres is unreachable; the request was not carried out. Check that the database is up (npm start starts one) and DATABASE_URL, then retry.',
};

/** Every error leaves as a JSON body with statusCode, error and message; never as a stack trace. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500)
      this.logger.error({ err: exception, statusCode: body.statusCode }, body.message);
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const raw = exception.getResponse();
      const fromResponse = typeof raw === 'object' && raw !== null ? (raw as Partial<ApiErrorBody>) : {};
      return {
        ...fromResponse,
        statusCode: status,
        error: fromResponse.error ?? HttpStatus[status] ?? 'Error',
        message: typeof fromResponse.message === 'string' ? fromResponse.message : exception.message,
      };
    }
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
