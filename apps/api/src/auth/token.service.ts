import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@personnel/contracts';
import type { ApiConfig } from '@personnel/config';
import { SignOutStore, UserStore } from '@personnel/persistence';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { API_CONFIG } from '../infrastructure/tokens';
import { LOCAL_ISSUER, parseJwt, signHs256, TokenError, verifyHs256 } from './jwt';
import { userFromClaims } from './oidc-claims';
import { OidcVerifier } from './oidc-verifier';

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Issues local tokens and turns any accepted bearer token into the current user. */
@Injectable()
export class TokenService {
  readonly oidc?: OidcVerifier;

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
   * so a deactivated account or a removed role takes effect at once. An OIDC token carries them as
   * claims; the provider's back-channel logout (the user signed out, or the province disabled the
   * account) is recorded in Postgres, and a token issued before it is refused from the next request on.
   */
  async authenticate(token: string): Promise<AuthenticatedUser> {
    const { payload } = parseJwt(token);
    if (payload.iss === LOCAL_ISSUER) {
      const claims = verifyHs256(token, this.config.auth.jwtSecret, nowSeconds());
      const user = await new UserStore(await this.database.connection()).findActive(claims.sub);
      if (!user) throw new TokenError('the account behind this token is no longer active');
      return user;
    }
    const oidc = this.config.auth.oidc;
    if (!this.oidc || !oidc || payload.iss !== oidc.issuer)
      throw new TokenError('the token comes from an issuer this API does not trust');
    const claims = await this.oidc.verify(token);
    const user = userFromClaims(claims, oidc);
    const signedOut = await new SignOutStore(await this.database.connection()).signedOutAt(
      oidc.issuer,
      claims.sub,
    );
    // Seconds of the provider's own clock on both sides: no skew between the API and the provider.
    if (signedOut && claims.iat * 1000 <= signedOut.getTime())
      throw new TokenError('you were signed out at the identity provider; sign in again');
    return user;
  }

  /** Records an OpenID back-channel logout: the account's tokens issued up to then stop working. */
  async backchannelLogout(logoutToken: string): Promise<{ sub: string }> {
    const oidc = this.config.auth.oidc;
    if (!this.oidc || !oidc) throw new TokenError('this API trusts no OpenID provider');
    const { sub, iat } = await this.oidc.verifyLogoutToken(logoutToken);
    await new SignOutStore(await this.database.connection()).record(oidc.issuer, sub, new Date(iat * 1000));
    return { sub };
  }
}
