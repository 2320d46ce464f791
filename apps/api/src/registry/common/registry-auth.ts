import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from '@personnel/contracts';
import { Roles } from '../../auth/auth.decorators';

/** Who maintains the registry: the personnel office and the organisation office (admin passes every check). */
export const REGISTRY_EDITORS: Role[] = ['hr_officer', 'org_office'];

/** A registry controller: every route needs a signed-in user (the global AuthGuard; reads: any role). */
export const RegistryAuth = () =>
  applyDecorators(ApiBearerAuth(), ApiUnauthorizedResponse({ description: 'Not signed in' }));

/** A route that changes the registry, or hands out its personal data in bulk: editors only. */
export const RegistryEditors = () =>
  applyDecorators(
    Roles(...REGISTRY_EDITORS),
    ApiForbiddenResponse({ description: `Needs the role ${REGISTRY_EDITORS.join(' or ')}` }),
  );
