import { type Type as ClassType } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/**
 * A search of the users (the directory, their mail addresses): `q` and at most `limit` of them, 1 to 500.
 * Each list keeps its own default, `defaultLimit` (its store applies it when `limit` is absent).
 */
export function UserSearchQueryDto(defaultLimit: number): ClassType<{ q?: string; limit?: number }> {
  class UserSearchQuery {
    @ApiPropertyOptional({ description: 'Username prefix, or part of the name with or without diacritics' })
    @IsOptional()
    @IsString()
    @MaxLength(200)
    q?: string;

    @ApiPropertyOptional({ default: defaultLimit, minimum: 1, maximum: 500 })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(500)
    limit?: number;
  }
  return UserSearchQuery;
}
