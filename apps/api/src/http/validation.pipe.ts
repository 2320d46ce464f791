import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ApiErrorBody } from '@personnel/contracts';

/** Flattens class-validator errors into one problem per field, with the field's path as its name. */
export function fieldProblems(errors: ValidationError[], parent = ''): { field: string; problem: string }[] {
  return errors.flatMap((error) => {
    const field = parent
      ? /^\d+$/.test(error.property)
        ? `${parent}[${error.property}]`
        : `${parent}.${error.property}`
      : error.property;
    const own = Object.values(error.constraints ?? {}).map((problem) => ({ field, problem }));
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

export function badRequest(details: { field: string; problem: string }[]): BadRequestException {
  const body: ApiErrorBody = {
    statusCode: 400,
    error: 'Bad Request',
    message: `Invalid request: ${details.map((d) => (d.problem.startsWith(d.field) ? d.problem : `${d.field} ${d.problem}`)).join('; ')}`,
    details,
  };
  return new BadRequestException(body);
}

/** Whitelisting validation: unknown fields are refused by name rather than silently dropped. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors) => badRequest(fieldProblems(errors)),
  });
}
