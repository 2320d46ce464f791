import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import type {
  ApiErrorBody,
  FieldProblemCode,
  FieldProblemDetail,
  FieldProblemParams,
} from '@personnel/contracts';

/**
 * The code of each class-validator constraint the DTOs use, and the params its arguments give (the
 * bound a number, a text or a list broke; the values a field takes). A decorator's `context: { code }`
 * says better what its field is (a registry code, a term); any other constraint is `invalid_value`.
 */
const CONSTRAINT_CODES: Record<
  string,
  { code: FieldProblemCode; params?: (args: unknown[]) => FieldProblemParams }
> = {
  isDefined: { code: 'required' },
  isNotEmpty: { code: 'required' },
  isString: { code: 'not_string' },
  isInt: { code: 'not_integer' },
  isNumber: { code: 'not_number' },
  isBoolean: { code: 'not_boolean' },
  isArray: { code: 'not_array' },
  isObject: { code: 'not_object' },
  nestedValidation: { code: 'not_object' },
  min: { code: 'too_small', params: ([min]) => bound('min', min) },
  max: { code: 'too_large', params: ([max]) => bound('max', max) },
  minLength: { code: 'too_short', params: ([min]) => bound('min', min) },
  maxLength: { code: 'too_long', params: ([max]) => bound('max', max) },
  arrayMinSize: { code: 'too_few', params: ([min]) => bound('min', min) },
  arrayMaxSize: { code: 'too_many', params: ([max]) => bound('max', max) },
  arrayUnique: { code: 'repeated_items' },
  isIn: {
    code: 'not_one_of',
    params: ([allowed]): FieldProblemParams =>
      Array.isArray(allowed) ? { allowed: allowed.map(String) } : {},
  },
  isEnum: { code: 'not_one_of' },
  matches: { code: 'bad_format' },
  isCalendarDate: { code: 'not_date' },
  isDateString: { code: 'not_date' },
  isIso8601: { code: 'not_date' },
  isPastDate: { code: 'not_past_date' },
  isUrl: { code: 'not_url' },
  isUuid: { code: 'not_uuid' },
  whitelistValidation: { code: 'unknown_field' },
};

/**
 * A bound as a param, or none when the metadata did not give it: a value that failed on an object the
 * transform left plain (no class, so no metadata) is still a 400 naming its field, never a 500.
 */
function bound(key: 'min' | 'max', value: unknown): FieldProblemParams {
  return typeof value === 'number' ? { [key]: value } : {};
}

/** The arguments of the constraint `name` on `property` of the class `target` was built from. */
function constraintArgs(target: object | undefined, property: string, name: string): unknown[] {
  if (!target || typeof target !== 'object') return [];
  const found = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && (m.name ?? m.type) === name);
  return found?.constraints ?? [];
}

/** One constraint's failure as a coded problem; its English words (class-validator's) as `problem`. */
function constraintProblem(
  error: ValidationError,
  field: string,
  name: string,
  problem: string,
): FieldProblemDetail {
  const known = CONSTRAINT_CODES[name];
  const context = error.contexts?.[name] as
    { code?: FieldProblemCode; params?: FieldProblemParams } | undefined;
  const params = {
    ...(known?.params?.(constraintArgs(error.target, error.property, name)) ?? {}),
    ...(context?.params ?? {}),
  };
  return { field, problem, code: context?.code ?? known?.code ?? 'invalid_value', params };
}

/** Flattens class-validator errors into one problem per field, with the field's path as its name. */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblemDetail[] {
  return errors.flatMap((error) => {
    const field = parent
      ? /^\d+$/.test(error.property)
        ? `${parent}[${error.property}]`
        : `${parent}.${error.property}`
      : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([name, problem]) =>
      constraintProblem(error, field, name, problem),
    );
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

/** A 400 naming each field; `problem` in English here, written in the request's language on the way out. */
export function badRequest(details: FieldProblemDetail[]): BadRequestException {
  const body: ApiErrorBody = {
    statusCode: 400,
    error: 'Bad Request',
    message: `Invalid request: ${details.map((d) => (d.problem.startsWith(d.field) ? d.problem : `${d.field} ${d.problem}`)).join('; ')}`,
    details,
  };
  return new BadRequestException(body);
}

/**
 * Whitelisting validation: unknown fields are refused by name rather than silently dropped. The
 * errors keep their target (the object validated) so a constraint's arguments can be read back from
 * class-validator's metadata; nothing of the target leaves in the answer.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    validationError: { target: true },
    exceptionFactory: (errors) => badRequest(fieldProblems(errors)),
  });
}
