import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpException,
  HttpStatus,
  Inject,
  Post,
  Req,
  Res,
  UnauthorizedException,
  BadRequestException,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTooManyRequestsResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { Request, Response } from 'express';
import type {
  AuthConfigResponse,
  AuthenticatedUser,
  BackchannelLogoutResponse,
  LoginResponse,
} from '@personnel/contracts';
import type { ApiConfig, Logger } from '@personnel/config';
import { UserStore } from '@personnel/persistence';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { API_CONFIG, LOGGER } from '../infrastructure/tokens';
import { TokenError } from './jwt';
import { CurrentUser, Public } from './auth.decorators';
import { LoginThrottle } from './login-throttle';
import { TokenService } from './token.service';

class LoginDto {
  @ApiProperty({ example: 'U-HR-01' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  username!: string;

  @ApiProperty({ example: 'demo' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}

/** OpenID Back-Channel Logout 1.0: the provider posts one signed JWT, form-encoded. */
class BackchannelLogoutDto {
  @ApiProperty({ description: 'The logout token (a JWT signed by the provider)' })
  @IsString()
  @MinLength(1)
  @MaxLength(16_384)
  logout_token!: string;
}

@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    private readonly database: DatabaseProvider,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Public()
  @Get('config')
  @ApiOperation({
    summary: 'How to sign in: local accounts, and the OpenID provider the panel signs in through (if any)',
  })
  authConfig(): AuthConfigResponse {
    const oidc = this.config.auth.oidc;
    return {
      local: true,
      oidc:
        oidc?.clientId !== undefined
          ? { issuer: oidc.issuer, clientId: oidc.clientId, scopes: oidc.scopes }
          : null,
    };
  }

  @Public()
  @Post('oidc/backchannel-logout')
  @HttpCode(200)
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({
    summary:
      "The OpenID provider's back-channel logout: the account signed out (or was disabled); its tokens stop working",
  })
  @ApiBadRequestResponse({ description: 'Not a valid logout token of the trusted provider' })
  async backchannelLogout(
    @Body() body: BackchannelLogoutDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<BackchannelLogoutResponse> {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const { sub } = await this.tokens.backchannelLogout(body.logout_token);
      this.logger.info({ sub }, 'signed out by the OpenID provider');
      return { signedOut: sub };
    } catch (error) {
      if (!(error instanceof TokenError)) throw error;
      this.logger.warn({ reason: error.message }, 'back-channel logout refused');
      throw new BadRequestException(`logout_token: ${error.message}`);
    }
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Local sign-in: a bearer token for the other endpoints' })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password' })
  @ApiTooManyRequestsResponse({
    description: 'Too many failed sign-ins for the account or from the address: wait `Retry-After` seconds',
  })
  async login(
    @Body() body: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
    const address = req.ip ?? 'unknown';
    const wait = this.throttle.retryAfterSeconds(body.username, address);
    if (wait > 0) {
      res.setHeader('Retry-After', String(wait));
      throw new HttpException(
        {
          statusCode: HttpStatus.TOO_MANY_REQUESTS,
          error: 'Too Many Requests',
          message: `Too many failed sign-ins for this account or from this address; try again in ${wait} s`,
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const user = await new UserStore(await this.database.connection()).authenticate(
      body.username,
      body.password,
    );
    if (!user) {
      this.throttle.failed(body.username, address);
      this.logger.warn({ username: body.username, address }, 'sign-in failed');
      throw new UnauthorizedException('Wrong username or password');
    }
    this.throttle.succeeded(body.username);
    return { ...this.tokens.issue(user), tokenType: 'Bearer', user };
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Who the token belongs to, with roles and unit scope' })
  @ApiOkResponse({ description: 'The authenticated user' })
  me(@CurrentUser() user: AuthenticatedUser): AuthenticatedUser {
    return user;
  }
}
