import { Inject, Injectable } from '@nestjs/common';
import { ROLES, type AuthenticatedUser, type Role } from '@personnel/contracts';
import type { ApiConfig } from '@personnel/config';
import { UserStore } from '@personnel/persistence';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { API_CONFIG } from '../infrastructure/tokens';
import { LOCAL_ISSUER, parseJwt, signHs256, TokenError, verifyHs256 } from './jwt';
import { OidcVerifier } from './oidc-verifier';

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Issues local tokens and turns any accepted bearer token into the current user. */
@Injectable()
export class TokenService {
  private readonly oidc?: OidcVerifier;

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly database: DatabaseProvider,
  ) {
    if (config.auth.oidc) this.oidc = new OidcVerifier(config.auth.oidc);
  }

  issue(user: AuthenticatedUser): { accessToken: string; expiresIn: number } {
    const iat = nowSeconds();
    const expiresIn = this.config.auth.tokenTtlSeconds;
    return {
      accessToken: signHs256(
        { iss: LOCAL_ISSUER, sub: user.username, iat, exp: iat + expiresIn, cadreId: user.cadreId ?? null },
        this.config.auth.jwtSecret,
      ),
      expiresIn,
    };
  }

  /**
   * A local token names the user; their roles and scope are read again from Postgres on every request,
   * so a deactivated account or a removed role takes effect at once. An OIDC token carries them as claims.
   */
  async authenticate(token: string): Promise<AuthenticatedUser> {
    const { payload } = parseJwt(token);
    if (payload.iss === LOCAL_ISSUER) {
      const claims = verifyHs256(token, this.config.auth.jwtSecret, nowSeconds());
      const user = await new UserStore(await this.database.connection()).findActive(claims.sub);
      if (!user) throw new TokenError('the account behind this token is no longer active');
      return user;
    }
    if (!this.oidc || !this.config.auth.oidc)
      throw new TokenError('the token comes from an issuer this API does not trust');
    const claims = await this.oidc.verify(token, nowSeconds());
    const { usernameClaim, rolesClaim, unitClaim } = this.config.auth.oidc;
    const username =
      typeof claims[usernameClaim] === 'string' ? (claims[usernameClaim] as string) : String(claims.sub);
    const roles = (Array.isArray(claims[rolesClaim]) ? (claims[rolesClaim] as unknown[]) : []).filter(
      (r): r is Role => (ROLES as readonly unknown[]).includes(r),
    );
    if (roles.length === 0)
      throw new TokenError(`the token grants none of this API's roles (claim "${rolesClaim}")`);
    return {
      username,
      fullName: typeof claims.name === 'string' ? claims.name : username,
      roles,
      unitCode: typeof claims[unitClaim] === 'string' ? (claims[unitClaim] as string) : null,
      // Linked accounts only, like local ones: an unlinked user keeps the shape without cadreId.
      ...(typeof claims.cadre_id === 'string' ? { cadreId: claims.cadre_id } : {}),
    };
  }
}
