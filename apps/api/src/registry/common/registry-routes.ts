import { applyDecorators, Delete, Get, Patch, Post, type Type } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  type ApiParamOptions,
} from '@nestjs/swagger';
import { RegistryEditors } from './registry-auth';

/**
 * The routes every registry resource has (list, read, create, change, deactivate), each with its
 * OpenAPI summary and answers in one place; a controller names only what differs. The path parameter
 * is the one the `param` options name (`:id`, `:date`).
 */
type Shape = Type<unknown>;

export const ListRoute = (summary: string, page: Shape) =>
  applyDecorators(Get(), ApiOperation({ summary }), ApiOkResponse({ type: page }));

export const ReadRoute = (param: ApiParamOptions, summary: string, type: Shape, notFound: string) =>
  applyDecorators(
    Get(`:${param.name}`),
    ApiOperation({ summary }),
    ApiParam(param),
    ApiOkResponse({ type }),
    ApiNotFoundResponse({ description: notFound }),
  );

export const CreateRoute = (summary: string, type: Shape, conflict: string) =>
  applyDecorators(
    Post(),
    RegistryEditors(),
    ApiOperation({ summary }),
    ApiCreatedResponse({ type }),
    ApiConflictResponse({ description: conflict }),
  );

export const ChangeRoute = (param: ApiParamOptions, summary: string, type: Shape, conflict: string) =>
  applyDecorators(
    Patch(`:${param.name}`),
    RegistryEditors(),
    ApiOperation({ summary }),
    ApiParam(param),
    ApiOkResponse({ type }),
    ApiConflictResponse({ description: conflict }),
  );

export const DeactivateRoute = (param: ApiParamOptions, summary: string, type: Shape, conflict?: string) =>
  applyDecorators(
    Delete(`:${param.name}`),
    RegistryEditors(),
    ApiOperation({ summary }),
    ApiParam(param),
    ApiOkResponse({ type }),
    ...(conflict ? [ApiConflictResponse({ description: conflict })] : []),
  );
