import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ROLES, type Role, type UserDirectoryEntry } from '@personnel/contracts';
import { AppointmentStores } from '../appointments/appointment-stores';

class ListUsersDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES as Role[], { message: `$property must be one of: ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ description: 'Username prefix, or part of the name with or without diacritics' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
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
