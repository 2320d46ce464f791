import type { FieldProblemCode, FieldProblemDetail, FieldProblemParams } from '@personnel/contracts';

/**
 * What can go wrong in a registry write, as errors the API turns into HTTP answers: a missing row (404),
 * a stale version or a clash with existing data (409), a reference to something that does not exist or a
 * value that contradicts the data (400, naming the field).
 */
export abstract class RegistryError extends Error {
  abstract readonly kind: 'not_found' | 'conflict' | 'invalid';
}

export class RegistryNotFoundError extends RegistryError {
  readonly kind = 'not_found';
  constructor(message: string) {
    super(message);
    this.name = 'RegistryNotFoundError';
  }
}

export class RegistryConflictError extends RegistryError {
  readonly kind = 'conflict';
  /**
   * Machine-readable reason: `stale_version`, `duplicate`, `overlap`, `in_use`, `post_held`, …, with the
   * values it names (`params`: codes, names, dates) for the API to write it in the user's language.
   */
  constructor(
    message: string,
    readonly code: string,
    readonly params: Record<string, string | number | string[]> = {},
  ) {
    super(message);
    this.name = 'RegistryConflictError';
  }
}

/** A field problem in English words, with its code and params (contracts FieldProblemCode) when it has one. */
export type FieldProblem = FieldProblemDetail;

export class RegistryInvalidError extends RegistryError {
  readonly kind = 'invalid';
  constructor(readonly details: FieldProblem[]) {
    super(details.map((d) => `${d.field} ${d.problem}`).join('; '));
    this.name = 'RegistryInvalidError';
  }
}

export function invalid(
  field: string,
  problem: string,
  code?: FieldProblemCode,
  params: FieldProblemParams = {},
): RegistryInvalidError {
  return new RegistryInvalidError([code ? { field, problem, code, params } : { field, problem }]);
}

export function staleVersion(what: string, current: number, sent: number): RegistryConflictError {
  return new RegistryConflictError(
    `${what} was changed by someone else since you read it (your version ${sent}, now ${current}); reload it and apply your change again`,
    'stale_version',
    { current, sent },
  );
}

/** Unique-violation SQLSTATE and the name of the violated constraint, when the error is one. */
export function uniqueViolation(error: unknown): string | undefined {
  const e = error as {
    code?: string;
    constraint?: string;
    driverError?: { code?: string; constraint?: string };
  };
  const driver = e?.driverError ?? e;
  return driver?.code === '23505' ? (driver.constraint ?? '') : undefined;
}
