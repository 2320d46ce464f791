import { Body, Controller, Get, HttpCode, Post, UnauthorizedException } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { AuthenticatedUser, LoginResponse } from '@personnel/contracts';
import { UserStore } from '@personnel/persistence';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { CurrentUser, Public } from './auth.decorators';
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

@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    private readonly database: DatabaseProvider,
    private readonly tokens: TokenService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Local sign-in: a bearer token for the other endpoints' })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password' })
  async login(@Body() body: LoginDto): Promise<LoginResponse> {
    const user = await new UserStore(await this.database.connection()).authenticate(
      body.username,
      body.password,
    );
    if (!user) throw new UnauthorizedException('Wrong username or password');
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
