import type { INestApplication } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { DECORATORS, type OpenAPIObject } from '@nestjs/swagger';
import { FIELD_PROBLEM_CODES } from '@personnel/contracts';
import type {
  OperationObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { PUBLIC_ROUTE, REQUIRED_ROLES } from '../auth/auth.decorators';
import CONTRACT_SCHEMAS from './contract-schemas.json';

/**
 * Each operation's success body as its controller declares it, in JSON schema: generated from the
 * contract types by `npm run openapi:schemas` (tools/openapi), checked to be current by its test.
 */
export interface ContractSchemas {
  operations: Record<string, string>;
  schemas: Record<string, unknown>;
}
/** The generator's name of an operation's body type; inlined, not a component of its own. */
const BODY_ALIAS = 'Body_';

/** What the guard knows of a route: whether it answers without a token and which roles it needs. */
export interface RouteGuards {
  isPublic: boolean;
  roles?: readonly string[];
  /** The status of a success (@HttpCode, else Nest's 201 for POST and 200 for the rest). */
  successStatus?: number;
  /** `<Controller>_<method>` of the handler, whatever operationId its @ApiOperation gives it. */
  handler?: string;
}

/** The one error body every route answers with (ApiExceptionFilter, json-only, the upload guards). */
export const API_ERROR_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['statusCode', 'error', 'message'],
  properties: {
    statusCode: { type: 'integer', minimum: 400, maximum: 599 },
    error: { type: 'string' },
    message: { type: 'string' },
    code: { type: 'string', description: 'Machine-readable reason of a 409, e.g. out_of_turn' },
    params: {
      type: 'object',
      description:
        'The values the refusal names beside its code (who holds the task, the state), for clients to word',
      additionalProperties: true,
    },
    reason: {
      type: 'string',
      description:
        "The server's own English words when `message` was written in the request's language (Accept-Language, vi by default) from `code` + `params`",
    },
    details: {
      type: 'array',
      description:
        "Field-level problems of a 400, each naming the field, with its code and params; `problem` in the request's language, the server's English kept as `reason`",
      items: {
        type: 'object',
        required: ['field', 'problem'],
        properties: {
          field: { type: 'string' },
          problem: { type: 'string' },
          code: { type: 'string', enum: [...FIELD_PROBLEM_CODES] },
          params: {
            type: 'object',
            description: 'The values the problem names beside its code (cadre, post, unit codes; bounds)',
            additionalProperties: true,
          },
          reason: { type: 'string', description: "The server's own English words" },
        },
      },
    },
  },
};

const ERROR_REF = { $ref: '#/components/schemas/ApiError' };
const BODY_METHODS = new Set(['post', 'put', 'patch']);
/** The document upload takes any bytes: the one body route that never answers 415. */
const ANY_BODY_PATHS = ['/api/v1/documents'];

/** Why each status is answered, for the operations whose decorators do not say it themselves. */
const WHY = {
  400: 'A parameter or body field is invalid (each named in details), or the body is not JSON',
  401: 'Not signed in (no, expired or forged bearer token)',
  403: (roles: readonly string[]) => `Needs the role ${roles.join(' or ')}`,
  404: 'Nothing by that id in your unit scope',
  413: 'The request body is larger than the limit',
  415: 'The body is not of the type this route reads (application/json unless it says otherwise)',
  429: 'Too many failed sign-ins for this account or address; Retry-After says when to try again',
  503: 'Postgres or Temporal is unreachable; nothing was carried out',
};

/**
 * Completes the generated OpenAPI document with what every route really answers besides its own
 * decorators: the shared error body (ApiError) on every 4xx/5xx, 401 unless public, 403 where a role
 * guard applies, 400 where there is input, 404 where the path names something, 413/415 where a body
 * is read, 429 for the sign-in, 503 everywhere (every route reads Postgres, at least the account).
 * Explicit decorators stay as they are (their descriptions are better); only missing statuses are added.
 */
export function documentEveryAnswer(
  document: OpenAPIObject,
  guardsOf: (operationId: string) => RouteGuards | undefined,
  bodies: ContractSchemas = CONTRACT_SCHEMAS,
): OpenAPIObject {
  document.components ??= {};
  const contractSchemas = Object.fromEntries(
    Object.entries(bodies.schemas).filter(([name]) => !name.startsWith(BODY_ALIAS)),
  );
  // Nest's own schemas (the DTOs) win over a contract type of the same name.
  document.components.schemas = {
    ...contractSchemas,
    ...document.components.schemas,
    ApiError: API_ERROR_SCHEMA,
  };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item) as [string, OperationObject][]) {
      if (!operation?.responses) continue;
      const guards = guardsOf(operation.operationId ?? '') ?? { isPublic: false };
      const statuses = Object.keys(operation.responses);
      if (!statuses.some((status) => status.startsWith('2'))) {
        const success = guards.successStatus ?? (method === 'post' ? 201 : 200);
        operation.responses[String(success)] = { description: 'Done' };
      }
      for (const [status, description] of answersOf(path, method, operation, guards))
        operation.responses[status] ??= { description };
      describeSuccess(operation, guards.handler ?? operation.operationId ?? '', bodies);
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400 || !response || '$ref' in response) continue;
        (response as ResponseObject).content ??= { 'application/json': { schema: ERROR_REF } };
      }
    }
  }
  return document;
}

/**
 * A success without a described body gets its controller's declared return type (the contract
 * type, see tools/openapi/contract-schemas.ts); a report that answers CSV on `?format=csv` says so.
 */
function describeSuccess(operation: OperationObject, handler: string, bodies: ContractSchemas): void {
  const schema = bodies.schemas[bodies.operations[handler] ?? ''] as SchemaObject | undefined;
  const csv = (operation.parameters ?? []).some(
    (p) =>
      'in' in p &&
      p.in === 'query' &&
      p.name === 'format' &&
      (p.schema as SchemaObject)?.enum?.includes('csv'),
  );
  for (const [status, response] of Object.entries(operation.responses)) {
    if (!status.startsWith('2') || status === '204' || !response || '$ref' in response) continue;
    if (response.content || !schema) continue;
    response.content = {
      'application/json': { schema },
      ...(csv ? { 'text/csv': { schema: { type: 'string' } } } : {}),
    };
  }
}

function answersOf(
  path: string,
  method: string,
  operation: OperationObject,
  guards: RouteGuards,
): [string, string][] {
  const answers: [string, string][] = [];
  const parameters = operation.parameters ?? [];
  const typedBody = BODY_METHODS.has(method) && !ANY_BODY_PATHS.includes(path);
  if (parameters.length > 0 || BODY_METHODS.has(method)) answers.push(['400', WHY[400]]);
  if (!guards.isPublic) answers.push(['401', WHY[401]]);
  if (guards.roles?.length) answers.push(['403', WHY[403](guards.roles)]);
  if (parameters.some((p) => 'in' in p && p.in === 'path')) answers.push(['404', WHY[404]]);
  if (BODY_METHODS.has(method)) answers.push(['413', WHY[413]]);
  if (typedBody) answers.push(['415', WHY[415]]);
  if (path === '/api/v1/auth/login') answers.push(['429', WHY[429]]);
  answers.push(['503', WHY[503]]);
  return answers;
}

/**
 * The guard's metadata of every controller method, by the operationId Nest's swagger gives it
 * (`<Controller>_<method>`), read as the AuthGuard reads it (the method's, else the controller's).
 */
export function routeGuardsOf(app: INestApplication): (operationId: string) => RouteGuards | undefined {
  const reflector = app.get(Reflector);
  const byOperation = new Map<string, RouteGuards>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!controller?.prototype) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const targets = [handler, controller];
        const explicitId = reflector.get<{ operationId?: string } | undefined>(
          DECORATORS.API_OPERATION,
          handler as never,
        )?.operationId;
        byOperation.set(explicitId ?? `${controller.name}_${name}`, {
          handler: `${controller.name}_${name}`,
          isPublic: reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) === true,
          roles: reflector.getAllAndOverride<string[] | undefined>(REQUIRED_ROLES, targets),
          successStatus: reflector.get<number | undefined>(HTTP_CODE_METADATA, handler as never),
        });
      }
    }
  }
  return (operationId) => byOperation.get(operationId);
}
