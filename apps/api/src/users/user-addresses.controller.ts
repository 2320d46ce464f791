import { Body, Controller, Get, NotFoundException, Param, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser, UserAddressView } from '@personnel/contracts';
import { UserAddresses } from '@personnel/persistence';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { ListUserAddressesDto, SetUserEmailDto } from './dto/user-address.dto';

/**
 * Users' mail addresses (administrators only): the address is the office's to keep, not the user's,
 * since task mail goes there. Each change is journalled on `user/<username>` (GET /api/v1/audit/verify).
 */
@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/v1/users')
export class UserAddressesController {
  constructor(private readonly database: DatabaseProvider) {}

  private async addresses(): Promise<UserAddresses> {
    return new UserAddresses(await this.database.connection());
  }

  @Get('addresses')
  @ApiOperation({ summary: 'Active users by name, with the address task mail goes to and its last change' })
  @ApiOkResponse({ description: 'UserAddressView[]' })
  @ApiForbiddenResponse({ description: 'Not an administrator' })
  async list(@Query() query: ListUserAddressesDto): Promise<UserAddressView[]> {
    return (await this.addresses()).list({ q: query.q, missing: query.missing, limit: query.limit });
  }

  @Put(':username/email')
  @ApiParam({ name: 'username', description: 'The account whose address is set' })
  @ApiOperation({
    summary: "Set or remove a user's mail address; journalled once per change (the same address: nothing)",
  })
  @ApiOkResponse({ description: 'UserAddressView' })
  @ApiBadRequestResponse({ description: '`email` is not an address (or too long), nor null' })
  @ApiForbiddenResponse({ description: 'Not an administrator' })
  @ApiNotFoundResponse({ description: 'No active account with that username' })
  async setEmail(
    @Param('username') username: string,
    @Body() body: SetUserEmailDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<UserAddressView> {
    const outcome = await (
      await this.addresses()
    ).set({
      username,
      email: body.email,
      actor: user.username,
    });
    if (!outcome) throw new NotFoundException(`No active account ${username}`);
    return outcome.user;
  }
}
