import { holdsAnyRole } from '@personnel/domain';
import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthenticatedUser, Role } from '@personnel/contracts';
import { PUBLIC_ROUTE, REQUIRED_ROLES } from './auth.decorators';
import { timedSpan } from '../http/request-log-context';
import { TokenError } from './jwt';
import { TokenService } from './token.service';

/** Every route needs a valid bearer token unless marked @Public(); @Roles() narrows who may call it. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | undefined>; user?: AuthenticatedUser }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new UnauthorizedException(
        'Sign in first: POST /api/v1/auth/login, then send "Authorization: Bearer <accessToken>"',
      );
    }
    try {
      request.user = await timedSpan('auth', () => this.tokens.authenticate(token));
    } catch (error) {
      if (error instanceof TokenError) throw new UnauthorizedException(`Not signed in: ${error.message}`);
      throw error;
    }
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required && !holdsAnyRole(request.user.roles, required)) {
      throw new ForbiddenException(
        `This needs the role ${required.join(' or ')}; you have ${request.user.roles.join(', ')}`,
      );
    }
    return true;
  }
}
