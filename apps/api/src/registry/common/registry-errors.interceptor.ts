import {
  type CallHandler,
  ConflictException,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  NotFoundException,
} from '@nestjs/common';
import { catchError, type Observable } from 'rxjs';
import { RegistryError, type RegistryConflictError, type RegistryInvalidError } from '@personnel/persistence';
import { badRequest } from '../../http/validation.pipe';

/** Registry errors from libs/persistence → 404, 409 (with `code`), or 400 naming each field. */
export function toHttpError(error: unknown): unknown {
  if (!(error instanceof RegistryError)) return error;
  if (error.kind === 'not_found')
    return new NotFoundException({ statusCode: 404, error: 'Not Found', message: error.message });
  if (error.kind === 'conflict') {
    const { code, params } = error as RegistryConflictError;
    return new ConflictException({
      statusCode: 409,
      error: 'Conflict',
      message: error.message,
      code,
      ...(Object.keys(params).length > 0 ? { params } : {}),
    });
  }
  return badRequest((error as RegistryInvalidError).details);
}

@Injectable()
export class RegistryErrorsInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        throw toHttpError(error);
      }),
    );
  }
}
