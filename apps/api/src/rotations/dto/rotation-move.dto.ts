import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  Min,
} from 'class-validator';
import { ROTATION_REASONS, type RotationReason } from '@personnel/contracts';
import { oneOf, ProcedurePartiesDto } from '../../procedures/dto/fields';
import { IsCode } from '../../registry/common/validators';

/** The longest rotation one decision may set, in months (the rules ask for at least 36). */
export const MAX_ROTATION_MONTHS = 120;
export const MAX_RECEIVING_USERS = 20;

/** RotationMove: one cadre from one post to a post of another unit. A batch row is exactly this. */
export class RotationMoveDto {
  @ApiProperty({ example: 'CB-0001', description: 'Cadre code' })
  @IsString()
  @IsCode()
  cadreId!: string;

  @ApiProperty({ example: 'DH-TB-PCT-UBND', description: 'The post the cadre holds now' })
  @IsString()
  @IsCode()
  fromPostId!: string;

  @ApiProperty({ example: 'DH-QA', description: 'The receiving unit' })
  @IsString()
  @IsCode()
  toUnitCode!: string;

  @ApiProperty({ example: 'DH-QA-CT-UBND', description: 'A post of the receiving unit (no post is created)' })
  @IsString()
  @IsCode()
  toPostId!: string;

  @ApiProperty({ enum: ROTATION_REASONS, description: 'The rule the rotation serves' })
  @IsIn(ROTATION_REASONS as RotationReason[], oneOf(ROTATION_REASONS))
  reason!: RotationReason;

  @ApiPropertyOptional({ example: 36, description: 'Length in months; default 36 (QĐ 65: at least 36)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ROTATION_MONTHS)
  months?: number;

  @ApiPropertyOptional({
    description: 'The destination is held and this decision ends its holder’s assignment',
  })
  @IsOptional()
  @IsBoolean()
  replaceHolder?: boolean;
}

/** RotationProcedureParties: the shared parties, and the receiving unit's users. */
export class RotationPartiesDto extends ProcedurePartiesDto {
  @ApiProperty({
    example: ['U-QA-VP'],
    description: 'Users of the receiving unit: hand-over and yearly evaluations',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RECEIVING_USERS)
  @ArrayUnique({ message: '$property must not name a user twice' })
  @IsCode({ each: true })
  receivingIds!: string[];
}

/** RotationTiming overrides: tests and demos only. */
export class RotationTimingDto {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(365) taskWorkingDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(30) reminderWorkingDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1000) conferenceDeadlineMs?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(100) workingDayMs?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1000) yearMs?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(100) evaluationGraceMs?: number;
}
