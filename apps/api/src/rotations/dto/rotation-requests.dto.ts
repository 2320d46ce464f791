import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  EVALUATION_RATINGS,
  LEGAL_BASES,
  ROTATION_END_CHOICES,
  type EvaluationRating,
  type LegalBasis,
  type RotationEndChoice,
  type RotationState,
} from '@personnel/contracts';
import { oneOf, TrimmedText } from '../../procedures/dto/fields';
import { PageQueryDto } from '../../registry/common/paging.dto';
import { IsCalendarDate, IsCode } from '../../registry/common/validators';
import { RotationMoveDto, RotationPartiesDto, RotationTimingDto } from './rotation-move.dto';

/** The most rows one batch takes; larger programmes are sent as several batches. */
export const MAX_BATCH_ROWS = 2000;
const ROTATION_STATES: RotationState[] = [
  'in_progress',
  'rotating',
  'ended',
  'not_passed',
  'rejected',
  'withdrawn',
];

class LegalBasisAndTiming {
  @ApiPropertyOptional({ enum: LEGAL_BASES, description: 'Default: QD65-2022' })
  @IsOptional()
  @IsIn(LEGAL_BASES as LegalBasis[], oneOf(LEGAL_BASES))
  legalBasis?: LegalBasis;

  @ApiPropertyOptional({
    type: RotationTimingDto,
    description: 'Only when APPOINTMENT_TIMING_OVERRIDES=true',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RotationTimingDto)
  timing?: RotationTimingDto;
}

/** StartRotationRequest: the move, its parties, the legal basis. */
export class StartRotationDto extends IntersectionType(
  IntersectionType(RotationMoveDto, RotationPartiesDto),
  LegalBasisAndTiming,
) {}

/** StartRotationBatchRequest: many moves with one set of parties, under the client's idempotency key. */
export class StartRotationBatchDto extends LegalBasisAndTiming {
  @ApiProperty({
    example: 'luan-chuyen-2026-dot-1',
    description: '1..100 letters, digits, dot, dash, underscore',
  })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, {
    message: '$property must be 1 to 100 letters, digits, dots, dashes or underscores',
  })
  idempotencyKey!: string;

  @ApiProperty({ type: RotationPartiesDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RotationPartiesDto)
  parties!: RotationPartiesDto;

  @ApiProperty({ type: [RotationMoveDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_ROWS)
  @ValidateNested({ each: true })
  @Type(() => RotationMoveDto)
  rotations!: RotationMoveDto[];
}

export class ListRotationsDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ROTATION_STATES })
  @IsOptional()
  @IsIn(ROTATION_STATES, oneOf(ROTATION_STATES))
  state?: RotationState;

  @ApiPropertyOptional({ description: 'Receiving unit code: that unit and its subtree (within your scope)' })
  @IsOptional()
  @IsCode()
  unitCode?: string;

  @ApiPropertyOptional({ description: 'Rotations of this cadre' })
  @IsOptional()
  @IsCode()
  cadreId?: string;
}

export class RotationReasonDto {
  @TrimmedText({
    example: 'Thiếu nguồn cán bộ ngoài địa phương đủ tiêu chuẩn, đã báo cáo Ban Thường vụ.',
    max: 2000,
  })
  reason!: string;
}

export class RotationCommentDto {
  @TrimmedText({ example: 'Đã bổ sung nhận xét của đơn vị.', max: 4000 })
  comment!: string;
}

export class RotationDecisionDto {
  @TrimmedText({ example: '215/QĐ-HU', max: 64 })
  number!: string;

  @ApiProperty({ example: '2026-12-15' })
  @IsCalendarDate()
  effectiveDate!: string;
}

export class HandOverDto {
  @ApiPropertyOptional({ example: 'Đã bàn giao hồ sơ, công việc đang làm.' })
  @IsOptional()
  @IsString()
  note?: string;
}

export class EvaluateRotationDto {
  @ApiProperty({ example: 1, description: 'Year of the rotation: 1, 2, …' })
  @IsInt()
  @Min(1)
  @Max(20)
  year!: number;

  @ApiProperty({ enum: EVALUATION_RATINGS })
  @IsIn(EVALUATION_RATINGS as EvaluationRating[], oneOf(EVALUATION_RATINGS))
  rating!: EvaluationRating;

  @TrimmedText({ example: 'Hoàn thành tốt nhiệm vụ, đoàn kết, được nhân dân tín nhiệm.', max: 4000 })
  comment!: string;
}

export class EndOfTermDto extends RotationDecisionDto {
  @ApiProperty({ enum: ROTATION_END_CHOICES })
  @IsIn(ROTATION_END_CHOICES as RotationEndChoice[], oneOf(ROTATION_END_CHOICES))
  choice!: RotationEndChoice;

  @ApiPropertyOptional({
    example: 'DH-TB-PCT-UBND',
    description: 'return / reassign: the post the cadre takes',
  })
  @IsOptional()
  @IsCode()
  postId?: string;

  @ApiPropertyOptional({ example: 12, description: 'extend: months added' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  months?: number;
}

export class EndEarlyDto extends RotationDecisionDto {
  @ApiProperty({ enum: ['return', 'reassign'] })
  @IsIn(['return', 'reassign'], oneOf(['return', 'reassign']))
  choice!: 'return' | 'reassign';

  @ApiProperty({ example: 'DH-TB-PCT-UBND' })
  @IsCode()
  postId!: string;

  @TrimmedText({ example: 'Cán bộ xin thôi luân chuyển vì lý do sức khỏe, có xác nhận.', max: 2000 })
  reason!: string;
}
