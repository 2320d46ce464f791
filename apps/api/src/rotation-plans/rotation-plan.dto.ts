import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  Min,
} from 'class-validator';
import { ROTATION_TARGETS, type RotationPlanRequest, type RotationTarget } from '@personnel/contracts';
import { IsCalendarDate, IsCode } from '../registry/common/validators';

/** QĐ 65: a rotation lasts at least 36 months (the planner checks it again against the legal basis). */
const MIN_MONTHS = 36;
/** Ten years: beyond the service left the rules ask of anyone rotated. */
const MAX_MONTHS = 120;

export class RotationPlanRequestDto implements RotationPlanRequest {
  @ApiPropertyOptional({ example: '2026-03-02', description: 'Default: today in Asia/Ho_Chi_Minh' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['DH-QA', 'DH-QL'],
    description: 'Units (with their subtrees) the plan covers. Default: your whole unit scope',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsString({ each: true })
  @IsCode({ each: true })
  unitCodes?: string[];

  @ApiPropertyOptional({ minimum: MIN_MONTHS, maximum: MAX_MONTHS, default: MIN_MONTHS })
  @IsOptional()
  @IsInt()
  @Min(MIN_MONTHS, { message: `$property must be at least ${MIN_MONTHS} (QĐ 65-QĐ/TW)` })
  @Max(MAX_MONTHS)
  months?: number;

  @ApiPropertyOptional({ enum: ROTATION_TARGETS, isArray: true, description: 'Default: every target' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(ROTATION_TARGETS as RotationTarget[], {
    each: true,
    message: `$property must each be one of: ${ROTATION_TARGETS.join(', ')}`,
  })
  targets?: RotationTarget[];
}
