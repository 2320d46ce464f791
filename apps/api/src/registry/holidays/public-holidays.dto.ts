import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import type { PublicHolidayView } from '@personnel/contracts';
import { PageDto, PageQueryDto, VersionedDto } from '../common/paging.dto';
import { IfPresent, IsCalendarDate } from '../common/validators';

export class ListPublicHolidaysQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2200)
  year?: number;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'From this day (inclusive)' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Up to this day (inclusive)' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class CreatePublicHolidayDto {
  @ApiProperty({ example: '2026-02-17', description: 'The day (one row per day; Tết spans several)' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ example: 'Tết Nguyên đán (mùng 1)', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;
}

export class UpdatePublicHolidayDto extends VersionedDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IfPresent()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;
}

export class DeletePublicHolidayQueryDto {
  @ApiPropertyOptional({ description: 'The version you read: refuse (409) if it changed since' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;
}

export class PublicHolidayDto implements PublicHolidayView {
  @ApiProperty({ example: '2026-02-17' }) date!: string;
  @ApiProperty({ example: 'Tết Nguyên đán (mùng 1)' }) name!: string;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class PublicHolidayPageDto extends PageDto(PublicHolidayDto, 'PublicHolidayPage') {}
