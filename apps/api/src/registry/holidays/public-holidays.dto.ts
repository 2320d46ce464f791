import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CALENDAR_DAY_KINDS, type CalendarDayKind, type PublicHolidayView } from '@personnel/contracts';
import { oneOf } from '../../procedures/dto/fields';
import { MAX_VERSION, PageDto, PageQueryDto, VersionedDto } from '../common/paging.dto';
import { IfPresent, IsCalendarDate } from '../common/validators';

const KIND_DESCRIPTION =
  '`day_off` (ngày nghỉ: a holiday, a Tết or compensatory day off, the weekday given off in a swap) or ' +
  '`working_day` (ngày làm bù — swapped working day: a Saturday or Sunday worked in exchange for a weekday off)';

export class ListPublicHolidaysQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CALENDAR_DAY_KINDS, description: `Only this kind: ${KIND_DESCRIPTION}` })
  @IsOptional()
  @IsIn(CALENDAR_DAY_KINDS as CalendarDayKind[], oneOf(CALENDAR_DAY_KINDS))
  kind?: CalendarDayKind;

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

  @ApiPropertyOptional({ enum: CALENDAR_DAY_KINDS, default: 'day_off', description: KIND_DESCRIPTION })
  @IsOptional()
  @IsIn(CALENDAR_DAY_KINDS as CalendarDayKind[], oneOf(CALENDAR_DAY_KINDS))
  kind?: CalendarDayKind;
}

export class UpdatePublicHolidayDto extends VersionedDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IfPresent()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: CALENDAR_DAY_KINDS, description: KIND_DESCRIPTION })
  @IfPresent()
  @IsIn(CALENDAR_DAY_KINDS as CalendarDayKind[], oneOf(CALENDAR_DAY_KINDS))
  kind?: CalendarDayKind;
}

export class DeletePublicHolidayQueryDto {
  @ApiPropertyOptional({ description: 'The version you read: refuse (409) if it changed since' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version?: number;
}

export class PublicHolidayDto implements PublicHolidayView {
  @ApiProperty({ example: '2026-02-17' }) date!: string;
  @ApiProperty({ example: 'Tết Nguyên đán (mùng 1)' }) name!: string;
  @ApiProperty({ enum: CALENDAR_DAY_KINDS, example: 'day_off', description: KIND_DESCRIPTION })
  kind!: CalendarDayKind;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class PublicHolidayPageDto extends PageDto(PublicHolidayDto, 'PublicHolidayPage') {}
