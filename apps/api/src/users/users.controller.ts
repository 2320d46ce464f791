import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ROLES, type Role, type UserDirectoryEntry } from '@personnel/contracts';
import { AppointmentStores } from '../appointments/appointment-stores';
import { UserSearchQueryDto } from './dto/user-search.dto';

class ListUsersDto extends UserSearchQueryDto(50) {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES as Role[], { message: `$property must be one of: ${ROLES.join(', ')}` })
  role?: Role;
}

/** The user directory: who can be picked as approver, signer, secretary or member (any signed-in user). */
@ApiTags('users')
@ApiBearerAuth()
@Controller('api/v1/users')
export class UsersController {
  constructor(private readonly stores: AppointmentStores) {}

  @Get()
  @ApiOperation({ summary: 'Active users, by username, optionally with a role or matching a search' })
  @ApiOkResponse({ description: 'UserDirectoryEntry[]' })
  async list(@Query() query: ListUsersDto): Promise<UserDirectoryEntry[]> {
    return (await this.stores.users()).list({ role: query.role, q: query.q, limit: query.limit });
  }
}
