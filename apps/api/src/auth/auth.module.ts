import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { LoginThrottle } from './login-throttle';
import { TokenService } from './token.service';

/** Sign-in, and the global guard every route but health and login passes. */
@Module({
  controllers: [AuthController],
  providers: [
    TokenService,
    // One throttle for the process, on its default rules (its constructor's arguments are for tests).
    { provide: LoginThrottle, useFactory: () => new LoginThrottle() },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class AuthModule {}
